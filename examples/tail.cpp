// tail: the last lines (-n N, default 10) or bytes (-c N) of files or standard input; -n +N starts at line N
// instead. Pipes work like files: the input is read to its end first. Several inputs get "==> name <=="
// headers (-q: never, -v: always). "-5" is "-n 5".
#include "count_options.hpp"
#include "lockdown.hpp"

#include <solo/io/read_all.hpp>
#include <solo/parse.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Result;

char chunk[64 * 1024];

// A regular file is read from its end backwards with pread, so `tail big.log` costs the tail, not the file.
// Returns false (nothing done) when fd is not a regular file one can seek in, or when its size is not its
// length: /proc files report 0 and /sys files a page whatever they hold, so the last byte the size promises
// must be there (one pread) before the size is believed; otherwise the file is read to its end.
Result<bool> tail_seekable(int fd, unsigned long long count, bool bytes) {
  sys::Stat st;
  if (!sys::fstat(fd, st) || !sys::is_regular(st.st_mode)) return false;
  auto here = sys::lseek(fd, 0, sys::Whence::Cur);
  if (!here) return false;
  long base = *here, end = st.st_size;
  if (end <= 0) return false;
  if (auto last = sys::pread64(fd, chunk, 1, end - 1); !last || *last != 1) return false;
  if (end <= base) return true;
  long start = base;
  if (bytes) {
    if (static_cast<unsigned long long>(end - base) > count) start = end - static_cast<long>(count);
  } else if (count == 0) {
    start = end;
  } else {
    // Walk back counting newlines; the one ending the file ends the last line and does not count.
    bool found = false;
    for (long pos = end; pos > base && !found;) {
      long from = pos - base > static_cast<long>(sizeof chunk) ? pos - static_cast<long>(sizeof chunk) : base;
      auto got = sys::pread64(fd, chunk, static_cast<size_t>(pos - from), from);
      if (!got) return got.error();
      if (*got != static_cast<size_t>(pos - from)) return false; // the file changed under us: read it plainly
      for (long i = pos - from; i > 0; --i) {
        long offset = from + i - 1;
        if (chunk[i - 1] == '\n' && offset != end - 1 && --count == 0) {
          start = offset + 1;
          found = true;
          break;
        }
      }
      pos = from;
    }
  }
  for (long pos = start; pos < end;) {
    size_t want = end - pos > static_cast<long>(sizeof chunk) ? sizeof chunk : static_cast<size_t>(end - pos);
    auto got = sys::pread64(fd, chunk, want, pos);
    if (!got) return got.error();
    if (*got == 0) break;
    solo::io::stdout.Sink::write(chunk, *got);
    pos += static_cast<long>(*got);
  }
  return true;
}

Result<void> tail(int fd, unsigned long long count, bool from_start, bool bytes) {
  if (!from_start) {
    auto done = tail_seekable(fd, count, bytes);
    if (!done) return done.error();
    if (*done) return {};
  }
  auto text = solo::io::read_all(fd); // a pipe: its end is known only once it is all read
  if (!text) return text.error();
  solo::StringView all = *text;
  size_t begin = 0;
  if (from_start) { // +N: from line (byte) N, counting from 1; +0 is the same as +1
    unsigned long long skip = count > 0 ? count - 1 : 0;
    if (bytes) {
      begin = skip >= all.size() ? all.size() : skip;
    } else {
      for (; skip > 0 && begin < all.size(); --skip) {
        size_t nl = all.find('\n', begin);
        begin = nl == solo::StringView::npos ? all.size() : nl + 1;
      }
    }
  } else if (bytes) {
    begin = count >= all.size() ? 0 : all.size() - count;
  } else {
    begin = tool::start_of_last_lines(all, count);
  }
  solo::io::stdout.Sink::write(all.data() + begin, all.size() - begin);
  return {};
}

} // namespace

static const char usage[] = " [OPTION]... [FILE]...\nPrint the last 10 lines of each FILE to standard output.\n\n"
                            "  -c, --bytes=[+]NUM       output the last NUM bytes; or from byte NUM with +NUM\n"
                            "  -n, --lines=[+]NUM       output the last NUM lines; or from line NUM with +NUM\n"
                            "  -q, --quiet              never print headers\n"
                            "  -v, --verbose            always print headers";

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
  bool from_start = text.starts_with('+');
  if (text.starts_with('+') || text.starts_with('-')) text.remove_prefix(1);
  auto count = solo::parse_int<unsigned long long>(text);
  if (!count || text.starts_with('+') || text.starts_with('-')) {
    solo::println(solo::io::stderr, "{}: invalid number of {}: '{}'", argv[0], bytes ? "bytes" : "lines", count_text);
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
        solo::println(solo::io::stderr, "{}: cannot open '{}' for reading: {}", argv[0], name, f.error());
        status = 1;
        continue;
      }
      owned = std::move(*f);
    }
    if (headers) solo::print("{}==> {} <==\n", printed ? "\n" : "", is_stdin ? "standard input" : name);
    printed = true;
    auto r = tail(is_stdin ? 0 : owned.get(), *count, from_start, bytes);
    if (!r) {
      (void)solo::io::stdout.flush();
      solo::println(solo::io::stderr, "{}: error reading '{}': {}", argv[0], is_stdin ? "standard input" : name,
                    r.error());
      status = 1;
    }
  }
  return status;
}
