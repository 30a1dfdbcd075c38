// The precision formats' digits ({:.Nf}, {:.Ne}, {:.Ng}), correctly rounded (ties to even) by one of three
// paths:
// - v from 2^-75 to 2^64 in fixed notation, any precision: v's binary fraction has at most 128 bits, so
//   integer arithmetic on a 64-bit integer part and a 128-bit fraction gives every digit and the rounding
//   exactly, 19 digits per multiplication.
// - at most 18 digits wanted, anywhere else: round(v * 10^s) from one multiplication by a power of ten
//   (float_approx.hpp), its rare undecided halves settled exactly.
// - more digits of huge or tiny numbers: the big-integer expansion (float_exact.cpp).
#include "float_approx.hpp"
#include "float_paths.hpp"

#include <solo/fmt/float.hpp>

namespace solo::fmt {
namespace detail {
namespace {

// v = f * 2^e with -128 <= e <= 11, to `precision` digits after the point.
int fixed_point_digits(Binary b, int precision, char *digits, int &point) {
  uint64_t integer = 0;
  Uint128 fraction{0, 0}; // in units of 2^-128
  const uint64_t f = b.f;
  const int shift = -b.e;
  if (shift <= 0) {
    integer = f << -shift;
  } else if (shift <= 64) {
    integer = shift < 64 ? f >> shift : 0;
    fraction.hi = (f & (~uint64_t(0) >> (64 - shift))) << (64 - shift);
  } else { // all of f is fraction: f * 2^(128 - shift)
    fraction = {f >> 1 >> (shift - 65), f << (128 - shift)};
  }
  int n = 0;
  if (integer != 0) {
    n = decimal_length(integer);
    write_digits(integer, n, digits);
  }
  point = n;
  for (int left = precision; left > 0 && fraction != Uint128{0, 0};) {
    int m = left < 19 ? left : 19;
    Uint192 p = mul_128x64(fraction, pow10_u64.v[m]); // the next m digits above 2^128, the rest below
    left -= m;
    fraction = p.rest;
    if (n > 0) {
      write_digits(p.top, m, digits + n);
      n += m;
    } else if (p.top != 0) { // the first significant digits: the zeros before them only move the point
      n = decimal_length(p.top);
      point -= m - n;
      write_digits(p.top, n, digits);
    } else {
      point -= m;
    }
  }
  // Round half to even on what is left below the last digit kept.
  constexpr uint64_t half = uint64_t(1) << 63;
  bool odd = n > 0 && ((digits[n - 1] - '0') & 1) != 0;
  if (fraction.hi > half || (fraction.hi == half && (fraction.lo != 0 || odd))) {
    while (n > 0 && digits[n - 1] == '9') --n; // 0.1299|7 -> 0.13
    if (n == 0) {
      digits[n++] = '1'; // 9.99 -> 10
      ++point;
    } else {
      ++digits[n - 1];
    }
  }
  while (n > 0 && digits[n - 1] == '0') --n;
  return n;
}

// round(v * 10^s) for v * 10^s < 10^18 and s within the power table; also floor(v * 10^s) (give or take one
// near an integer) for v * 10^s < 2^64.
struct Rounded {
  uint64_t floor, value;
};
Rounded round_scaled(Binary b, int s, uint64_t margin) {
  const Uint128 g = pow10_significand(s);
  const int z = __builtin_clzll(b.f);
  // v * 10^s = (f << z) * 2^(e - z) * g * 2^(floor_log2_pow10(s) - 125) = a / 2^t with a = (f << z) * g / 2^64.
  const Uint128 a = mul_128x64_high(g, b.f << z);
  const int t = 61 - b.e + z - floor_log2_pow10(s); // at least 61, since the result is below 2^64
  Scaled w{0, 0};
  if (t < 64)
    w = {shift_in_from_above(a.hi, a.lo, t), a.lo << (64 - t)};
  else if (t < 128)
    w = {a.hi >> (t - 64), shift_in_from_above(a.hi, a.lo, t - 64)};
  else if (t < 192)
    w.fraction = a.hi >> (t - 128);
  int c = compare_to_half(w, {b.f, b.e, s}, margin);
  return {w.integer, w.integer + (c > 0 || (c == 0 && (w.integer & 1) != 0))};
}

// Zero's digits: none (float.hpp).
int zero(int &point) {
  point = 1;
  return 0;
}

// The decimal point position of v (v = 0.d1d2... * 10^point), or one less.
int point_estimate(Binary b) { return floor_log10_pow2(b.e + bit_length(b.f) - 1) + 1; }

} // namespace

int digits_of(Decimal d, char *digits, int &point) noexcept {
  if (d.significand == 0) return zero(point);
  int n = decimal_length(d.significand);
  point = n + d.exponent;
  n -= remove_trailing_zeros(d.significand);
  write_digits(d.significand, n, digits);
  return n;
}

int fixed_digits(double v, int precision, char *digits, int &point, uint64_t margin) noexcept {
  Binary b = decompose(v);
  if (b.f == 0) return zero(point);
  if (margin < default_margin) margin = default_margin;
  if (b.e >= -128 && b.e <= 11) return fixed_point_digits(b, precision, digits, point);
  if (point_estimate(b) + 1 + precision <= 18)
    return digits_of({round_scaled(b, precision, margin).value, -precision}, digits, point);
  return fixed_digits_exact(v, precision, digits, point);
}

int significant_digits(double v, int count, char *digits, int &point, uint64_t margin) noexcept {
  Binary b = decompose(v);
  if (b.f == 0) return zero(point);
  if (margin < default_margin) margin = default_margin;
  if (count > 18) return significant_digits_exact(v, count, digits, point);
  int s = count - point_estimate(b);
  Rounded r = round_scaled(b, s, margin);
  if (r.floor >= pow10_u64.v[count]) r = round_scaled(b, --s, margin); // the estimate was one low
  return digits_of({r.value, -s}, digits, point);
}

} // namespace detail

int fixed_digits(double v, int precision, char *digits, int &point) noexcept {
  return detail::fixed_digits(v, precision, digits, point, 0);
}

int significant_digits(double v, int count, char *digits, int &point) noexcept {
  return detail::significant_digits(v, count, digits, point, 0);
}

} // namespace solo::fmt
