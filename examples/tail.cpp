// tail: the last lines (-n N, default 10) or bytes (-c N) of files or standard input; -n +N starts at line N
// instead; -z: lines end with NUL. Pipes work like files: the input is read to its end first. Several inputs
// get "==> name <==" headers (-q: never, -v: always). "-5" is "-n 5". N takes GNU's multiplier suffixes.
// -f, -F, --follow, --retry, --pid, -s: then what is appended, as it comes (tail_follow.hpp).
#include "count_options.hpp"
#include "lockdown.hpp"
#include "tail_follow.hpp"

#include <solo/sys/fcntl.hpp>

#include <solo/io/read_all.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Result;

char chunk[64 * 1024];
char delimiter = '\n'; // '\0' with -z

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
        if (chunk[i - 1] == delimiter && offset != end - 1 && --count == 0) {
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
        size_t nl = all.find(delimiter, begin);
        begin = nl == solo::StringView::npos ? all.size() : nl + 1;
      }
    }
  } else if (bytes) {
    begin = count >= all.size() ? 0 : all.size() - count;
  } else {
    begin = tool::start_of_last_lines(all, count, delimiter);
  }
  solo::io::stdout.Sink::write(all.data() + begin, all.size() - begin);
  return {};
}

} // namespace

static const char usage[] = " [OPTION]... [FILE]...\nPrint the last 10 lines of each FILE to standard output.\n\n"
                            "  -c, --bytes=[+]NUM       output the last NUM bytes; or from byte NUM with +NUM\n"
                            "  -f, --follow[={name|descriptor}]\n"
                            "                           output appended data as the file grows\n"
                            "  -F                       same as --follow=name --retry\n"
                            "  -n, --lines=[+]NUM       output the last NUM lines; or from line NUM with +NUM\n"
                            "      --pid=PID            with -f, terminate after process ID, PID dies\n"
                            "  -q, --quiet, --silent    never print headers\n"
                            "      --retry              keep trying to open a file if it is inaccessible\n"
                            "  -s, --sleep-interval=N   with -f, sleep for approximately N seconds\n"
                            "                             (default 1.0) between iterations\n"
                            "  -v, --verbose            always print headers\n"
                            "  -z, --zero-terminated    line delimiter is NUL, not newline";

