// cmp: compares two files byte by byte (FILE2 defaults to standard input, "-" is standard input too): the
// first difference by byte and line number (-b adds the bytes), every difference (-l), or only the status
// (-s): 0 the same, 1 different, 2 trouble. -i SKIP1[:SKIP2] or operands skip leading bytes (suffixes kB,
// K, MB, M, ... as GNU's), -n compares at most LIMIT bytes. Messages and layout are GNU diffutils'.
#include "lockdown.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/io/retry.hpp>
#include <solo/sys/rw.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

constexpr long long max_offset = 0x7fffffffffffffffLL;

// A byte count with an optional multiplier suffix: k K (1024), kB (1000), M MB, G GB ... up to Y, and
// "KiB" forms; saturating at the largest offset.
bool parse_count(solo::StringView s, long long &out) {
  size_t i = 0;
  unsigned long long v = 0;
  bool overflow = false;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    if (v > (~0ULL - 9) / 10) overflow = true;
    v = v * 10 + static_cast<unsigned>(s[i] - '0');
  }
  if (i == 0) return false;
  solo::StringView suffix = s.substr(i);
  if (!suffix.empty()) {
    static constexpr char letters[] = "KMGTPEZY";
    char l = suffix[0] == 'k' ? 'K' : suffix[0];
    int power = 0;
    for (int k = 0; letters[k]; ++k)
      if (letters[k] == l) power = k + 1;
    if (power == 0) return false;
    unsigned base = 1024;
    solo::StringView rest = suffix.substr(1);
    if (rest == "B")
      base = 1000;
    else if (!(rest.empty() || rest == "iB"))
      return false;
    for (int k = 0; k < power; ++k) {
      if (v > (~0ULL) / base) overflow = true;
      v *= base;
    }
  }
  out = overflow || v > static_cast<unsigned long long>(max_offset) ? max_offset : static_cast<long long>(v);
  return true;
}

// diffutils' hint names the program at the start, unlike coreutils'.
void try_help() {
  solo::println(solo::io::stderr, "{}: Try '{} --help' for more information.", tool::program,
                tool::base_name(tool::program));
}

bool bad_value(const char *option, solo::StringView value) {
  solo::println(solo::io::stderr, "{}: invalid {} value {}", tool::program, option, tool::quote(value));
  try_help();
  return false;
}

// GNU's printable form of a byte for -b: itself, ^X for controls, ^? for DEL, M- before bytes with the high bit.
void byte_text(unsigned char c, char (&out)[5]) {
  int n = 0;
  if (c >= 128) {
    out[n++] = 'M';
    out[n++] = '-';
    c = static_cast<unsigned char>(c - 128);
  }
  if (c < 32) {
    out[n++] = '^';
    out[n++] = static_cast<char>(c + 64);
  } else if (c == 127) {
    out[n++] = '^';
    out[n++] = '?';
  } else {
    out[n++] = static_cast<char>(c);
  }
  out[n] = '\0';
}

struct Input {
  const char *name;
  solo::Fd owned;
  int fd = 0;
  sys::Stat st{};
  char buf[65536];
  size_t len = 0, pos = 0;
  bool eof = false;
};

// Skips `count` bytes: by seeking where the file allows it, else by reading them.
solo::Result<void> skip(Input &in, long long count) {
  if (count == 0) return {};
  if (sys::is_regular(in.st.st_mode)) {
    if (sys::lseek(in.fd, count, sys::Whence::Cur)) return {};
  }
  while (count > 0) {
    auto got = solo::io::read(
        in.fd, in.buf, count < static_cast<long long>(sizeof in.buf) ? static_cast<size_t>(count) : sizeof in.buf);
    if (!got) return got.error();
    if (*got == 0) break;
    count -= static_cast<long long>(*got);
  }
  return {};
}

// The next byte, or -1 at the end; -2 on a read error (in `error`).
int next_byte(Input &in, Errno &error) {
  if (in.pos == in.len) {
    if (in.eof) return -1;
    auto got = solo::io::read(in.fd, in.buf, sizeof in.buf);
    if (!got) return error = got.error(), -2;
    if (*got == 0) return in.eof = true, -1;
    in.len = *got;
    in.pos = 0;
  }
  return static_cast<unsigned char>(in.buf[in.pos++]);
}

