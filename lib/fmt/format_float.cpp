// Laying out floating-point digits (from float_shortest.cpp / float_exact.cpp) as fixed or scientific text with
// sign, padding and the `#` and `0` flags. Every layout is run twice: once counting (for the width), once writing,
// so a huge precision costs no buffer: its zeros are filled in, not stored.
#include <solo/fmt.hpp>
#include <solo/fmt/float.hpp>

namespace solo::fmt {

namespace {

struct Counter {
  size_t n = 0;
  void write(const char *, size_t k) { n += k; }
  void put(char) { ++n; }
  void fill(char, size_t k) { n += k; }
};

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

template <class Out> void emit(Out &o, const Layout &l) {
  const char *d = l.digits;
  int n = l.n;
  if (l.scientific) {
    o.put(n > 0 ? d[0] : '0');
    if (l.precision > 0 || l.point_always) o.put('.');
    int have = n > 1 ? n - 1 : 0;
    if (have > l.precision) have = l.precision;
    o.write(d + 1, static_cast<size_t>(have));
    o.fill('0', static_cast<size_t>(l.precision - have));
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
    o.fill('0', static_cast<size_t>(point - have));
  }
  if (l.precision > 0 || l.point_always) o.put('.');
  int done = 0;
  if (point < 0) { // leading zeros of the fraction
    int z = -point < l.precision ? -point : l.precision;
    o.fill('0', static_cast<size_t>(z));
    done = z;
  }
  int first = point > 0 ? point : 0; // index of the first fraction digit in d
  if (done < l.precision && first < n) {
    int k = n - first;
    if (k > l.precision - done) k = l.precision - done;
    o.write(d + first, static_cast<size_t>(k));
    done += k;
  }
  o.fill('0', static_cast<size_t>(l.precision - done));
}

// Fraction digits needed to show all of n digits at `point` in fixed notation.
int fixed_fraction(int n, int point) { return n > point ? n - point : 0; }

void write_with_padding(Sink &out, char sign, const Layout &l, const Spec &spec, bool finite) {
  Counter c;
  if (finite) emit(c, l);
  size_t body = (finite ? c.n : 3) + (sign ? 1 : 0);
  const char *special = l.upper ? (l.n ? "NAN" : "INF") : (l.n ? "nan" : "inf");
  size_t width = static_cast<size_t>(spec.width);
  if (finite && spec.zero && spec.align == 0) {
    if (sign) out.put(sign);
    if (width > body) out.fill('0', width - body);
    emit(out, l);
    return;
  }
  size_t pad = width > body ? width - body : 0;
  char align = spec.align ? spec.align : '>';
  size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  out.fill(spec.fill, left);
  if (sign) out.put(sign);
  if (finite)
    emit(out, l);
  else
    out.write(special, 3);
  out.fill(spec.fill, pad - left);
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
    l.n = __builtin_isnan(v); // which word: nan or inf
    write_with_padding(out, sign, l, spec, false);
    return;
  }
  char digits[max_float_digits];
  l.digits = digits;
  int precision = spec.precision;
  if (precision < 0 && (type == 0 || type == 'e' || type == 'E' || type == 'f' || type == 'F')) {
    // Shortest round trip; with no type, whichever of fixed and scientific is shorter (fixed on a tie).
    l.n = single ? shortest_digits(static_cast<float>(v), digits, l.point) : shortest_digits(v, digits, l.point);
    if (l.n == 0) l.point = 1;
    bool scientific = type == 'e' || type == 'E';
    if (type == 0) {
      int n = l.n > 0 ? l.n : 1, p = l.point, exp = p - 1;
      int fixed_len = p <= 0 ? 2 - p + n : p < n ? n + 1 : p;
      int sci_len = n + (n > 1 ? 1 : 0) + 2 + (exp >= 100 || exp <= -100 ? 3 : 2);
      scientific = sci_len < fixed_len;
    }
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
  write_with_padding(out, sign, l, spec, true);
}

} // namespace solo::fmt