namespace {

enum { retry_option = 256, pid_option, follow_option, unchanged_option };

// -s N: seconds, a fraction allowed ("0.5", ".1").
bool parse_seconds(solo::StringView s, solo::Timespec &out) {
  long sec = 0, nsec = 0, scale = 100000000;
  size_t i = 0;
  bool digits = false;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, digits = true) {
    if (sec > 1000000000) return false;
    sec = sec * 10 + (s[i] - '0');
  }
  if (i < s.size() && s[i] == '.')
    for (++i; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, digits = true, scale /= 10) nsec += (s[i] - '0') * scale;
  if (!digits || i != s.size()) return false;
  out = solo::Timespec{sec, nsec};
  return true;
}

} // namespace

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option extra[] = {{'f', nullptr},
                                {0, "follow", false, follow_option, true},
                                {'F', nullptr},
                                {0, "retry", false, retry_option},
                                {0, "pid", true, pid_option},
                                {'s', "sleep-interval", true},
                                {0, "max-unchanged-stats", true, unchanged_option}};
  bool follow = false;
  tool::FollowOptions fo;
  auto options = tool::parse_count_options(argc, argv, usage, extra, [&](int id, solo::StringView value) {
    switch (id) {
    case 'f':
      follow = true;
      return true;
    case follow_option:
      follow = true;
      if (value.data() == nullptr || value == "descriptor" ||
          (!value.empty() && solo::StringView("descriptor").starts_with(value) &&
           !solo::StringView("name").starts_with(value))) {
        fo.by_name = false;
      } else if (solo::StringView("name").starts_with(value) && !value.empty()) {
        fo.by_name = true;
      } else {
        solo::println(solo::io::stderr,
                      "{}: {} argument {} for '--follow'\nValid arguments are:\n  - 'descriptor'\n  - 'name'", argv[0],
                      value.empty() ? "ambiguous" : "invalid", tool::quote(value));
        tool::try_help();
        return false;
      }
      return true;
    case 'F':
      follow = fo.by_name = fo.retry = true;
      return true;
    case retry_option:
      fo.retry = true;
      return true;
    case pid_option: {
      unsigned long long pid = 0;
      if (tool::parse_count(value, pid) != tool::Count::Ok ||
          value.find_first_not_of("0123456789") != solo::StringView::npos || pid > 0x7fffffff) {
        solo::println(solo::io::stderr, "{}: invalid PID: {}", argv[0], tool::quote(value));
        return false;
      }
      fo.pid = static_cast<long>(pid);
      return true;
    }
    case 's':
      if (!parse_seconds(value, fo.interval)) {
        solo::println(solo::io::stderr, "{}: invalid number of seconds: {}", argv[0], tool::quote(value));
        return false;
      }
      return true;
    case unchanged_option: {
      unsigned long long n = 0;
      if (tool::parse_count(value, n) != tool::Count::Ok) {
        solo::println(solo::io::stderr, "{}: invalid maximum number of unchanged stats between opens: {}", argv[0],
                      tool::quote(value));
        return false;
      }
      return true; // how often an unchanged file is reopened by name when polling: solo looks every time
    }
    default:
      return false;
    }
  });
  if (options.exit_status >= 0) return options.exit_status;
  if (fo.pid != 0 && !follow)
    solo::println(solo::io::stderr, "{}: warning: PID ignored; --pid=PID is useful only when following", argv[0]);
  if (fo.retry && !follow)
    solo::println(solo::io::stderr, "{}: warning: --retry ignored; --retry is useful only when following", argv[0]);
  else if (fo.retry && !fo.by_name)
    solo::println(solo::io::stderr, "{}: warning: --retry only effective for the initial open", argv[0]);
  tool::lock_down();
  const char *count_text = options.count_text;
  bool bytes = options.bytes;
  int header = options.header;
  char **operands = options.operands;
  int n = options.operand_count;
  delimiter = options.delimiter;
  solo::StringView text = count_text;
  bool from_start = text.starts_with('+');
  if (text.starts_with('+') || text.starts_with('-')) text.remove_prefix(1);
  unsigned long long count = 0;
  tool::Count read = tool::parse_count(text, count);
  if (read == tool::Count::Ok && text.find_first_of("+-") != solo::StringView::npos) read = tool::Count::Invalid;
  if (read != tool::Count::Ok) {
    tool::invalid_count(argv[0], bytes, count_text, read);
    return 1;
  }
  bool headers = header == 1 || (header == 0 && n > 1);
  int printed = -1; // which input printed last, for the headers of followed output
  int status = 0;
  solo::Vector<tool::Followed> followed;
  for (int i = 0; i < n; ++i) {
    solo::StringView name = operands[i];
    bool is_stdin = name == "-";
    solo::Fd owned;
    tool::Followed f{operands[i], solo::Fd(), is_stdin};
    if (!is_stdin) {
      auto o = solo::io::openat(sys::at_fdcwd, solo::CStr(operands[i]), sys::OpenFlags::ReadOnly);
      if (!o) {
        (void)solo::io::stdout.flush();
        solo::println(solo::io::stderr, "{}: cannot open {} for reading: {}", argv[0], tool::quoteaf(name), o.error());
        status = 1;
        f.missing = true;
        if (follow && fo.by_name && fo.retry)
          followed.push(solo::move(f)); // waited for
        else if (follow)
          followed.push(solo::move(f)); // counted as gone: "no files remaining" if all are
        continue;
      }
      owned = std::move(*o);
    }
    if (headers) solo::print("{}==> {} <==\n", printed >= 0 ? "\n" : "", is_stdin ? "standard input" : name);
    printed = i;
    int fd = is_stdin ? 0 : owned.get();
    auto r = tail(fd, count, from_start, bytes);
    if (!r) {
      (void)solo::io::stdout.flush();
      solo::println(solo::io::stderr, "{}: error reading {}: {}", argv[0],
                    tool::quoteaf(is_stdin ? "standard input" : name), r.error());
      status = 1;
    }
    if (!follow) continue;
    sys::Stat st;
    if (!sys::fstat(fd, st)) continue;
    auto type = sys::file_type(st.st_mode);
    // A pipe ends; following it (as GNU's -f on a piped standard input) would only wait for nothing.
    if (type == sys::FileType::Fifo && is_stdin) continue;
    if (!(sys::is_regular(st.st_mode) || type == sys::FileType::Fifo || type == sys::FileType::CharDevice)) {
      solo::println(solo::io::stderr, "{}: {}: cannot follow end of this type of file{}", argv[0], tool::quotef(name),
                    fo.by_name ? "" : "; giving up on this name");
      if (!fo.by_name) continue;
    }
    // Followed from the end of what was printed (the last lines were read with pread, the offset untouched).
    auto here = sys::lseek(fd, 0, sys::is_regular(st.st_mode) ? sys::Whence::End : sys::Whence::Cur);
    f.offset = here ? static_cast<unsigned long long>(*here) : 0;
    f.dev = st.st_dev, f.ino = st.st_ino;
    f.fd = is_stdin ? solo::Fd() : solo::move(owned);
    if (is_stdin) {
      auto dup = sys::fcntl_dupfd(0, 3);
      if (dup) f.fd = solo::move(*dup);
    }
    followed.push(solo::move(f));
  }
  if (!follow || followed.empty()) return status;
  if (!solo::io::stdout.flush()) return 1;
  tool::Follower follower(followed, fo, headers, printed);
  int s = follower.run();
  return s != 0 ? s : status;
}
