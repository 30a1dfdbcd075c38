// test and [: evaluates an expression of file tests (-e -f -d -r -w -x -s -L ...), string tests (-n, -z,
// =, ==, !=), integer comparisons (-eq -ne -lt -le -gt -ge, integers of any length, -l STRING as its
// length) and file comparisons (-nt -ot -ef), combined with !, -a, -o and parentheses; status 0 true,
// 1 false, 2 a malformed expression. POSIX's rules for one to four arguments come first, as GNU's does.
// Run as "[", the last argument must be "]". ("<" and ">" are a shell's, not GNU's test's.)
#include "lockdown.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/exit.hpp>
#include <solo/io.hpp>
#include <solo/sys/file.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;

int argc_;
char **argv_;
int pos;

[[noreturn]] void syntax_error() { solo::exit(2); }

[[noreturn]] void beyond() {
  solo::println(solo::io::stderr, "{}: missing argument after {}", tool::program, tool::quote(argv_[argc_ - 1]));
  syntax_error();
}

bool is(int i, solo::StringView word) { return i < argc_ && solo::StringView(argv_[i]) == word; }

void advance(bool need_more) {
  ++pos;
  if (need_more && pos >= argc_) beyond();
}

bool is_binary_operator(int i) {
  if (i >= argc_) return false;
  solo::StringView s = argv_[i];
  for (solo::StringView op : {"=", "!=", "==", "-nt", "-ot", "-ef", "-eq", "-ne", "-lt", "-le", "-gt", "-ge"})
    if (s == op) return true;
  return false;
}

bool is_unary_operator(char c) { return solo::StringView("abcdefghkprstuwxzLGNOSn").find(c) != solo::StringView::npos; }

// An integer as GNU's test takes it: blanks, a sign, digits, blanks. The digits are kept as text, so any
// length compares right.
struct Integer {
  bool negative;
  solo::StringView digits; // without leading zeros ("" for zero)
};

Integer integer(const char *text) {
  solo::StringView s = text;
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  size_t start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  size_t end = i;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (start == end || i != s.size()) {
    solo::println(solo::io::stderr, "{}: invalid integer {}", tool::program, tool::quote(text));
    syntax_error();
  }
  while (start < end && s[start] == '0') ++start;
  solo::StringView digits = s.substr(start, end - start);
  return {negative && !digits.empty(), digits};
}

int compare(const Integer &a, const Integer &b) {
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  int sign = a.negative ? -1 : 1;
  if (a.digits.size() != b.digits.size()) return a.digits.size() < b.digits.size() ? -sign : sign;
  int c = a.digits.compare(b.digits);
  return c < 0 ? -sign : c > 0 ? sign : 0;
}

bool stat_of(const char *path, sys::Stat &st, bool follow = true) {
  return bool(sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st,
                              follow ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow));
}

bool newer(const sys::Stat &a, const sys::Stat &b) {
  return a.st_mtim.tv_sec > b.st_mtim.tv_sec ||
         (a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec > b.st_mtim.tv_nsec);
}

bool binary_operator(bool left_is_length) {
  if (left_is_length) advance(false);
  int op = pos + 1;
  bool right_is_length = false;
  if (op < argc_ - 2 && is(op + 1, "-l")) {
    right_is_length = true;
    advance(false);
  }
  solo::StringView o = argv_[op];
  const char *left = argv_[op - 1];
  const char *right = argv_[op + (right_is_length ? 2 : 1)];
  bool value;
  if (o.size() == 3 && o[0] == '-' &&
      (o == "-eq" || o == "-ne" || o == "-lt" || o == "-le" || o == "-gt" || o == "-ge")) {
    char lbuf[24], rbuf[24];
    Integer l = left_is_length ? Integer{false, solo::io::to_decimal_unsigned(solo::StringView(left).size(), lbuf)}
                               : integer(left);
    Integer r = right_is_length ? Integer{false, solo::io::to_decimal_unsigned(solo::StringView(right).size(), rbuf)}
                                : integer(right);
    if (l.digits == "0") l.digits = "";
    if (r.digits == "0") r.digits = "";
    int c = compare(l, r);
    value = o == "-eq"   ? c == 0
            : o == "-ne" ? c != 0
            : o == "-lt" ? c < 0
            : o == "-le" ? c <= 0
            : o == "-gt" ? c > 0
                         : c >= 0;
  } else if (o == "-nt" || o == "-ot") {
    if (left_is_length || right_is_length) {
      solo::println(solo::io::stderr, "{}: -{} does not accept -l", tool::program, o.substr(1));
      syntax_error();
    }
    sys::Stat a, b;
    bool ha = stat_of(left, a), hb = stat_of(right, b);
    if (o == "-nt")
      value = ha && (!hb || newer(a, b));
    else
      value = hb && (!ha || newer(b, a));
  } else if (o == "-ef") {
    if (left_is_length || right_is_length) {
      solo::println(solo::io::stderr, "{}: -ef does not accept -l", tool::program);
      syntax_error();
    }
    sys::Stat a, b;
    value = stat_of(left, a) && stat_of(right, b) && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
  } else {
    // String comparisons take a -l operand as the string itself, as GNU's do.
    value = (solo::StringView(left) == solo::StringView(right)) == (o != "!=");
  }
  pos += 3;
  return value;
}