Input inputs[2];

} // namespace

static const char usage[] = " [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]]\nCompare two files byte by byte.\n\n"
                            "  -b, --print-bytes          print differing bytes\n"
                            "  -i, --ignore-initial=SKIP         skip first SKIP bytes of both inputs\n"
                            "  -i, --ignore-initial=SKIP1:SKIP2  skip first SKIP1 bytes of FILE1 and\n"
                            "                                      first SKIP2 bytes of FILE2\n"
                            "  -l, --verbose              output byte numbers and differing byte values\n"
                            "  -n, --bytes=LIMIT          compare at most LIMIT bytes\n"
                            "  -s, --quiet, --silent      suppress all normal output";

static int compare(int argc, char **argv) {
  const solo::Option options[] = {{'b', "print-bytes"}, {'i', "ignore-initial", true},
                                  {'l', "verbose"},     {'n', "bytes", true},
                                  {'s', "quiet"},       {'s', "silent"}};
  bool print_bytes = false, all = false, quiet = false;
  long long skips[2] = {0, 0}, limit = max_offset;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'b':
      print_bytes = true;
      break;
    case 'i': {
      solo::StringView v = p.value();
      size_t colon = v.find(':');
      if (!parse_count(v.substr(0, colon), skips[0])) return bad_value("--ignore-initial", v.substr(0, colon)), 2;
      skips[1] = skips[0];
      if (colon != solo::StringView::npos && !parse_count(v.substr(colon + 1), skips[1]))
        return bad_value("--ignore-initial", v.substr(colon + 1)), 2;
      break;
    }
    case 'l':
      all = true;
      break;
    case 'n':
      if (!parse_count(p.value(), limit)) return bad_value("--bytes", p.value()), 2;
      break;
    case 's':
      quiet = true;
      break;
    case solo::OptionParser::Error:
      solo::println(solo::io::stderr, "{}", p.message());
      try_help();
      return 2;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage, 2); status >= 0) return status;
    }
  }
  if (all && quiet) {
    solo::println(solo::io::stderr, "{}: options -l and -s are incompatible", tool::program);
    try_help();
    return 2;
  }
  char **files = argv + 1;
  if (n == 0) {
    solo::println(solo::io::stderr, "{}: missing operand after '{}'", tool::program, tool::base_name(tool::program));
    try_help();
    return 2;
  }
  for (int k = 2; k < n && k < 4; ++k)
    if (!parse_count(files[k], skips[k - 2])) return bad_value("--ignore-initial", files[k]), 2;
  if (n > 4) {
    solo::println(solo::io::stderr, "{}: extra operand {}", tool::program, tool::quote(files[4]));
    try_help();
    return 2;
  }
  inputs[0].name = files[0];
  inputs[1].name = n > 1 ? files[1] : tool::dash;
  tool::lock_down();
  for (Input &in : inputs) {
    if (solo::StringView(in.name) == "-") {
      in.fd = 0;
    } else {
      auto fd =
          solo::io::openat(sys::at_fdcwd, solo::CStr(in.name), sys::OpenFlags::ReadOnly | sys::OpenFlags::CloseOnExec);
      if (!fd) {
        if (!quiet) solo::println(solo::io::stderr, "{}: {}: {}", tool::program, in.name, fd.error());
        return 2;
      }
      in.owned = std::move(*fd);
      in.fd = in.owned.get();
    }
    if (auto r = sys::fstat(in.fd, in.st); !r) {
      solo::println(solo::io::stderr, "{}: {}: {}", tool::program, in.name, r.error());
      return 2;
    }
  }
  // One file compared with itself from the same place: the same, without reading it.
  if (inputs[0].st.st_dev == inputs[1].st.st_dev && inputs[0].st.st_ino == inputs[1].st.st_ino &&
      skips[0] == skips[1] && sys::is_regular(inputs[0].st.st_mode))
    return 0;
  // Regular files of different sizes differ, which -s can say without reading them.
  if (quiet && sys::is_regular(inputs[0].st.st_mode) && sys::is_regular(inputs[1].st.st_mode) && limit == max_offset) {
    long long a = inputs[0].st.st_size - (skips[0] < inputs[0].st.st_size ? skips[0] : inputs[0].st.st_size);
    long long b = inputs[1].st.st_size - (skips[1] < inputs[1].st.st_size ? skips[1] : inputs[1].st.st_size);
    if (a != b) return 1;
  }
  for (int f = 0; f < 2; ++f) {
    if (auto r = skip(inputs[f], skips[f]); !r) {
      solo::println(solo::io::stderr, "{}: {}: {}", tool::program, inputs[f].name, r.error());
      return 2;
    }
  }
  // -l numbers the bytes in a column as wide as the largest offset it could print.
  int width = 1;
  if (all) {
    long long most = limit;
    for (Input &in : inputs)
      if (sys::is_regular(in.st.st_mode)) {
        long long left = in.st.st_size - (skips[&in - inputs] < in.st.st_size ? skips[&in - inputs] : in.st.st_size);
        if (left < most) most = left;
      }
    for (long long v = most; (v /= 10) != 0;) ++width;
  }
  auto &out = solo::io::stdout;
  long long byte = 0, line = 1;
  bool differ = false, last_newline = false;
  for (; byte < limit; ++byte) {
    Errno error = Errno(0);
    int a = next_byte(inputs[0], error);
    int b = a == -2 ? 0 : next_byte(inputs[1], error);
    if (a == -2 || b == -2) {
      const char *name = a == -2 ? inputs[0].name : inputs[1].name;
      solo::println(solo::io::stderr, "{}: {}: {}", tool::program, name, error);
      return 2;
    }
    if (a < 0 || b < 0) {
      if (a < 0 && b < 0) break;
      // One ended first: POSIX's "EOF on NAME" on stderr, status 1.
      const char *name = a < 0 ? inputs[0].name : inputs[1].name;
      if (!quiet) {
        if (byte == 0)
          solo::println(solo::io::stderr, "{}: EOF on {} which is empty", tool::program, name);
        else if (all || last_newline)
          solo::println(solo::io::stderr, "{}: EOF on {} after byte {}", tool::program, name, byte);
        else
          solo::println(solo::io::stderr, "{}: EOF on {} after byte {}, in line {}", tool::program, name, byte, line);
      }
      return 1;
    }
    if (a != b) {
      differ = true;
      if (quiet) return 1;
      if (!all) {
        // POSIX's words, "char", in the C locale; GNU's say "byte" when the bytes follow.
        solo::print("{} {} differ: {} {}, line {}", inputs[0].name, inputs[1].name, print_bytes ? "byte" : "char",
                    byte + 1, line);
        if (print_bytes) {
          char ta[5], tb[5];
          byte_text(static_cast<unsigned char>(a), ta);
          byte_text(static_cast<unsigned char>(b), tb);
          solo::print(" is {:3o} {} {:3o} {}", a, ta, b, tb);
        }
        solo::println("");
        return 1;
      }
      if (print_bytes) {
        char ta[5], tb[5];
        byte_text(static_cast<unsigned char>(a), ta);
        byte_text(static_cast<unsigned char>(b), tb);
        solo::println("{:>{}} {:3o} {:<4} {:3o} {}", byte + 1, width, a, ta, b, tb);
      } else {
        solo::println("{:>{}} {:3o} {:3o}", byte + 1, width, a, b);
      }
    }
    last_newline = a == '\n';
    if (a == '\n') ++line;
  }
  (void)out;
  return differ ? 1 : 0;
}

int main(int argc, char **argv) {
  tool::program = argv[0];
  int status = compare(argc, argv);
  // Output that could not be written is trouble (2), reported as diffutils does.
  if (auto r = solo::io::stdout.flush(); !r) {
    solo::println(solo::io::stderr, "{}: standard output: {}", tool::program, r.error());
    solo::io::stdout.clear_error();
    return 2;
  }
  return status;
}
