// wc: newlines, words and bytes of files (or standard input), with a total for several files. Columns as GNU's:
// as wide as the digits of the regular files' combined size, at least 7 when any input is not a regular file,
// and 1 for a single count of a single input. Words follow GNU wc in the C locale: space, \t, \n, \v, \f and
// \r separate words; other printable characters make them; control and non-ASCII bytes do neither.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;

struct Counts {
  unsigned long long lines = 0, words = 0, bytes = 0;
};

char buffer[64 * 1024];

solo::Result<void> count(int fd, Counts &c) {
  bool in_word = false;
  for (;;) {
    auto r = solo::io::read(fd, buffer, sizeof buffer);
    if (!r) {
      c.words += in_word;
      return r.error();
    }
    if (*r == 0) break;
    c.bytes += *r;
    for (size_t i = 0; i < *r; ++i) {
      unsigned char ch = static_cast<unsigned char>(buffer[i]);
      if (ch == '\n') ++c.lines;
      if (ch == ' ' || (ch >= '\t' && ch <= '\r')) {
        c.words += in_word;
        in_word = false;
      } else if (ch > ' ' && ch < 0x7f) {
        in_word = true;
      }
    }
  }
  c.words += in_word;
  return {};
}

bool show_lines, show_words, show_bytes;
int width = 1;

void print_counts(const Counts &c, solo::StringView name, bool named) {
  auto &out = solo::io::stdout;
  const char *sep = "";
  if (show_lines) solo::format_to(out, "{}{:>{}}", sep, c.lines, width), sep = " ";
  if (show_words) solo::format_to(out, "{}{:>{}}", sep, c.words, width), sep = " ";
  if (show_bytes) solo::format_to(out, "{}{:>{}}", sep, c.bytes, width);
  if (named) solo::print(" {}", name);
  solo::println("");
}

} // namespace

static const char usage[] = " [OPTION]... [FILE]...\nPrint newline, word, and byte counts for each FILE.\n\n"
                            "  -c, --bytes            print the byte counts\n"
                            "  -l, --lines            print the newline counts\n"
                            "  -w, --words            print the word counts";

int main(int argc, char **argv) {
  tool::program = argv[0];
  // A line per write, as GNU's wc writes: several wc writing into one pipe (xargs -P) never split each
  // other's lines, and each count is out as soon as its file is done.
  solo::io::stdout.set_mode(solo::io::Stream::Mode::Line);
  const solo::Option options[] = {{'l', "lines"}, {'w', "words"}, {'c', "bytes"}};
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  char **operands = argv + 1; // filled by keep_operand
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'l':
      show_lines = true;
      break;
    case 'w':
      show_words = true;
      break;
    case 'c':
      show_bytes = true;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (!show_lines && !show_words && !show_bytes) show_lines = show_words = show_bytes = true;
  bool named = n > 0;
  if (n == 0) operands[n++] = tool::dash;
  tool::lock_down();

  // The column width depends on all the inputs, so they are looked at (stat, as GNU's does) before any is
  // read.
  unsigned long long regular_total = 0;
  int minimum = 1;
  for (int i = 0; i < n; ++i) {
    sys::Stat st;
    bool is_stdin = solo::StringView(operands[i]) == "-";
    auto r = is_stdin ? sys::fstat(0, st) : sys::newfstatat(sys::at_fdcwd, solo::CStr(operands[i]), st);
    if (!r) continue;
    if (sys::is_regular(st.st_mode))
      regular_total += st.st_size;
    else
      minimum = 7;
  }
  int counts = show_lines + show_words + show_bytes;
  if (!(n == 1 && counts == 1)) {
    for (width = 1; regular_total >= 10; regular_total /= 10) ++width;
    if (width < minimum) width = minimum;
  }

  Counts total;
  int status = 0;
  for (int i = 0; i < n; ++i) {
    solo::StringView name = operands[i];
    solo::Fd owned;
    if (!(name == "-")) {
      auto f = solo::io::openat(sys::at_fdcwd, solo::CStr(operands[i]), sys::OpenFlags::ReadOnly);
      if (!f) {
        (void)solo::io::stdout.flush();
        tool::error(name, f.error());
        status = 1;
        continue;
      }
      owned = solo::move(*f);
    }
    Counts c;
    if (auto r = count(owned.valid() ? owned.get() : 0, c); !r) {
      (void)solo::io::stdout.flush();
      tool::error(name, r.error());
      status = 1;
    }
    print_counts(c, name, named);
    total.lines += c.lines, total.words += c.words, total.bytes += c.bytes;
  }
  if (n > 1) print_counts(total, "total", true);
  return status;
}