bool access(const char *path, sys::AccessMode mode) {
  return bool(sys::faccessat2(sys::at_fdcwd, solo::CStr(path), mode, sys::AccessFlags::EAccess));
}

bool unary_operator() {
  char op = argv_[pos][1];
  advance(true);
  const char *arg = argv_[pos];
  advance(false);
  sys::Stat st;
  switch (op) {
  case 'e':
    return stat_of(arg, st);
  case 'r':
    return access(arg, sys::AccessMode::Read);
  case 'w':
    return access(arg, sys::AccessMode::Write);
  case 'x':
    return access(arg, sys::AccessMode::Execute);
  case 'N': // modified since it was last read
    return stat_of(arg, st) && (st.st_atim.tv_sec < st.st_mtim.tv_sec ||
                                (st.st_atim.tv_sec == st.st_mtim.tv_sec && st.st_atim.tv_nsec < st.st_mtim.tv_nsec));
  case 'O':
    return stat_of(arg, st) && st.st_uid == sys::geteuid();
  case 'G':
    return stat_of(arg, st) && st.st_gid == sys::getegid();
  case 'f':
    return stat_of(arg, st) && sys::is_regular(st.st_mode);
  case 'd':
    return stat_of(arg, st) && sys::is_directory(st.st_mode);
  case 's':
    return stat_of(arg, st) && st.st_size > 0;
  case 'S':
    return stat_of(arg, st) && sys::file_type(st.st_mode) == sys::FileType::Socket;
  case 'c':
    return stat_of(arg, st) && sys::file_type(st.st_mode) == sys::FileType::CharDevice;
  case 'b':
    return stat_of(arg, st) && sys::file_type(st.st_mode) == sys::FileType::BlockDevice;
  case 'p':
    return stat_of(arg, st) && sys::file_type(st.st_mode) == sys::FileType::Fifo;
  case 'L':
  case 'h':
    return stat_of(arg, st, false) && sys::is_symlink(st.st_mode);
  case 'u':
    return stat_of(arg, st) && (st.st_mode & sys::mode_set_uid);
  case 'g':
    return stat_of(arg, st) && (st.st_mode & sys::mode_set_gid);
  case 'k':
    return stat_of(arg, st) && (st.st_mode & sys::mode_sticky);
  case 't': {
    Integer fd = integer(arg);
    if (fd.negative || fd.digits.size() > 9) return false;
    int n = 0;
    for (char c : fd.digits) n = n * 10 + (c - '0');
    // A terminal answers TCGETS (the kernel's struct termios fits in 64 bytes); anything else is ENOTTY.
    alignas(8) unsigned char termios[64];
    return bool(sys::ioctl(n, sys::ioctl_tcgets, static_cast<void *>(termios)));
  }
  case 'n':
    return arg[0] != '\0';
  case 'z':
    return arg[0] == '\0';
  default:
    return false; // -a: unused here (not a unary test in GNU's either)
  }
}

bool expr();

bool one_argument() { return argv_[pos++][0] != '\0'; }

bool unary_or_error() {
  if (is_unary_operator(argv_[pos][1]) && argv_[pos][1] != 'a') return unary_operator();
  solo::println(solo::io::stderr, "{}: {}: unary operator expected", tool::program, tool::quote(argv_[pos]));
  syntax_error();
}

