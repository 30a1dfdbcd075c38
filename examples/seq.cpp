// seq: numbers from FIRST (1) by INCREMENT (1) up to LAST, one per line, or joined by -s STRING. Decimal
// operands are counted exactly, in fixed point, and printed with as many decimals as FIRST and INCREMENT
// have (GNU's rule), so `seq 0 0.1 1` ends at 1.0 exactly; -w pads them with zeros to one width; -f FORMAT
// prints each with a printf floating-point conversion (%e %f %g %a). Options end at a negative number, so
// `seq -3 -1 -5` counts down.
#include "lockdown.hpp"
#include "printf_conversion.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

namespace {

// _BitInt(128), not __int128: the 32-bit targets have no __int128, and clang does _BitInt(128)'s arithmetic on
// every target (inline where the target has no 128-bit division routine).
using i128 = _BitInt(128);
using u128 = unsigned _BitInt(128);
constexpr int no_precision = 1 << 30; // GNU's INT_MAX: printed with %g
constexpr int max_scale = 30;         // 10^30 and a 38-digit mantissa still fit in 127 bits
constexpr int long_double_digits = 18;

// An operand: the value as written (mantissa * 10^-scale when `exact`), and what GNU derives from its text,
// the decimals it asks for and the width it takes.
struct Number {
  bool exact = true;
  bool infinite = false;
  i128 mantissa = 0;
  int scale = 0;
  double value = 0;
  int precision = 0;
  int width = 0;
};

// The nearest double to v, in one rounding: the top 64 bits with every bit below them folded into the lowest
// (so that a tie is told from a value above it), converted, then scaled by 2^shift. Clang's own conversion
// calls a 128-bit routine that the 32-bit targets do not have.
double to_double(i128 v) {
  u128 m = v < 0 ? -static_cast<u128>(v) : static_cast<u128>(v);
  int shift = 0;
  while ((m >> shift) >> 64 != 0) ++shift;
  u128 top = m >> shift;
  if (shift > 0 && (m & ((static_cast<u128>(1) << shift) - 1)) != 0) top |= 1;
  double d = static_cast<double>(static_cast<unsigned long long>(top));
  for (int i = 0; i < shift; ++i) d *= 2;
  return v < 0 ? -d : d;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

i128 power_of_ten(int n) {
  i128 p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

bool starts_with_word(solo::StringView s, solo::StringView word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if ((s[i] | 0x20) != word[i]) return false;
  return true;
}

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  c = static_cast<char>(c | 0x20);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// The text as strtold reads it in the C locale, all of it: blanks, a sign, then decimal digits with a
// fraction and exponent, hexadecimal ones (0x, exponent p), inf, infinity or nan. Decimal ones are kept
// exactly while they fit; the others only as a double. False for anything else; `nan` says it was NaN.
bool parse(solo::StringView text, Number &n, bool &nan) {
  size_t i = 0, size = text.size();
  while (i < size && (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r'))) ++i;
  bool negative = false;
  if (i < size && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  solo::StringView rest = text.substr(i);
  if (starts_with_word(rest, "nan")) {
    nan = true;
    return rest.size() == 3 || (rest[3] == '(' && rest.back() == ')');
  }
  if (starts_with_word(rest, "inf")) {
    if (!(rest.size() == 3 || (rest.size() == 8 && starts_with_word(rest, "infinity")))) return false;
    n.exact = false;
    n.infinite = true;
    n.value = negative ? -__builtin_inf() : __builtin_inf();
    return true;
  }
  if (rest.size() > 2 && rest[0] == '0' && (rest[1] | 0x20) == 'x') {
    // Hexadecimal: digits, a fraction, a binary exponent; as a double.
    size_t j = 2;
    double v = 0;
    int exponent = 0;
    bool any = false, point = false;
    for (; j < rest.size(); ++j) {
      if (rest[j] == '.' && !point) {
        point = true;
        continue;
      }
      int d = hex_value(rest[j]);
      if (d < 0) break;
      v = v * 16 + d;
      if (point) exponent -= 4;
      any = true;
    }
    if (!any) return false;
    if (j < rest.size() && (rest[j] | 0x20) == 'p') {
      size_t k = j + 1;
      bool eneg = false;
      if (k < rest.size() && (rest[k] == '+' || rest[k] == '-')) eneg = rest[k++] == '-';
      if (k == rest.size() || !is_digit(rest[k])) return false;
      int e = 0;
      for (; k < rest.size() && is_digit(rest[k]); ++k) e = e < 100000 ? e * 10 + (rest[k] - '0') : e;
      exponent += eneg ? -e : e;
      j = k;
    }
    if (j != rest.size()) return false;
    for (; exponent > 0; --exponent) v *= 2;
    for (; exponent < 0; ++exponent) v /= 2;
    n.exact = false;
    n.value = negative ? -v : v;
    return true;
  }
  size_t j = 0;
  bool any = false, point = false;
  int digits = 0;
  for (; j < rest.size(); ++j) {
    char c = rest[j];
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (!is_digit(c)) break;
    any = true;
    if (n.mantissa == 0 && c == '0') {
      if (point) ++n.scale;
      continue;
    }
    if (++digits > 36) { // more than the fixed point holds: the double only
      n.exact = false;
      if (!point) --n.scale;
      continue;
    }
    n.mantissa = n.mantissa * 10 + (c - '0');
    if (point) ++n.scale;
  }
  if (!any) return false;
  long exponent = 0;
  if (j < rest.size() && (rest[j] | 0x20) == 'e') {
    size_t k = j + 1;
    bool eneg = false;
    if (k < rest.size() && (rest[k] == '+' || rest[k] == '-')) eneg = rest[k++] == '-';
    if (k == rest.size() || !is_digit(rest[k])) return false;
    for (; k < rest.size() && is_digit(rest[k]); ++k)
      exponent = exponent < 100000 ? exponent * 10 + (rest[k] - '0') : exponent;
    if (eneg) exponent = -exponent;
    j = k;
  }
  if (j != rest.size()) return false;
  long scale = n.scale - exponent;
  // A double from the exact digits: one rounding while mantissa and power are exact in a double.
  double v = to_double(n.mantissa);
  for (long s = scale; s > 0; --s) v /= 10;
  for (long s = scale; s < 0; ++s) v *= 10;
  n.value = negative ? -v : v;
  if (n.mantissa == 0) scale = 0;
  while (scale < 0 && n.exact) {
    if (n.mantissa > power_of_ten(36)) n.exact = false;
    n.mantissa *= 10;
    ++scale;
  }
  if (scale > max_scale) n.exact = false;
  n.scale = static_cast<int>(scale);
  if (negative) n.mantissa = -n.mantissa;
  return true;
}

// GNU's precision and width of an operand, from its text: decimals asked for (an exponent moves them), and
// the characters it takes when printed (no blanks, no '+', no exponent).
void measure(solo::StringView text, Number &n) {
  while (!text.empty() && (text[0] == ' ' || (text[0] >= '\t' && text[0] <= '\r') || text[0] == '+'))
    text.remove_prefix(1);
  n.width = 0;
  n.precision = no_precision;
  size_t point = text.find('.');
  if (point == solo::StringView::npos && text.find('p') == solo::StringView::npos) n.precision = 0;
  if (text.find_first_of("xX") != solo::StringView::npos || n.infinite) return;
  size_t fraction = 0;
  n.width = static_cast<int>(text.size());
  if (point != solo::StringView::npos) {
    fraction = text.substr(point + 1).find_first_of("eE");
    if (fraction == solo::StringView::npos) fraction = text.size() - point - 1;
    n.precision = static_cast<int>(fraction);
    n.width += fraction == 0 ? -1 : (point == 0 || !is_digit(text[point - 1]));
  }
  size_t e = text.find_first_of("eE");
  if (e == solo::StringView::npos) return;
  long exponent = 0;
  bool eneg = false;
  size_t k = e + 1;
  if (k < text.size() && (text[k] == '+' || text[k] == '-')) eneg = text[k++] == '-';
  for (; k < text.size(); ++k) exponent = exponent < 100000 ? exponent * 10 + (text[k] - '0') : exponent;
  if (eneg) exponent = -exponent;
  n.precision +=
      exponent < 0 ? static_cast<int>(-exponent) : -static_cast<int>(exponent < n.precision ? exponent : n.precision);
  n.width -= static_cast<int>(text.size() - e);
  if (exponent < 0) {
    if (point != solo::StringView::npos) {
      if (e == point + 1) ++n.width;
    } else {
      ++n.width;
    }
    n.width += static_cast<int>(-exponent);
  } else {
    if (point != solo::StringView::npos && n.precision == 0 && fraction > 0) --n.width;
    n.width += static_cast<int>(exponent);
  }
}

// A fixed-point value (at `scale`) with `decimals` digits after the point, zero-padded to `width`.
void put_fixed(solo::fmt::Sink &out, i128 v, int scale, int decimals, int width) {
  bool negative = v < 0;
  u128 m = negative ? static_cast<u128>(-v) : static_cast<u128>(v);
  // Round half to even when fewer decimals are printed than the value has.
  if (decimals < scale) {
    u128 p = static_cast<u128>(power_of_ten(scale - decimals));
    u128 q = m / p, r = m % p;
    if (r * 2 > p || (r * 2 == p && (q & 1))) ++q;
    m = q;
    scale = decimals;
  }
  char digits[80];
  int count = 0;
  do {
    digits[count++] = static_cast<char>('0' + static_cast<int>(m % 10));
    m /= 10;
  } while (m != 0);
  while (count <= scale) digits[count++] = '0'; // at least one digit before the point
  int length = count + (decimals > 0 ? 1 : 0) + (decimals - scale) + (negative ? 1 : 0);
  if (negative) out.put('-');
  for (int i = length; i < width; ++i) out.put('0');
  for (int i = count - 1; i >= scale; --i) out.put(digits[i]);
  if (decimals > 0) out.put('.');
  for (int i = scale - 1; i >= 0; --i) out.put(digits[i]);
  for (int i = scale; i < decimals; ++i) out.put('0');
}

// -f FORMAT: text, one floating-point conversion, text; %% is a percent sign.
struct Format {
  solo::StringView before, after;
  tool::Conversion conversion;
};

void put_text(solo::io::Stream &out, solo::StringView text) {
  for (size_t i = 0; i < text.size(); ++i) {
    out.put(text[i]);
    if (text[i] == '%') ++i; // "%%"
  }
}

bool parse_format(solo::StringView f, Format &format) {
  size_t i = 0;
  auto fail = [&](solo::StringView what) {
    solo::println(solo::io::stderr, "{}: format {} {}", tool::program, tool::quote(f), what);
    return false;
  };
  for (; i < f.size(); ++i) {
    if (f[i] != '%') continue;
    if (i + 1 < f.size() && f[i + 1] == '%') {
      ++i;
      continue;
    }
    break;
  }
  if (i == f.size()) return fail("has no % directive");
  format.before = f.substr(0, i);
  const char *p = f.data() + i + 1, *end = f.data() + f.size();
  tool::parse_conversion_flags(p, end, format.conversion);
  if (p != end && *p == 'L') ++p;
  if (p == end) return fail("ends in %");
  char type = *p;
  if (solo::StringView("efgaEFGA").find(type) == solo::StringView::npos) {
    solo::println(solo::io::stderr, "{}: format {} has unknown %{} directive", tool::program, tool::quote(f), type);
    return false;
  }
  format.conversion.type = type;
  format.after = solo::StringView(p + 1, static_cast<size_t>(end - p - 1));
  for (size_t j = 0; j < format.after.size(); ++j) {
    if (format.after[j] != '%') continue;
    if (j + 1 < format.after.size() && format.after[j + 1] == '%') {
      ++j;
      continue;
    }
    return fail("has too many % directives");
  }
  return true;
}

bool looks_negative(const char *a) { return a[0] == '-' && (a[1] == '.' || is_digit(a[1])); }

} // namespace

static const char usage[] = " [OPTION]... LAST\n  or:  seq [OPTION]... FIRST LAST\n"
                            "  or:  seq [OPTION]... FIRST INCREMENT LAST\n"
                            "Print numbers from FIRST to LAST, in steps of INCREMENT.\n\n"
                            "  -f, --format=FORMAT      use printf style floating-point FORMAT\n"
                            "  -s, --separator=STRING   use STRING to separate numbers (default: \\n)\n"
                            "  -w, --equal-width        equalize width by padding with leading zeroes";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'f', "format", true}, {'s', "separator", true}, {'w', "equal-width"}};
  const char *format_text = nullptr;
  solo::StringView separator = "\n";
  bool equal_width = false;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  p.stop_at_first_operand(); // as GNU's: `seq 1 -w` is an invalid number, not an option
  for (;;) {
    int next = p.next_index();
    if (next < argc && looks_negative(argv[next])) { // a negative number ends the options
      for (int i = next; i < argc; ++i) tool::keep_operand(argv, n, argv[i]);
      break;
    }
    int o = p.next();
    if (o == solo::OptionParser::End) break;
    if (o == 'f')
      format_text = p.value().data();
    else if (o == 's')
      separator = p.value();
    else if (o == 'w')
      equal_width = true;
    else if (int status = tool::common_option(o, p, argv, n, usage); status >= 0)
      return status;
  }
  if (n == 0) return tool::usage_error("missing operand");
  if (n > 3) {
    solo::println(solo::io::stderr, "{}: extra operand {}", tool::program, tool::quote(argv[4]));
    tool::try_help();
    return 1;
  }
  Format format;
  if (format_text && !parse_format(format_text, format)) return 1;
  Number numbers[3];
  for (int i = 0; i < n; ++i) {
    bool nan = false;
    if (!parse(argv[1 + i], numbers[i], nan) || nan) {
      solo::println(solo::io::stderr, "{}: invalid {}argument: {}", tool::program,
                    nan ? "'not-a-number' " : "floating point ", tool::quote(argv[1 + i]));
      tool::try_help();
      return 1;
    }
    measure(argv[1 + i], numbers[i]);
  }
  Number one;
  one.mantissa = 1;
  one.value = 1;
  Number &first = n > 1 ? numbers[0] : one;
  Number &step = n == 3 ? numbers[1] : one;
  Number &last = numbers[n - 1];
  if (step.value == 0) {
    solo::println(solo::io::stderr, "{}: invalid Zero increment value: {}", tool::program, tool::quote(argv[2]));
    tool::try_help();
    return 1;
  }
  if (format_text && equal_width) {
    return tool::usage_error("format string may not be specified when printing equal width strings");
  }
  // GNU's default format: %.{decimals}f, zero-padded to the widest of FIRST and LAST with -w; %g when a
  // decimal count is unknown (hexadecimal fractions).
  int decimals = first.precision > step.precision ? first.precision : step.precision;
  bool fixed = decimals != no_precision && last.precision != no_precision;
  int width = 0;
  if (fixed && equal_width) {
    int first_width = first.width + (decimals - first.precision);
    int last_width = last.width + (decimals - last.precision);
    if (last.precision && decimals == 0) --last_width;
    if (last.precision == 0 && decimals) ++last_width;
    if (first.precision == 0 && decimals) ++first_width;
    width = first_width > last_width ? first_width : last_width;
  } else if (fixed && decimals > long_double_digits) {
    decimals = long_double_digits;
  }
  tool::Conversion general;
  general.type = 'g';
  tool::lock_down();
  auto &out = solo::io::stdout;
  bool exact = first.exact && step.exact && (last.exact || last.infinite);
  int scale = first.scale > step.scale ? first.scale : step.scale;
  if (last.exact && last.scale > scale) scale = last.scale;
  auto print_value = [&](double v, const i128 *fixed_value) {
    if (format_text) {
      put_text(out, format.before);
      tool::put_float(out, v, format.conversion);
      put_text(out, format.after);
    } else if (fixed && fixed_value) {
      put_fixed(out, *fixed_value, scale, decimals, width);
    } else if (fixed) {
      tool::Conversion c;
      c.type = 'f';
      c.precision = decimals;
      c.zero = equal_width;
      c.width = width;
      tool::put_float(out, v, c);
    } else {
      tool::put_float(out, v, general);
    }
  };
  bool printed = false;
  if (exact) {
    auto at_scale = [&](const Number &x) { return x.mantissa * power_of_ten(scale - x.scale); };
    i128 x = at_scale(first), by = at_scale(step), end = last.exact ? at_scale(last) : 0;
    bool up = by > 0;
    i128 bound = up ? (((i128)1 << 126) - 1) : -(((i128)1 << 126) - 1);
    double unit = to_double(power_of_ten(scale));
    for (;;) {
      if (last.exact ? (up ? x > end : x < end) : (last.value > 0) != up) break;
      if (printed) out.write(separator);
      print_value(to_double(x) / unit, &x);
      printed = true;
      if (up ? x > bound - by : x < bound - by) break; // beyond any count a run can reach
      x += by;
    }
  } else {
    for (long long i = 0;; ++i) {
      double x = first.value + static_cast<double>(i) * step.value;
      if (step.value > 0 ? x > last.value : x < last.value) break;
      if (printed) out.write(separator);
      print_value(x, nullptr);
      printed = true;
      if (__builtin_isinf(x)) break;
    }
  }
  if (printed) out.put('\n');
  return 0;
}
