// printf: FORMAT with its conversions filled from the ARGUMENTs, the format used again while arguments are
// left. Backslash escapes in FORMAT (\n \t \\ \NNN \xHH \uHHHH \UHHHHHHHH \c ...), conversions %d %i %o %u
// %x %X %c %s %b (escapes in the argument) %q (shell-quoted) %e %f %g %a and %E %F %G %A, with flags,
// widths and precisions (also as *). Numeric arguments are C's: 0x hex, 0 octal, 'c for a character's
// code; one that is not all number is reported, what was read of it used, and printf fails at the end
// (GNU's rules). Floating point is a double here, where GNU's is a long double.
#include "lockdown.hpp"
#include "printf_conversion.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/exit.hpp>

namespace {

using solo::Errno;

int status = 0;
char **args;
int arg_count, arg_index;

const char *next_arg() { return arg_index < arg_count ? args[arg_index++] : nullptr; }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

void put_utf8(solo::fmt::Sink &out, unsigned long cp) {
  if (cp < 0x80) {
    out.put(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.put(static_cast<char>(0xc0 | (cp >> 6)));
    out.put(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out.put(static_cast<char>(0xe0 | (cp >> 12)));
    out.put(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out.put(static_cast<char>(0x80 | (cp & 0x3f)));
  } else {
    out.put(static_cast<char>(0xf0 | (cp >> 18)));
    out.put(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
    out.put(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out.put(static_cast<char>(0x80 | (cp & 0x3f)));
  }
}

// One escape at s[i] (just after the backslash); returns false for \c (stop). In %b arguments (`in_b`)
// octal is \0NNN (up to three digits after the 0) as well as \NNN.
bool escape(solo::fmt::Sink &out, solo::StringView s, size_t &i, bool in_b) {
  char e = s[i++];
  switch (e) {
  case '"':
    out.put('"');
    return true;
  case '\\':
    out.put('\\');
    return true;
  case 'a':
    out.put('\a');
    return true;
  case 'b':
    out.put('\b');
    return true;
  case 'c':
    return false;
  case 'e':
    out.put('\x1b');
    return true;
  case 'f':
    out.put('\f');
    return true;
  case 'n':
    out.put('\n');
    return true;
  case 'r':
    out.put('\r');
    return true;
  case 't':
    out.put('\t');
    return true;
  case 'v':
    out.put('\v');
    return true;
  case 'x': {
    int v = 0, k = 0;
    for (; k < 2 && i < s.size() && hex_digit(s[i]) >= 0; ++k) v = v * 16 + hex_digit(s[i++]);
    if (k == 0) {
      solo::println(solo::io::stderr, "{}: missing hexadecimal number in escape", tool::program);
      solo::exit(1);
    }
    out.put(static_cast<char>(v));
    return true;
  }
  case 'u':
  case 'U': {
    int digits = e == 'u' ? 4 : 8;
    unsigned long v = 0;
    for (int k = 0; k < digits; ++k) {
      if (i >= s.size() || hex_digit(s[i]) < 0) {
        solo::println(solo::io::stderr, "{}: missing hexadecimal number in escape", tool::program);
        solo::exit(1);
      }
      v = v * 16 + static_cast<unsigned>(hex_digit(s[i++]));
    }
    if ((v < 0xa0 && v != 0x24 && v != 0x40 && v != 0x60) || (v >= 0xd800 && v <= 0xdfff) || v > 0x10ffff) {
      (void)solo::io::stdout.flush();
      solo::println(solo::io::stderr, "{}: invalid universal character name \\{}{:0{}X}", tool::program, e, v, digits);
      solo::exit(1);
    }
    // The C locale has no characters beyond ASCII: GNU's printf writes the escape back, in capitals.
    if (v < 0x80) {
      put_utf8(out, v);
    } else {
      char buf[16];
      auto r = v <= 0xffff ? solo::format_to(buf, "\\u{:04X}", v) : solo::format_to(buf, "\\U{:08X}", v);
      out.write(r.text.data(), r.text.size());
    }
    return true;
  }
  default:
    if (e >= '0' && e <= '7') {
      int v = 0, k = 0;
      size_t start = i - 1;
      if (in_b && e == '0') start = i; // \0NNN
      i = start;
      for (; k < 3 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) v = v * 8 + (s[i++] - '0');
      out.put(static_cast<char>(v));
      return true;
    }
    out.put('\\');
    out.put(e);
    return true;
  }
}

// The text of %b: false when \c stopped all output.
bool put_b(solo::fmt::Sink &out, solo::StringView s) {
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      ++i;
      if (!escape(out, s, i, true)) return false;
    } else {
      out.put(s[i++]);
    }
  }
  return true;
}

void numeric_error(solo::StringView arg, const char *what) {
  (void)solo::io::stdout.flush();
  solo::println(solo::io::stderr, "{}: {}: {}", tool::program, tool::quote(arg), what);
  status = 1;
}

// An integer argument as strtoimax/strtoumax read it (base 0), or a character's code after a quote.
long long integer_arg(const char *text, bool is_unsigned) {
  if (!text) return 0;
  solo::StringView s = text;
  if (!s.empty() && (s[0] == '\'' || s[0] == '"')) {
    if (s.size() < 2) return 0;
    if (s.size() > 2) {
      (void)solo::io::stdout.flush();
      solo::println(solo::io::stderr, "{}: warning: {}: character(s) following character constant have been ignored",
                    tool::program, s.substr(2));
    }
    return static_cast<unsigned char>(s[1]);
  }
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  int base = 10;
  size_t digits_start = i;
  if (i + 1 < s.size() && s[i] == '0' && (s[i + 1] | 0x20) == 'x' && i + 2 < s.size() && hex_digit(s[i + 2]) >= 0) {
    base = 16, i += 2, digits_start = i;
  } else if (i < s.size() && s[i] == '0') {
    base = 8;
  }
  unsigned long long v = 0;
  bool overflow = false;
  for (; i < s.size(); ++i) {
    int d = hex_digit(s[i]);
    if (d < 0 || d >= base) break;
    if (v > (~0ULL - static_cast<unsigned>(d)) / static_cast<unsigned>(base)) overflow = true;
    v = v * static_cast<unsigned>(base) + static_cast<unsigned>(d);
  }
  if (s.empty()) return 0;
  if (i == digits_start) {
    numeric_error(s, "expected a numeric value");
    return 0;
  }
  long long result;
  if (is_unsigned) {
    if (overflow) {
      numeric_error(s, "Numerical result out of range");
      return -1;
    }
    result = static_cast<long long>(negative ? 0 - v : v);
  } else {
    unsigned long long limit = negative ? 0x8000000000000000ULL : 0x7fffffffffffffffULL;
    if (overflow || v > limit) {
      numeric_error(s, "Numerical result out of range");
      return negative ? static_cast<long long>(0x8000000000000000ULL) : 0x7fffffffffffffffLL;
    }
    result = negative ? static_cast<long long>(0 - v) : static_cast<long long>(v);
  }
  if (i != s.size()) numeric_error(s, "value not completely converted");
  return result;
}

// A floating-point argument as strtod reads it: decimal with exponent, hexadecimal, inf, nan, or a quoted
// character's code.
double float_arg(const char *text) {
  if (!text) return 0;
  solo::StringView s = text;
  if (!s.empty() && (s[0] == '\'' || s[0] == '"')) return s.size() < 2 ? 0 : static_cast<unsigned char>(s[1]);
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  auto word = [&](solo::StringView w) {
    if (s.size() - i < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if ((s[i + k] | 0x20) != w[k]) return false;
    return true;
  };
  double v = 0;
  size_t start = i;
  if (word("infinity")) {
    i += 8, v = __builtin_inf();
  } else if (word("inf")) {
    i += 3, v = __builtin_inf();
  } else if (word("nan")) {
    i += 3, v = __builtin_nan("");
  } else if (i + 2 < s.size() && s[i] == '0' && (s[i + 1] | 0x20) == 'x' &&
             (hex_digit(s[i + 2]) >= 0 || (s[i + 2] == '.' && i + 3 < s.size() && hex_digit(s[i + 3]) >= 0))) {
    i += 2;
    int exponent = 0;
    bool point = false;
    for (; i < s.size(); ++i) {
      if (s[i] == '.' && !point) {
        point = true;
        continue;
      }
      int d = hex_digit(s[i]);
      if (d < 0) break;
      v = v * 16 + d;
      if (point) exponent -= 4;
    }
    if (i < s.size() && (s[i] | 0x20) == 'p') {
      size_t k = i + 1;
      bool eneg = false;
      if (k < s.size() && (s[k] == '+' || s[k] == '-')) eneg = s[k++] == '-';
      if (k < s.size() && s[k] >= '0' && s[k] <= '9') {
        int e = 0;
        for (; k < s.size() && s[k] >= '0' && s[k] <= '9'; ++k) e = e < 100000 ? e * 10 + (s[k] - '0') : e;
        exponent += eneg ? -e : e;
        i = k;
      }
    }
    for (; exponent > 0; --exponent) v *= 2;
    for (; exponent < 0; ++exponent) v /= 2;
  } else {
    unsigned long long mantissa = 0;
    int scale = 0, digits = 0;
    bool point = false, any = false;
    for (; i < s.size(); ++i) {
      if (s[i] == '.' && !point) {
        point = true;
        continue;
      }
      if (s[i] < '0' || s[i] > '9') break;
      any = true;
      if (digits < 19) {
        mantissa = mantissa * 10 + static_cast<unsigned>(s[i] - '0');
        if (mantissa) ++digits;
        if (point) ++scale;
      } else if (!point) {
        --scale;
      }
    }
    if (!any) {
      i = start;
    } else {
      if (i < s.size() && (s[i] | 0x20) == 'e') {
        size_t k = i + 1;
        bool eneg = false;
        if (k < s.size() && (s[k] == '+' || s[k] == '-')) eneg = s[k++] == '-';
        if (k < s.size() && s[k] >= '0' && s[k] <= '9') {
          int e = 0;
          for (; k < s.size() && s[k] >= '0' && s[k] <= '9'; ++k) e = e < 100000 ? e * 10 + (s[k] - '0') : e;
          scale -= eneg ? -e : e;
          i = k;
        }
      }
      v = static_cast<double>(mantissa);
      // Powers of ten exactly while they are (up to 1e22): one rounding for the usual inputs.
      double p = 1;
      int m = scale < 0 ? -scale : scale;
      while (m-- > 0) p *= 10;
      v = scale > 0 ? v / p : v * p;
    }
  }
  if (s.empty()) return 0;
  if (i == start) {
    numeric_error(s, "expected a numeric value");
    return 0;
  }
  if (i != s.size()) numeric_error(s, "value not completely converted");
  return negative ? -v : v;
}

void put_integer(solo::io::Stream &out, long long v, const tool::Conversion &c) {
  bool is_unsigned = c.type != 'd' && c.type != 'i';
  unsigned long long m = is_unsigned ? static_cast<unsigned long long>(v)
                         : v < 0     ? 0ULL - static_cast<unsigned long long>(v)
                                     : static_cast<unsigned long long>(v);
  int base = c.type == 'o' ? 8 : (c.type == 'x' || c.type == 'X') ? 16 : 10;
  const char *digit_chars = c.type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  char digits[32];
  int n = 0;
  if (m != 0 || c.precision != 0) {
    do {
      digits[n++] = digit_chars[m % static_cast<unsigned>(base)];
      m /= static_cast<unsigned>(base);
    } while (m);
  }
  static char body[1 << 12];
  int len = 0;
  int zeros = c.precision > n ? c.precision - n : 0;
  if (base == 8 && c.alternate && (zeros == 0 && (n == 0 || digits[n - 1] != '0'))) zeros = 1;
  if (zeros > 4000) zeros = 4000;
  for (int i = 0; i < zeros; ++i) body[len++] = '0';
  for (int i = n - 1; i >= 0; --i) body[len++] = digits[i];
  solo::StringView sign = "";
  if (!is_unsigned) sign = v < 0 ? "-" : c.plus ? "+" : c.space ? " " : "";
  solo::StringView prefix = base == 16 && c.alternate && v != 0 ? (c.type == 'X' ? "0X" : "0x") : "";
  tool::Conversion pad = c;
  if (c.precision >= 0) pad.zero = false;
  tool::pad(out, pad, sign, prefix, solo::StringView(body, static_cast<size_t>(len)), true);
}

void put_text(solo::io::Stream &out, solo::StringView s, const tool::Conversion &c) {
  if (c.precision >= 0 && static_cast<size_t>(c.precision) < s.size())
    s = s.substr(0, static_cast<size_t>(c.precision));
  tool::Conversion pad = c;
  pad.zero = false;
  tool::pad(out, pad, "", "", s, false);
}

// One pass over the format; false when \c or %b's \c ended all output.
bool run(solo::io::Stream &out, solo::StringView f) {
  for (size_t i = 0; i < f.size();) {
    char ch = f[i];
    if (ch == '\\') {
      if (i + 1 >= f.size()) {
        out.put('\\');
        ++i;
        continue;
      }
      ++i;
      if (!escape(out, f, i, false)) return false;
      continue;
    }
    if (ch != '%') {
      out.put(ch);
      ++i;
      continue;
    }
    size_t start = i++;
    if (i < f.size() && f[i] == '%') {
      out.put('%');
      ++i;
      continue;
    }
    tool::Conversion c;
    // %b and %q take nothing between the % and the letter.
    if (i < f.size() && (f[i] == 'b' || f[i] == 'q')) {
      const char *a = next_arg();
      if (f[i++] == 'b') {
        if (!put_b(out, a ? a : "")) return false;
      } else {
        solo::print(out, "{}", tool::ShellQuoted{a ? a : "", false, false});
      }
      continue;
    }
    // Flags, then width and precision, each digits or * (taken from the next argument). Each flag rules
    // out the conversions it means nothing for, as GNU's printf checks.
    solo::StringView allowed = "aAcdeEfFgGiosuxX";
    char allowed_buf[20];
    auto disallow = [&](solo::StringView letters) {
      size_t n = 0;
      for (char l : allowed)
        if (letters.find(l) == solo::StringView::npos) allowed_buf[n++] = l;
      allowed = solo::StringView(allowed_buf, n);
    };
    for (; i < f.size() && solo::StringView("-+ #0'").find(f[i]) != solo::StringView::npos; ++i) {
      char flag = f[i];
      if (flag == '-')
        c.left = true;
      else if (flag == '+')
        c.plus = true;
      else if (flag == ' ')
        c.space = true;
      else if (flag == '#')
        c.alternate = true, disallow("cdisu");
      else if (flag == '0')
        c.zero = true, disallow("cs");
      else
        disallow("aAceEosxX");
    }
    auto number = [&](int &out_value) {
      if (i < f.size() && f[i] == '*') {
        ++i;
        long long v = integer_arg(next_arg(), false);
        if (v > (1 << 24) || v < -(1 << 24)) {
          solo::println(solo::io::stderr, "{}: invalid field width: {}", tool::program, v);
          solo::exit(1);
        }
        out_value = static_cast<int>(v);
        return true;
      }
      long v = 0;
      bool any = false;
      for (; i < f.size() && f[i] >= '0' && f[i] <= '9'; ++i) {
        v = v * 10 + (f[i] - '0');
        if (v > (1 << 24)) v = 1 << 24;
        any = true;
      }
      if (any) out_value = static_cast<int>(v);
      return any;
    };
    int width = 0;
    if (number(width) && width < 0) c.left = true, width = -width;
    c.width = width;
    if (i < f.size() && f[i] == '.') {
      ++i;
      int precision = 0;
      number(precision);
      c.precision = precision < 0 ? -1 : precision;
      disallow("c");
    }
    // Length modifiers mean nothing here (every integer is intmax_t, every float the widest).
    while (i < f.size() && solo::StringView("hlLjzt").find(f[i]) != solo::StringView::npos) ++i;
    if (i >= f.size() || allowed.find(f[i]) == solo::StringView::npos) {
      (void)out.flush();
      solo::println(solo::io::stderr, "{}: {}: invalid conversion specification", tool::program,
                    f.substr(start, i < f.size() ? i + 1 - start : f.size() - start));
      solo::exit(1);
    }
    char type = f[i++];
    c.type = type;
    switch (type) {
    case 'd':
    case 'i':
      put_integer(out, integer_arg(next_arg(), false), c);
      break;
    case 'o':
    case 'u':
    case 'x':
    case 'X':
      put_integer(out, integer_arg(next_arg(), true), c);
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
      tool::put_float(out, float_arg(next_arg()), c);
      break;
    case 'c': {
      const char *a = next_arg();
      char one = a ? a[0] : '\0';
      tool::Conversion pad = c;
      pad.zero = false;
      tool::pad(out, pad, "", "", solo::StringView(&one, a && a[0] ? 1 : 0), false);
      if (a && !a[0]) out.put('\0');
      break;
    }
    case 's': {
      const char *a = next_arg();
      put_text(out, a ? a : "", c);
      break;
    }
    default:
      solo::println(solo::io::stderr, "{}: {}: invalid conversion specification", tool::program,
                    f.substr(start, i - start));
      solo::exit(1);
    }
  }
  return true;
}

bool has_conversion(solo::StringView f) {
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] == '\\') {
      ++i;
      continue;
    }
    if (f[i] == '%') {
      if (i + 1 < f.size() && f[i + 1] == '%') {
        ++i;
        continue;
      }
      return true;
    }
  }
  return false;
}

} // namespace

int main(int argc, char **argv) {
  tool::program = argv[0];
  if (argc == 2) {
    solo::StringView a = argv[1];
    if (a == "--help") {
      solo::println("Usage: {} FORMAT [ARGUMENT]...\n  or:  {} OPTION\n"
                    "Print ARGUMENT(s) according to FORMAT, or execute according to OPTION:\n\n"
                    "      --help     display this help and exit\n"
                    "      --version  output version information and exit",
                    tool::base_name(argv[0]), tool::base_name(argv[0]));
      return 0;
    }
    if (a == "--version") return tool::version(), 0;
  }
  int first = 1;
  if (argc > 1 && solo::StringView(argv[1]) == "--") ++first;
  if (first >= argc) return tool::usage_error("missing operand");
  tool::lock_down();
  solo::StringView format = argv[first];
  args = argv + first + 1;
  arg_count = argc - first - 1;
  arg_index = 0;
  auto &out = solo::io::stdout;
  bool conversions = has_conversion(format);
  do {
    if (!run(out, format)) break;
  } while (conversions && arg_index < arg_count && arg_index > 0);
  if (!conversions && arg_count > 0) {
    (void)out.flush();
    solo::println(solo::io::stderr, "{}: warning: ignoring excess arguments, starting with {}", tool::program,
                  tool::quote(args[0]));
  }
  return status;
}