bool looks_unary(int i) { return argv_[i][0] == '-' && argv_[i][1] != '\0' && argv_[i][2] == '\0'; }

bool two_arguments() {
  if (is(pos, "!")) {
    advance(false);
    return !one_argument();
  }
  if (looks_unary(pos)) return unary_or_error();
  beyond();
}

bool three_arguments() {
  if (is_binary_operator(pos + 1)) return binary_operator(false);
  if (is(pos, "!")) {
    advance(true);
    return !two_arguments();
  }
  if (is(pos, "(") && is(pos + 2, ")")) {
    advance(false);
    bool v = one_argument();
    advance(false);
    return v;
  }
  if (is(pos + 1, "-a") || is(pos + 1, "-o")) return expr();
  solo::println(solo::io::stderr, "{}: {}: binary operator expected", tool::program, tool::quote(argv_[pos + 1]));
  syntax_error();
}

bool posix_test(int nargs) {
  switch (nargs) {
  case 1:
    return one_argument();
  case 2:
    return two_arguments();
  case 3:
    return three_arguments();
  case 4:
    if (is(pos, "!")) {
      advance(true);
      return !three_arguments();
    }
    if (is(pos, "(") && is(pos + 3, ")")) {
      advance(false);
      bool v = two_arguments();
      advance(false);
      return v;
    }
    [[fallthrough]];
  default:
    return expr();
  }
}

bool term() {
  if (pos >= argc_) beyond();
  bool invert = false;
  while (pos < argc_ && is(pos, "!")) {
    advance(true);
    invert = !invert;
  }
  bool value;
  if (is(pos, "(")) {
    advance(true);
    int nargs = 1;
    for (; pos + nargs < argc_ && !is(pos + nargs, ")"); ++nargs)
      if (nargs == 4) {
        nargs = argc_ - pos;
        break;
      }
    value = posix_test(nargs);
    if (pos >= argc_) {
      solo::println(solo::io::stderr, "{}: {} expected", tool::program, tool::quote(")"));
      syntax_error();
    }
    if (!is(pos, ")")) {
      solo::println(solo::io::stderr, "{}: {} expected, found {}", tool::program, tool::quote(")"),
                    tool::quote(argv_[pos]));
      syntax_error();
    }
    advance(false);
  } else if (argc_ - pos >= 4 && is(pos, "-l") && is_binary_operator(pos + 2)) {
    value = binary_operator(true);
  } else if (argc_ - pos >= 3 && is_binary_operator(pos + 1)) {
    value = binary_operator(false);
  } else if (looks_unary(pos)) {
    value = unary_or_error();
  } else {
    value = argv_[pos][0] != '\0';
    advance(false);
  }
  return invert != value;
}

bool and_expr() {
  bool value = term();
  while (pos < argc_ && is(pos, "-a")) {
    advance(false);
    value &= term();
  }
  return value;
}

bool expr() {
  if (pos >= argc_) beyond();
  bool value = and_expr();
  while (pos < argc_ && is(pos, "-o")) {
    advance(false);
    value |= and_expr();
  }
  return value;
}

} // namespace

static const char usage[] = " EXPRESSION\n  or:  test\n  or:  [ EXPRESSION ]\n  or:  [ ]\n  or:  [ OPTION\n"
                            "Exit with the status determined by EXPRESSION.";

int main(int argc, char **argv) {
  tool::program = argv[0];
  bool bracket = tool::base_name(argv[0]) == "[";
  if (bracket) {
    // Only "[" reads --help and --version, and only alone.
    if (argc == 2 && solo::StringView(argv[1]) == "--help") {
      solo::println("Usage: test{}", usage);
      return 0;
    }
    if (argc == 2 && solo::StringView(argv[1]) == "--version") return tool::version(), 0;
    if (argc < 2 || solo::StringView(argv[argc - 1]) != "]") {
      solo::println(solo::io::stderr, "{}: missing {}", tool::program, tool::quote("]"));
      return 2;
    }
    --argc;
  }
  tool::lock_down();
  argc_ = argc;
  argv_ = argv;
  pos = 1;
  if (argc <= 1) return 1;
  bool value = posix_test(argc - 1);
  if (pos != argc) {
    solo::println(solo::io::stderr, "{}: extra argument {}", tool::program, tool::quote(argv[pos]));
    return 2;
  }
  return value ? 0 : 1;
}
