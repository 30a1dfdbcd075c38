// head: the first lines (-n N, default 10) or bytes (-c N) of files or standard input; with a negative N,
// all but the last N; -z: lines end with NUL. Several inputs get "==> name <==" headers (-q: never, -v:
// always). "-5" is "-n 5". N takes GNU's multiplier suffixes (count_options.hpp).
#include "count_options.hpp"
#include "lockdown.hpp"

#include <solo/io/read_all.hpp>
#include <solo/sys/rw.hpp>

namespace {

namespace sys = solo::sys;
using solo::Result;

char buffer[64 * 1024];

// The first `limit` lines (or bytes) as they arrive. Bytes are never read past the limit; lines come in
// blocks, so what was read beyond the last line is given back by seeking (POSIX: a seekable input is left
// just after what head used, so `(head -n1; cat) <file` hands the rest to cat). A pipe cannot seek; there
// the read-ahead is gone, as with GNU's head.
char delimiter = '\n'; // '\0' with -z

Result<void> head_forward(int fd, unsigned long long limit, bool bytes) {
  while (limit > 0) {
    size_t want = bytes && limit < sizeof buffer ? static_cast<size_t>(limit) : sizeof buffer;
    auto r = solo::io::read(fd, buffer, want);
    if (!r) return r.error();
    if (*r == 0) break;
    size_t take = 0;
    if (bytes) {
      take = *r < limit ? *r : static_cast<size_t>(limit);
      limit -= take;
    } else {
      while (take < *r && limit > 0)
        if (buffer[take++] == delimiter) --limit;
      if (take < *r) (void)sys::lseek(fd, -static_cast<long>(*r - take), sys::Whence::Cur);
    }
    solo::io::stdout.Sink::write(buffer, take);
  }
  return {};
}

// All but the last `drop` lines (or bytes): the end must be known first, so the input is read whole.
// A seekable input is left just after what was printed, as in head_forward (GNU's does so too).
Result<void> head_all_but(int fd, unsigned long long drop, bool bytes) {
  auto base = sys::lseek(fd, 0, sys::Whence::Cur); // fails on a pipe: then there is nothing to give back
  auto text = solo::io::read_all(fd);
  if (!text) return text.error();
  solo::StringView all = *text;
  size_t end = bytes ? (drop >= all.size() ? 0 : all.size() - drop) : tool::start_of_last_lines(all, drop, delimiter);
  solo::io::stdout.Sink::write(all.data(), end);
  if (base) (void)sys::lseek(fd, *base + static_cast<long>(end), sys::Whence::Set);
  return {};
}

} // namespace

static const char usage[] = " [OPTION]... [FILE]...\nPrint the first 10 lines of each FILE to standard output.\n\n"
                            "  -c, --bytes=[-]NUM       print the first NUM bytes; with -, all but the last NUM\n"
                            "  -n, --lines=[-]NUM       print the first NUM lines; with -, all but the last NUM\n"
                            "  -q, --quiet              never print headers\n"
                            "  -v, --verbose            always print headers\n"
                            "  -z, --zero-terminated    line delimiter is NUL, not newline\n\n"
                            "NUM may have a multiplier suffix:\n"
                            "b 512, kB 1000, K 1024, MB 1000*1000, M 1024*1024,\n"
                            "GB 1000*1000*1000, G 1024*1024*1024, and so on for T, P, E, Z, Y.\n"
                            "Binary prefixes can be used, too: KiB=K, MiB=M, and so on.";

int main(int argc, char **argv) {
  tool::program = argv[0];
  auto options = tool::parse_count_options(argc, argv, usage);
  if (options.exit_status >= 0) return options.exit_status;
  tool::lock_down();
  const char *count_text = options.count_text;
  bool bytes = options.bytes;
  int header = options.header;
  char **operands = options.operands;
  int n = options.operand_count;
  solo::StringView text = count_text;
  bool all_but = text.starts_with('-');
  if (all_but) text.remove_prefix(1);
  delimiter = options.delimiter;
  unsigned long long limit = 0;
  tool::Count read = tool::parse_count(text, limit);
  if (read == tool::Count::Ok && all_but && text.find('+') != solo::StringView::npos) read = tool::Count::Invalid;
  if (read != tool::Count::Ok) {
    tool::invalid_count(argv[0], bytes, count_text, read);
    return 1;
  }
  bool headers = header == 1 || (header == 0 && n > 1);
  bool printed = false;
  int status = 0;
  for (int i = 0; i < n; ++i) {
    solo::StringView name = operands[i];
    bool is_stdin = name == "-";
    solo::Fd owned;
    if (!is_stdin) {
      auto f = solo::io::openat(sys::at_fdcwd, solo::CStr(operands[i]), sys::OpenFlags::ReadOnly);
      if (!f) {
        (void)solo::io::stdout.flush();
        solo::println(solo::io::stderr, "{}: cannot open {} for reading: {}", argv[0], tool::quoteaf(name), f.error());
        status = 1;
        continue;
      }
      owned = std::move(*f);
    }
    // A blank line before each header but the first printed (a file that could not be opened has none).
    if (headers) solo::print("{}==> {} <==\n", printed ? "\n" : "", is_stdin ? "standard input" : name);
    printed = true;
    int fd = is_stdin ? 0 : owned.get();
    auto r = all_but ? head_all_but(fd, limit, bytes) : head_forward(fd, limit, bytes);
    if (!r) {
      (void)solo::io::stdout.flush();
      solo::println(solo::io::stderr, "{}: error reading {}: {}", argv[0],
                    tool::quoteaf(is_stdin ? "standard input" : name), r.error());
      status = 1;
    }
  }
  return status;
}
