// Laying out floating-point digits (from float_shortest.cpp / float_fixed.cpp) as fixed or scientific text with
// sign, padding and the `#` and `0` flags. The text's length is known from the layout alone, so the padding is
// too. Text is laid out in a small local array and copied into the sink's window in a few fixed-size moves;
// longer text (huge precisions) passes through the array in pieces, so it costs no buffer: its zeros are filled
// in, not stored.
#include <solo/fmt.hpp>
#include <solo/fmt/float.hpp>

#include "decimal.hpp"

namespace solo::fmt {

namespace {

// Digits d1..dn with value 0.d1..dn * 10^point (n == 0 is zero), as they should appear.
struct Layout {
  const char *digits;
  int n;
  int point;
  int precision; // digits after the point
  bool point_always;
  bool scientific;
  bool upper;
};

// n <= 64 bytes from src to dst in a few fixed-size moves (the last one overlapping) rather than a call to
// memcpy.
[[gnu::noinline]] void copy_short(char *dst, const char *src, size_t n) {
  if (n >= 16) {
#pragma clang loop unroll(disable) vectorize(disable)
    for (size_t i = 0; i + 16 < n; i += 16) __builtin_memcpy(dst + i, src + i, 16);
    __builtin_memcpy(dst + n - 16, src + n - 16, 16);
  } else if (n >= 8) {
    __builtin_memcpy(dst, src, 8);
    __builtin_memcpy(dst + n - 8, src + n - 8, 8);
  } else if (n >= 4) {
    __builtin_memcpy(dst, src, 4);
    __builtin_memcpy(dst + n - 4, src + n - 4, 4);
  } else {
    for (size_t i = 0; i < n; ++i) dst[i] = src[i];
  }
}

constexpr size_t short_text = 64;

void write_short(Sink &out, const char *text, size_t n) {
  if (char *p = out.room(n)) {
    copy_short(p, text, n);
    out.advance(n);
  } else {
    out.write(text, n);
  }
}

// Text gathered in a local array and written to the sink in one piece. Short text (all but huge precisions)
// never leaves the inline paths; longer text is passed on as the array fills up.
class TextOut {
public:
  explicit TextOut(Sink &sink) : sink_(sink) {}
  void write(const char *s, size_t k) {
    if (k > room()) return write_long(s, k);
    copy_short(buf_ + used_, s, k);
    used_ += k;
  }
  void put(char c) {
    if (used_ == short_text) flush();
    buf_[used_++] = c;
  }
  void fill(char c, size_t k) {
    if (k > room()) return fill_long(c, k);
#pragma clang loop unroll(disable) vectorize(disable)
    for (size_t i = 0; i < k; ++i) buf_[used_ + i] = c;
    used_ += k;
  }
  [[gnu::noinline]] void flush() {
    write_short(sink_, buf_, used_);
    used_ = 0;
  }

private:
  size_t room() const { return short_text - used_; }
  [[gnu::noinline]] void write_long(const char *s, size_t k) {
    flush();
    sink_.write(s, k);
  }
  [[gnu::noinline]] void fill_long(char c, size_t k) {
    flush();
    sink_.fill(c, k);
  }

