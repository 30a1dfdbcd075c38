// wc: newlines, words, characters (-m), bytes and the longest line's width (-L) of files (or standard input,
// or the NUL-separated names of --files0-from), with a total for several files. Columns as GNU's: as wide as
// the digits of the regular files' combined size, at least 7 when any input is not a regular file, and 1 for
// a single count of a single input (or names from a pipe). Words follow GNU wc in the C locale: space, \t,
// \n, \v, \f and \r separate words; other printable characters make them; control and non-ASCII bytes do
// neither. In a UTF-8 locale characters are decoded as glibc decodes them (utf8.hpp): a byte that starts
// none counts as a byte only, and Unicode's spaces separate words. -L counts tabs to the next multiple of 8.
#include "lockdown.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"
#include "utf8.hpp"

#include <solo/io/read_all.hpp>

#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;

struct Counts {
  unsigned long long lines = 0, words = 0, chars = 0, bytes = 0, longest = 0;
};

bool show_lines, show_words, show_chars, show_bytes, show_longest;
bool utf8 = false; // characters are decoded as UTF-8 (-m, -w and -L in a UTF-8 locale)

char buffer[64 * 1024 + 4]; // room for a character's start carried over from the previous read

// One file's counting state: the current line's display width and whether a word is open.
struct Counter {
  Counts c;
  unsigned long long column = 0;
  bool in_word = false;

  void separator() {
    c.words += in_word;
    in_word = false;
  }
  void end_line() {
    if (column > c.longest) c.longest = column;
    column = 0;
  }
  // An ASCII byte, as GNU's wc reads it in the C locale: \n, \r and \f end a line, \t moves to the next
  // multiple of 8, space and \v separate words; printable bytes make words; controls do nothing.
  void ascii(unsigned char ch) {
    switch (ch) {
    case '\n':
      ++c.lines;
      [[fallthrough]];
    case '\r':
    case '\f':
      end_line();
      separator();
      break;
    case '\t':
      column += 8 - column % 8;
      separator();
      break;
    case ' ':
      ++column;
      [[fallthrough]];
    case '\v':
      separator();
      break;
    default:
      if (ch > ' ' && ch < 0x7f) {
        ++column;
        in_word = true;
      }
    }
  }
  // A character past ASCII in a UTF-8 locale.
  void wide(unsigned code) {
    int w = tool::display_width(code);
    if (w < 0) return; // not printable: neither width nor word
    column += static_cast<unsigned>(w);
    if (tool::is_space(code))
      separator();
    else
      in_word = true;
  }
  void finish() {
    end_line();
    c.words += in_word;
    in_word = false;
  }
};

solo::Result<void> count(int fd, Counts &out) {
  Counter k;
  size_t carried = 0; // bytes of an unfinished character at the start of buffer
  solo::Result<void> result;
  for (;;) {
    auto r = solo::io::read(fd, buffer + carried, sizeof buffer - 4);
    if (!r) {
      result = r.error();
      break;
    }
    if (*r == 0) break;
    k.c.bytes += *r;
    size_t n = carried + *r;
    carried = 0;
    if (!utf8) {
      for (size_t i = 0; i < n; ++i) k.ascii(static_cast<unsigned char>(buffer[i]));
      continue;
    }
    solo::StringView text(buffer, n);
    for (size_t i = 0; i < n;) {
      unsigned char ch = static_cast<unsigned char>(text[i]);
      if (ch < 0x80) {
        ++k.c.chars;
        k.ascii(ch);
        ++i;
        continue;
      }
      if (tool::unfinished_utf8(text.substr(i))) { // its end is in the next read
        carried = n - i;
        __builtin_memmove(buffer, buffer + i, carried);
        break;
      }
      unsigned code;
      size_t len = tool::utf8_char(text.substr(i), code);
      if (len == 0) { // a byte that starts no character: counted as a byte only, as GNU's wc does
        ++i;
        continue;
      }
      ++k.c.chars;
      k.wide(code);
      i += len;
    }
  }
  k.finish();
  if (!utf8) k.c.chars = k.c.bytes;
  out = k.c;
  return result;
}

int width = 1;

void print_counts(const Counts &c, solo::StringView name, bool named) {
  auto &out = solo::io::stdout;
  const char *sep = "";
  const unsigned long long *values[] = {&c.lines, &c.words, &c.chars, &c.bytes, &c.longest};
  const bool shown[] = {show_lines, show_words, show_chars, show_bytes, show_longest};
  for (int i = 0; i < 5; ++i)
    if (shown[i]) solo::format_to(out, "{}{:>{}}", sep, *values[i], width), sep = " ";
  // A name with a newline in it is quoted, so that each count stays on one line.
  if (named) {
    if (name.find('\n') != solo::StringView::npos)
      solo::print(" {}", tool::quotef(name));
    else
      solo::print(" {}", name);
  }
  solo::println("");
}

} // namespace

static const char usage[] = " [OPTION]... [FILE]...\n  or:  wc [OPTION]... --files0-from=F\n"
                            "Print newline, word, and byte counts for each FILE, and a total line if\n"
                            "more than one FILE is specified.\n\n"
                            "  -c, --bytes            print the byte counts\n"
                            "  -m, --chars            print the character counts\n"
                            "  -l, --lines            print the newline counts\n"
                            "      --files0-from=F    read input from the files specified by\n"
                            "                           NUL-terminated names in file F;\n"
                            "                           If F is - then read names from standard input\n"
                            "  -L, --max-line-length  print the maximum display width\n"
                            "  -w, --words            print the word counts";

