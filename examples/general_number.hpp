// sort -g: a number as the C library's strtold reads it in the C locale, rounded as strtold rounds it, kept in
// the form ordering needs. GNU's sort compares strtold's long doubles, so two keys that round to the same long
// double are equal there (then the whole lines decide), and "1e99999" is infinity. Here the value is kept exact
// in a big integer and rounded once, to nearest with ties to even, to the target's long double as <float.h>
// describes it: 64 significant bits on x86-64 (the x87 format), 113 on aarch64 and riscv64 (binary128), 53
// where a long double is a double; gradual underflow to the smallest subnormal, overflow to infinity.
#pragma once

#include <solo/string_view.hpp>
#include <solo/vector.hpp>

#include <stdint.h>

namespace tool {

struct GeneralNumber {
  enum class Kind { None, NaN, Number }; // None: strtold converts nothing
  Kind kind = Kind::None;
  bool negative = false;
  bool infinite = false;
  int exponent = 0;                // a finite value is mantissa * 2^exponent
  solo::Vector<uint32_t> mantissa; // little-endian 32-bit limbs, no high zero limb; empty for zero
};

namespace general_number {

constexpr int precision = __LDBL_MANT_DIG__;
constexpr int lowest_bit = __LDBL_MIN_EXP__ - __LDBL_MANT_DIG__; // the smallest subnormal is 2^lowest_bit
constexpr int max_exponent = __LDBL_MAX_EXP__;                   // every finite value is below 2^max_exponent

// Digits beyond these are only "something non-zero follows": an exact halfway point between two binary128
// values needs at most about 11,500 significant decimal digits, and 3,000 hexadecimal digits hold 12,000 bits.
constexpr int max_decimal_digits = 12000, max_hex_digits = 3000;

using Limbs = solo::Vector<uint32_t>;

inline void trim(Limbs &v) {
  while (!v.empty() && v.back() == 0) v.pop();
}

// v = v * m + add
inline void mul_add(Limbs &v, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t &limb : v) {
    uint64_t t = static_cast<uint64_t>(limb) * m + carry;
    limb = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  if (carry) v.push(static_cast<uint32_t>(carry));
}

// v = v * 10^k
inline void mul_pow10(Limbs &v, long k) {
  for (; k >= 9; k -= 9) mul_add(v, 1000000000u, 0);
  uint32_t rest = 1;
  for (; k > 0; --k) rest *= 10;
  if (rest > 1) mul_add(v, rest, 0);
}

inline int bit_length(const Limbs &v) {
  return v.empty() ? 0 : static_cast<int>(v.size() - 1) * 32 + 32 - __builtin_clz(v.back());
}

inline bool bit(const Limbs &v, int i) {
  size_t w = static_cast<size_t>(i / 32);
  return w < v.size() && (v[w] >> (i % 32) & 1);
}

// Whether any of the bits below position i is set.
inline bool any_below(const Limbs &v, int i) {
  size_t w = static_cast<size_t>(i / 32);
  for (size_t k = 0; k < w && k < v.size(); ++k)
    if (v[k]) return true;
  return w < v.size() && i % 32 != 0 && (v[w] & ((1u << (i % 32)) - 1));
}

inline Limbs shifted_left(const Limbs &v, int bits) {
  Limbs out;
  if (v.empty()) return out;
  size_t words = static_cast<size_t>(bits / 32);
  int rest = bits % 32;
  out.reserve(v.size() + words + 1);
  for (size_t i = 0; i < words; ++i) out.push(0);
  uint32_t carry = 0;
  for (uint32_t limb : v) {
    out.push(rest ? (limb << rest) | carry : limb);
    carry = rest ? limb >> (32 - rest) : 0;
  }
  if (carry) out.push(carry);
  return out;
}

inline Limbs shifted_right(const Limbs &v, int bits) {
  Limbs out;
  size_t words = static_cast<size_t>(bits / 32);
  int rest = bits % 32;
  for (size_t i = words; i < v.size(); ++i) {
    uint32_t high = i + 1 < v.size() ? v[i + 1] : 0;
    out.push(rest ? (v[i] >> rest) | (high << (32 - rest)) : v[i]);
  }
  trim(out);
  return out;
}

inline int compare(const Limbs &a, const Limbs &b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

// a -= b, where a >= b
inline void subtract(Limbs &a, const Limbs &b) {
  uint64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t t = static_cast<uint64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    a[i] = static_cast<uint32_t>(t);
    borrow = t >> 63;
  }
  trim(a);
}

// Rounds n * 2^x (plus a little more when `sticky`: digits left out were not all zero) to a long double.
inline void round_into(GeneralNumber &out, const Limbs &n, int x, bool sticky) {
  int length = bit_length(n);
  if (length == 0) return; // zero
  if (static_cast<long>(length) + x > max_exponent + 1) {
    out.infinite = true;
    return;
  }
  long shift = length - precision;
  if (x + shift < lowest_bit) shift = static_cast<long>(lowest_bit) - x;
  if (shift > length) return; // below half the smallest subnormal: zero
  Limbs m;
  if (shift > 0) {
    int s = static_cast<int>(shift);
    m = shifted_right(n, s);
    bool half = bit(n, s - 1), rest = sticky || any_below(n, s - 1);
    if (half && (rest || (!m.empty() && (m[0] & 1)))) {
      mul_add(m, 1, 1);
      if (bit_length(m) > precision) {
        m = shifted_right(m, 1);
        ++shift;
      }
    }
  } else {
    m = shifted_left(n, static_cast<int>(-shift));
  }
  out.exponent = x + static_cast<int>(shift);
  if (m.empty()) return;
  if (out.exponent + precision > max_exponent) {
    out.infinite = true;
    return;
  }
  out.mantissa = solo::move(m);
}

// v >>= 1, in place (divide's inner step: no allocation per quotient bit).
inline void halve(Limbs &v) {
  for (size_t i = 0; i < v.size(); ++i) v[i] = v[i] >> 1 | (i + 1 < v.size() ? v[i + 1] << 31 : 0);
  trim(v);
}

// floor(n * 2^s / d), with whether a remainder is left, where the quotient has at least precision + 2 bits.
inline Limbs divide(const Limbs &n, int s, const Limbs &d, bool &remainder) {
  Limbs r = shifted_left(n, s);
  int bits = bit_length(r) - bit_length(d);
  Limbs q;
  if (bits < 0) {
    remainder = !r.empty();
    return q;
  }
  q.resize(static_cast<size_t>(bits / 32 + 1), 0);
  Limbs t = shifted_left(d, bits);
  for (int i = bits; i >= 0; --i) {
    if (compare(r, t) >= 0) {
      subtract(r, t);
      q[static_cast<size_t>(i / 32)] |= 1u << (i % 32);
    }
    if (i > 0) halve(t);
  }
  trim(q);
  remainder = !r.empty();
  return q;
}

inline bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
inline bool starts_with_word(solo::StringView s, solo::StringView word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (lower(s[i]) != word[i]) return false;
  return true;
}
inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = lower(c);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// An exponent's digits after its letter, an optional sign first; false (nothing read) without a digit. Large
// values saturate: the value is zero or infinite long before.
inline bool exponent_digits(solo::StringView s, size_t &i, long &value) {
  size_t j = i;
  bool minus = false;
  if (j < s.size() && (s[j] == '+' || s[j] == '-')) minus = s[j++] == '-';
  if (j >= s.size() || s[j] < '0' || s[j] > '9') return false;
  long v = 0;
  for (; j < s.size() && s[j] >= '0' && s[j] <= '9'; ++j)
    if (v < 100000000) v = v * 10 + (s[j] - '0');
  value = minus ? -v : v;
  i = j;
  return true;
}

// The digits of a number in `base` (10 or 16) from s[i], with at most one point: their value n without the
// point, and the exponent (of 10, or of 2: `step` is 1 or 4 per digit) that puts the point back. Digits past
// `max_kept` significant ones only say whether something non-zero follows (`sticky`).
struct Digits {
  Limbs n;
  long exponent = 0;
  int kept = 0;
  bool any = false, sticky = false;
  size_t end = 0;
};

inline Digits scan_digits(solo::StringView s, size_t i, int base, int max_kept, int step) {
  Digits d;
  bool point = false;
  for (; i < s.size(); ++i) {
    if (s[i] == '.' && !point) {
      point = true;
      continue;
    }
    int v = hex_value(s[i]);
    if (v < 0 || v >= base) break;
    d.any = true;
    if (d.n.empty() && v == 0) {
      if (point) d.exponent -= step;
      continue;
    }
    if (d.kept < max_kept) {
      mul_add(d.n, static_cast<uint32_t>(base), static_cast<uint32_t>(v));
      ++d.kept;
      if (point) d.exponent -= step;
    } else {
      d.sticky |= v != 0;
      if (!point) d.exponent += step;
    }
  }
  // An exponent: e for decimal (of 10), p for hexadecimal (of 2).
  long e = 0;
  char letter = base == 10 ? 'e' : 'p';
  if (d.any && i < s.size() && lower(s[i]) == letter && exponent_digits(s, ++i, e)) d.exponent += e;
  d.end = i;
  return d;
}

// Hexadecimal digits and point after "0x": false when there is no digit (strtold then reads the "0" alone).
inline bool hexadecimal(GeneralNumber &out, solo::StringView s, size_t i) {
  Digits d = scan_digits(s, i, 16, max_hex_digits, 4);
  if (!d.any) return false;
  out.kind = GeneralNumber::Kind::Number;
  if (d.sticky) {
    mul_add(d.n, 2, 1);
    --d.exponent;
  }
  long length = bit_length(d.n);
  if (length == 0) return true;
  if (length + d.exponent > max_exponent + 1) {
    out.infinite = true;
    return true;
  }
  if (length + d.exponent < lowest_bit - 1) return true; // zero
  round_into(out, d.n, static_cast<int>(d.exponent), false);
  return true;
}

// Decimal digits and point, at least one digit; false without one.
inline bool decimal(GeneralNumber &out, solo::StringView s, size_t i) {
  Digits d = scan_digits(s, i, 10, max_decimal_digits, 1);
  if (!d.any) return false;
  out.kind = GeneralNumber::Kind::Number;
  if (d.n.empty()) return true;
  if (d.sticky) {
    mul_add(d.n, 10, 1);
    --d.exponent;
  }
  // kept digits: 10^(kept - 1 + exponent) <= value < 10^(kept + exponent). The largest long double is below
  // 1.2e4932, half the smallest subnormal above 3e-4967 (binary128; x87's and double's are larger).
  long magnitude = d.kept + (d.sticky ? 1 : 0) + d.exponent;
  if (magnitude > 4934) {
    out.infinite = true;
    return true;
  }
  if (magnitude < -4970) return true; // zero
  if (d.exponent >= 0) {
    mul_pow10(d.n, d.exponent);
    round_into(out, d.n, 0, false);
    return true;
  }
  Limbs divisor;
  divisor.push(1);
  mul_pow10(divisor, -d.exponent);
  int s2 = bit_length(divisor) - bit_length(d.n) + precision + 3;
  if (s2 < 0) s2 = 0;
  bool remainder = false;
  Limbs q = divide(d.n, s2, divisor, remainder);
  round_into(out, q, -s2, remainder);
  return true;
}

} // namespace general_number

// What strtold reads at the start of s (leading white space skipped; a sign; infinity, a NaN, a hexadecimal or
// a decimal number), rounded to a long double.
inline GeneralNumber parse_general_number(solo::StringView s) {
  using namespace general_number;
  GeneralNumber out;
  size_t i = 0;
  while (i < s.size() && is_space(s[i])) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  solo::StringView rest = s.substr(i);
  bool hex_prefix = rest.size() >= 2 && rest[0] == '0' && lower(rest[1]) == 'x';
  if (starts_with_word(rest, "inf")) {
    out.kind = GeneralNumber::Kind::Number;
    out.infinite = true;
  } else if (starts_with_word(rest, "nan")) {
    out.kind = GeneralNumber::Kind::NaN;
  } else if (!(hex_prefix && hexadecimal(out, s, i + 2))) {
    (void)decimal(out, s, i); // "0x" without a hexadecimal digit is the 0 before it
  }
  out.negative = negative;
  return out;
}

// The order of two keys under -g, as GNU's sort has it: keys that do not convert first (equal to each other),
// then NaNs, then numbers by value, -0 equal to 0. GNU's sort orders NaNs by the bytes of the long double, where
// the sign comes after the payload: "nan" before "-nan". Past that its order is not reproducible (on x86-64
// six of those bytes are padding, whatever the stack held), so NaNs of a sign are equal here, a payload
// ("nan(12)") left out.
inline int compare_general_numbers(const GeneralNumber &a, const GeneralNumber &b) {
  using Kind = GeneralNumber::Kind;
  if (a.kind != b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.kind == Kind::None) return 0;
  if (a.kind == Kind::NaN) return a.negative == b.negative ? 0 : a.negative ? 1 : -1;
  bool a_zero = !a.infinite && a.mantissa.empty(), b_zero = !b.infinite && b.mantissa.empty();
  int sa = a_zero ? 0 : a.negative ? -1 : 1, sb = b_zero ? 0 : b.negative ? -1 : 1;
  if (sa != sb) return sa < sb ? -1 : 1;
  if (sa == 0) return 0;
  int magnitude; // |a| against |b|
  if (a.infinite || b.infinite)
    magnitude = a.infinite == b.infinite ? 0 : a.infinite ? 1 : -1;
  else if (a.exponent != b.exponent)
    magnitude = a.exponent < b.exponent ? -1 : 1;
  else
    magnitude = general_number::compare(a.mantissa, b.mantissa);
  return sa < 0 ? -magnitude : magnitude;
}

} // namespace tool