  Sink &sink_;
  char buf_[short_text];
  size_t used_ = 0;
};

// fill() without the work when there is nothing to fill.
void fill(TextOut &o, char c, int n) {
  if (n > 0) o.fill(c, static_cast<size_t>(n));
}

[[gnu::noinline]] void emit(TextOut &o, const Layout &l) {
  const char *d = l.digits;
  int n = l.n;
  if (l.scientific) {
    o.put(n > 0 ? d[0] : '0');
    if (l.precision > 0 || l.point_always) o.put('.');
    int have = n > 1 ? n - 1 : 0;
    if (have > l.precision) have = l.precision;
    o.write(d + 1, static_cast<size_t>(have));
    fill(o, '0', l.precision - have);
    int exp = n > 0 ? l.point - 1 : 0;
    o.put(l.upper ? 'E' : 'e');
    o.put(exp < 0 ? '-' : '+');
    unsigned e = static_cast<unsigned>(exp < 0 ? -exp : exp);
    if (e >= 100) o.put(static_cast<char>('0' + e / 100));
    o.put(static_cast<char>('0' + e / 10 % 10));
    o.put(static_cast<char>('0' + e % 10));
    return;
  }
  // Fixed: the integer part, then `precision` fraction digits.
  int point = n > 0 ? l.point : 1;
  if (point <= 0) {
    o.put('0');
  } else {
    int have = n < point ? n : point;
    o.write(d, static_cast<size_t>(have));
    fill(o, '0', point - have);
  }
  if (l.precision > 0 || l.point_always) o.put('.');
  int done = 0;
  if (point < 0) { // leading zeros of the fraction
    int z = -point < l.precision ? -point : l.precision;
    fill(o, '0', z);
    done = z;
  }
  int first = point > 0 ? point : 0; // index of the first fraction digit in d
  if (done < l.precision && first < n) {
    int k = n - first;
    if (k > l.precision - done) k = l.precision - done;
    o.write(d + first, static_cast<size_t>(k));
    done += k;
  }
  fill(o, '0', l.precision - done);
}

// Fraction digits needed to show all of n digits at `point` in fixed notation.
int fixed_fraction(int n, int point) { return n > point ? n - point : 0; }

// The length of what emit() writes.
size_t text_length(const Layout &l) {
  size_t point = l.precision > 0 || l.point_always ? 1 : 0;
  size_t fraction = static_cast<size_t>(l.precision);
  if (l.scientific) {
    int exp = l.n > 0 ? l.point - 1 : 0;
    return 1 + point + fraction + (exp >= 100 || exp <= -100 ? 5 : 4);
  }
  int integer = l.n > 0 && l.point > 0 ? l.point : 1;
  return static_cast<size_t>(integer) + point + fraction;
}

// What goes around a body (sign and text) narrower than the width: zero padding (the `0` flag) goes between
// the sign and the digits.
struct Padding {
  size_t left, zeros, right;
};
Padding padding(const Spec &spec, size_t body, bool finite) {
  size_t width = static_cast<size_t>(spec.width);
  size_t pad = width > body ? width - body : 0;
  if (finite && spec.zero && spec.align == 0) return {0, pad, 0};
  char align = spec.align ? spec.align : '>';
  size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  return {left, 0, pad - left};
}

// The sign and a short text with the spec's padding around them.
void write_padded(Sink &out, char sign, const char *text, size_t length, const Spec &spec, bool finite) {
  Padding p = padding(spec, length + (sign ? 1 : 0), finite);
  if (p.left) out.fill(spec.fill, p.left);
  if (sign) out.put(sign);
  if (p.zeros) out.fill('0', p.zeros);
  write_short(out, text, length);
  if (p.right) out.fill(spec.fill, p.right);
}

void write_with_padding(Sink &out, char sign, const Layout &l, const Spec &spec) {
  Padding p = padding(spec, text_length(l) + (sign ? 1 : 0), true);
  TextOut o(out);
  o.fill(spec.fill, p.left);
  if (sign) o.put(sign);
  o.fill('0', p.zeros);
  emit(o, l);
  o.fill(spec.fill, p.right);
  o.flush();
}

// Room for every shortest text the fast layout below writes: 17 digits, a point and an exponent of 5.
constexpr size_t shortest_room = 32;

// Whichever of fixed and scientific notation is shorter for n digits at `point` (fixed on a tie).
bool scientific_is_shorter(int n, int point) {
  int exp = point - 1;
  int fixed_len = point <= 0 ? 2 - point + n : point < n ? n + 1 : point;
  int sci_len = n + (n > 1 ? 1 : 0) + 2 + (exp >= 100 || exp <= -100 ? 3 : 2);
  return sci_len < fixed_len;
}

// Room shortest_text() may write before its text: a float's or double's digits are always written as 9 or 17,
// right-aligned, their leading zeros landing before the first digit shown.
constexpr size_t shortest_slack = 16;

// `{}`, `{:e}` and `{:f}` without `#`: the shortest digits written straight into their place in `text`, with
// no digit string between. Returns the length, or 0 to leave it to the general layout: a fixed-notation
// integer beyond 2^53 (2^24 for a float), whose exact digits go on past its shortest ones, and a long
// fixed-notation fraction.
size_t shortest_text(double v, bool single, char type, char *text) {
  Decimal d = single ? shortest_decimal(static_cast<float>(v)) : shortest_decimal(v);
  int n = d.significand == 0 ? 1 : detail::decimal_length(d.significand);
  int point = n + d.exponent;
  auto digits_ending_at = [&d, single](char *end) {
    if (single)
      detail::write_9_digits(d.significand, end - 9);
    else
      detail::write_17_digits(d.significand, end - 17);
  };
  bool scientific = type == 'e' || type == 'E' || (type == 0 && scientific_is_shorter(n, point));
  if (scientific) {
    // d.ddd: the digits one place to the right, then the first moved back over the point.
    digits_ending_at(text + 1 + n);
    text[0] = text[1];
    size_t length = 1;
    if (n > 1) {
      text[1] = '.';
      length = static_cast<size_t>(n) + 1;
    }
    int exp = point - 1;
    text[length++] = type == 'E' ? 'E' : 'e';
    text[length++] = exp < 0 ? '-' : '+';
    unsigned e = static_cast<unsigned>(exp < 0 ? -exp : exp);
    if (e >= 100) {
      text[length++] = static_cast<char>('0' + e / 100);
      e %= 100;
    }
    text[length++] = static_cast<char>('0' + e / 10);
    text[length++] = static_cast<char>('0' + e % 10);
    return length;
  }
  if (point <= 0) { // 0.000ddd
    size_t zeros = static_cast<size_t>(-point), length = 2 + zeros + static_cast<size_t>(n);
    if (length > shortest_room) return 0;
    for (size_t i = 0; i < zeros; ++i) text[2 + i] = '0';
    digits_ending_at(text + length);
    text[0] = '0';
    text[1] = '.';
    return length;
  }
  if (point < n) { // ddd.ddd: the integer digits moved one place to the left, over the point
    digits_ending_at(text + 1 + n);
    for (int i = 0; i < point; ++i) text[i] = text[i + 1];
    text[point] = '.';
    return static_cast<size_t>(n) + 1;
  }
  // An integer: below 2^53 (2^24) its trailing zeros are exact.
  if (point > n && point > (single ? 7 : 15)) return 0;
  digits_ending_at(text + n);
  for (int i = n; i < point; ++i) text[i] = '0';
  return static_cast<size_t>(point);
}

} // namespace

void format_float(Sink &out, double v, bool single, const Spec &spec) {
  bool negative = __builtin_signbit(v);
  char sign = negative ? '-' : spec.sign;
  if (negative) v = -v;
  char type = spec.type;
  bool upper = type == 'E' || type == 'F' || type == 'G';
  Layout l{nullptr, 0, 0, 0, spec.alternate, false, upper};
  if (__builtin_isnan(v) || __builtin_isinf(v)) {
    const char *word = __builtin_isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    write_padded(out, sign, word, 3, spec, false);
    return;
  }
  int precision = spec.precision;
  bool shortest = precision < 0 && (type == 0 || type == 'e' || type == 'E' || type == 'f' || type == 'F');
  if (shortest && !spec.alternate) {
    char room[shortest_slack + shortest_room];
    char *text = room + shortest_slack;
    if (size_t length = shortest_text(v, single, type, text)) {
      if (spec.width == 0) { // the sign goes in front of the text (into the slack): one copy for it all
        text[-1] = sign;
        write_short(out, text - (sign != 0), length + (sign != 0));
        return;
      }
      write_padded(out, sign, text, length, spec, true);
      return;
    }
  }
  char digits[max_float_digits];
  l.digits = digits;
  if (shortest) {
    // Shortest round trip; with no type, whichever of fixed and scientific is shorter (fixed on a tie).
    l.n = single ? shortest_digits(static_cast<float>(v), digits, l.point) : shortest_digits(v, digits, l.point);
    if (l.n == 0) l.point = 1;
    bool scientific = type == 'e' || type == 'E' || (type == 0 && scientific_is_shorter(l.n > 0 ? l.n : 1, l.point));
    l.scientific = scientific;
    // A fixed-notation integer longer than its shortest digits shows its exact digits, not padding zeros, as
    // std::to_chars does: 2^60 is 1152921504606846976, not 1152921504606847000. (Such a double is an integer.)
    if (!scientific && l.point > l.n) l.n = fixed_digits(v, 0, digits, l.point);
    l.precision = scientific ? (l.n > 1 ? l.n - 1 : 0) : fixed_fraction(l.n, l.point);
  } else if (type == 'f' || type == 'F') {
    l.n = fixed_digits(v, precision, digits, l.point);
    l.precision = precision;
  } else if (type == 'e' || type == 'E') {
    l.n = significant_digits(v, precision + 1, digits, l.point);
    l.scientific = true;
    l.precision = precision;
  } else {
    // General (%g): precision P significant digits; fixed if the exponent X satisfies -4 <= X < P. Trailing
    // zeros go unless '#'.
    int p = precision < 0 ? 6 : precision == 0 ? 1 : precision;
    l.n = significant_digits(v, p, digits, l.point);
    int exp = l.n > 0 ? l.point - 1 : 0;
    l.scientific = !(exp < p && exp >= -4);
    if (spec.alternate)
      l.precision = l.scientific ? p - 1 : p - 1 - exp;
    else
      l.precision = l.scientific ? (l.n > 1 ? l.n - 1 : 0) : fixed_fraction(l.n, l.n > 0 ? l.point : 1);
  }
  write_with_padding(out, sign, l, spec);
}

} // namespace solo::fmt