namespace {

enum { files0_from = 256 };

// The names in a --files0-from list, each ended by a NUL (the last one need not be).
struct NameList {
  solo::String text;
  // The name starting at `at` (each is followed by a NUL, so it is a C string too); `at` moves past it.
  bool next(size_t &at, solo::StringView &name) const {
    if (at >= text.size()) return false;
    solo::StringView rest = text.view().substr(at);
    name = rest.substr(0, rest.find('\0'));
    at += name.size() + 1;
    return true;
  }
};

} // namespace

int main(int argc, char **argv) {
  tool::program = argv[0];
  // A line per write, as GNU's wc writes: several wc writing into one pipe (xargs -P) never split each
  // other's lines, and each count is out as soon as its file is done.
  solo::io::stdout.set_mode(solo::io::Stream::Mode::Line);
  const solo::Option options[] = {{'l', "lines"}, {'w', "words"},           {'c', "bytes"},
                                  {'m', "chars"}, {'L', "max-line-length"}, {0, "files0-from", true, files0_from}};
  int n = 0;
  const char *list_name = nullptr;
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
    case 'm':
      show_chars = true;
      break;
    case 'L':
      show_longest = true;
      break;
    case files0_from:
      list_name = p.value().data();
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (list_name && n > 0) {
    solo::println(solo::io::stderr, "{}: extra operand '{}'\nfile operands cannot be combined with --files0-from",
                  argv[0], operands[0]);
    tool::try_help();
    return 1;
  }
  if (!show_lines && !show_words && !show_chars && !show_bytes && !show_longest)
    show_lines = show_words = show_bytes = true;
  utf8 = (show_chars || show_words || show_longest) && tool::utf8_locale();
  bool named = n > 0 || list_name;
  if (n == 0 && !list_name) operands[n++] = tool::dash;
  tool::lock_down();

  // The names from a --files0-from list: read whole first; from a regular file they count for the column
  // width as operands do, from a pipe they do not (GNU's wc reads those one at a time).
  NameList list;
  bool list_sized = false, list_from_stdin = list_name && solo::StringView(list_name) == "-";
  if (list_name) {
    solo::Fd owned;
    if (!list_from_stdin) {
      auto f = solo::io::openat(sys::at_fdcwd, solo::CStr(list_name), sys::OpenFlags::ReadOnly);
      if (!f) {
        solo::println(solo::io::stderr, "{}: cannot open {} for reading: {}", argv[0], tool::quoteaf(list_name),
                      f.error());
        return 1;
      }
      owned = solo::move(*f);
    }
    int fd = owned.valid() ? owned.get() : 0;
    sys::Stat st;
    list_sized = sys::fstat(fd, st) && sys::is_regular(st.st_mode);
    if (auto r = solo::io::read_append(fd, list.text); !r) {
      solo::println(solo::io::stderr, "{}: cannot read file names from {}: {}", argv[0], tool::quoteaf(list_name),
                    r.error());
      return 1;
    }
    if (!list.text.empty() && !list.text.view().ends_with('\0')) list.text.push('\0');
  }

  // The column width depends on all the inputs, so they are looked at (stat, as GNU's does) before any is
  // read.
  unsigned long long regular_total = 0;
  int minimum = 1, inputs = 0;
  bool sized = !list_name || list_sized;
  auto next_name = [&](size_t &i, solo::StringView &name) {
    if (list_name) return list.next(i, name);
    if (i >= static_cast<size_t>(n)) return false;
    name = operands[i++];
    return true;
  };
  if (sized) {
    size_t i = 0;
    for (solo::StringView name; next_name(i, name);) {
      ++inputs;
      sys::Stat st;
      bool is_stdin = name == "-";
      auto r = is_stdin ? sys::fstat(0, st) : sys::newfstatat(sys::at_fdcwd, solo::CStr(name.data()), st);
      if (!r) continue;
      if (sys::is_regular(st.st_mode))
        regular_total += st.st_size;
      else
        minimum = 7;
    }
  }
  int counts = show_lines + show_words + show_chars + show_bytes + show_longest;
  if (sized && inputs > 0 && !(inputs == 1 && counts == 1)) {
    for (width = 1; regular_total >= 10; regular_total /= 10) ++width;
    if (width < minimum) width = minimum;
  }

  Counts total;
  int status = 0, done = 0;
  size_t i = 0;
  unsigned long number = 0; // the name's place in the list, for messages
  for (solo::StringView name; next_name(i, name);) {
    ++done, ++number;
    if (list_name && name.empty()) {
      solo::println(solo::io::stderr, "{}: {}:{}: invalid zero-length file name", argv[0], tool::quotef(list_name),
                    number);
      status = 1;
      continue;
    }
    if (list_from_stdin && name == "-") {
      solo::println(solo::io::stderr, "{}: when reading file names from stdin, no file name of '-' allowed", argv[0]);
      status = 1;
      continue;
    }
    solo::Fd owned;
    if (!(name == "-")) {
      auto f = solo::io::openat(sys::at_fdcwd, solo::CStr(name.data()), sys::OpenFlags::ReadOnly);
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
    total.lines += c.lines, total.words += c.words, total.chars += c.chars, total.bytes += c.bytes;
    if (c.longest > total.longest) total.longest = c.longest;
  }
  if (done > 1) print_counts(total, "total", true);
  return status;
}
