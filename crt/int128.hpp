// The run-time helpers clang calls for 128-bit integers on 64-bit targets (crt/int128.cpp, crt/int128_float.cpp
// give them their compiler-runtime names): division and remainder (__udivti3, __divti3, __umodti3, __modti3),
// multiplication with overflow (__muloti4, from __builtin_mul_overflow), the shifts and the product that
// clang calls instead of inlining them when it optimises for size (-Os, -Oz: __ashlti3, __lshrti3, __ashrti3,
// __multi3), and conversions to and from
// double and float (__floattidf, __fixdfti, ...). Written here so that the hosted unit tests can compare them
// with the compiler runtime the host links (tests/unit/c_symbols_test.cpp).
#pragma once

// Only the 64-bit targets have __int128.
#ifdef __SIZEOF_INT128__

#include "float_traits.hpp"

#include <stdint.h>

namespace solo::crt {

using u128 = unsigned __int128;
using i128 = __int128;

// (high:low) / d for high < d, by the schoolbook method on 32-bit digits (Hacker's Delight, divlu): the
// quotient, and the remainder in `rem`.
inline uint64_t divide_128_by_64(uint64_t high, uint64_t low, uint64_t d, uint64_t &rem) {
  constexpr uint64_t base = 1ull << 32;
  int s = __builtin_clzll(d);
  d <<= s;
  uint64_t d1 = d >> 32, d0 = d & 0xffffffff;
  uint64_t n32 = s == 0 ? high : (high << s) | (low >> (64 - s));
  uint64_t n10 = low << s;
  uint64_t n1 = n10 >> 32, n0 = n10 & 0xffffffff;
  uint64_t q1 = n32 / d1, r = n32 - q1 * d1;
  while (q1 >= base || q1 * d0 > (r << 32) + n1) {
    --q1;
    r += d1;
    if (r >= base) break;
  }
  uint64_t n21 = (n32 << 32) + n1 - q1 * d;
  uint64_t q0 = n21 / d1;
  r = n21 - q0 * d1;
  while (q0 >= base || q0 * d0 > (r << 32) + n0) {
    --q0;
    r += d1;
    if (r >= base) break;
  }
  rem = ((n21 << 32) + n0 - q0 * d) >> s;
  return (q1 << 32) + q0;
}

// n / d and n % d. Division by zero traps, as the hardware division of the smaller types does.
inline u128 divide(u128 n, u128 d, u128 &rem) {
  if (d == 0) __builtin_trap();
  uint64_t nh = static_cast<uint64_t>(n >> 64), nl = static_cast<uint64_t>(n);
  uint64_t dh = static_cast<uint64_t>(d >> 64), dl = static_cast<uint64_t>(d);
  if (dh == 0) {
    if (nh == 0) { // both fit in 64 bits
      rem = nl % dl;
      return nl / dl;
    }
    uint64_t qh = nh / dl, r;
    uint64_t ql = divide_128_by_64(nh % dl, nl, dl, r);
    rem = r;
    return (static_cast<u128>(qh) << 64) | ql;
  }
  if (n < d) {
    rem = n;
    return 0;
  }
  // d has 65 or more bits, so the quotient fits in 64: estimate it from d's top 64 bits (Hacker's Delight,
  // divllu), then correct it by one.
  int s = __builtin_clzll(dh);
  uint64_t top = static_cast<uint64_t>((d << s) >> 64);
  u128 half = n >> 1;
  uint64_t r;
  uint64_t q = divide_128_by_64(static_cast<uint64_t>(half >> 64), static_cast<uint64_t>(half), top, r);
  q = static_cast<uint64_t>((static_cast<u128>(q) << s) >> 63);
  if (q != 0) --q;
  u128 left = n - static_cast<u128>(q) * d;
  if (left >= d) {
    ++q;
    left -= d;
  }
  rem = left;
  return q;
}

// The shifts by 0..127 bits and the product, on 64-bit halves: written with __int128's own operators they would
// compile, at -Oz, into calls to themselves.
inline uint64_t high_half(u128 v) { return static_cast<uint64_t>(v >> 64); }
inline u128 from_halves(uint64_t high, uint64_t low) { return static_cast<u128>(high) << 64 | low; }

inline u128 shift_left(u128 v, int n) {
  uint64_t high = high_half(v), low = static_cast<uint64_t>(v);
  if (n == 0) return v;
  if (n >= 64) return from_halves(low << (n - 64), 0);
  return from_halves(high << n | low >> (64 - n), low << n);
}

inline u128 shift_right(u128 v, int n) {
  uint64_t high = high_half(v), low = static_cast<uint64_t>(v);
  if (n == 0) return v;
  if (n >= 64) return from_halves(0, high >> (n - 64));
  return from_halves(high >> n, low >> n | high << (64 - n));
}

// Arithmetic: the sign fills the vacated bits.
inline i128 shift_right_signed(i128 v, int n) {
  int64_t high = static_cast<int64_t>(high_half(static_cast<u128>(v)));
  uint64_t low = static_cast<uint64_t>(v);
  if (n == 0) return v;
  if (n >= 64)
    return static_cast<i128>(from_halves(static_cast<uint64_t>(high >> 63), static_cast<uint64_t>(high >> (n - 64))));
  return static_cast<i128>(
      from_halves(static_cast<uint64_t>(high >> n), low >> n | static_cast<uint64_t>(high) << (64 - n)));
}

// The low 128 bits of a * b, from 32-bit pieces of the low halves and the two cross products.
inline u128 multiply(u128 a, u128 b) {
  uint64_t a0 = static_cast<uint64_t>(a), b0 = static_cast<uint64_t>(b);
  uint64_t al = a0 & 0xffffffff, ah = a0 >> 32, bl = b0 & 0xffffffff, bh = b0 >> 32;
  uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  uint64_t middle = (ll >> 32) + (lh & 0xffffffff) + (hl & 0xffffffff);
  uint64_t low = (middle << 32) | (ll & 0xffffffff);
  uint64_t high = hh + (lh >> 32) + (hl >> 32) + (middle >> 32);
  high += a0 * high_half(b) + high_half(a) * b0;
  return from_halves(high, low);
}

inline u128 magnitude(i128 v) { return v < 0 ? 0 - static_cast<u128>(v) : static_cast<u128>(v); }

// Quotients truncate toward zero; remainders take the dividend's sign (as for the smaller types).
inline i128 divide_signed(i128 n, i128 d) {
  u128 rem;
  u128 q = divide(magnitude(n), magnitude(d), rem);
  return static_cast<i128>((n < 0) != (d < 0) ? 0 - q : q);
}

inline i128 remainder_signed(i128 n, i128 d) {
  u128 rem;
  (void)divide(magnitude(n), magnitude(d), rem);
  return static_cast<i128>(n < 0 ? 0 - rem : rem);
}

// a * b, wrapped; `overflow` says whether the exact product fits in 128 signed bits.
inline i128 multiply_checked(i128 a, i128 b, bool &overflow) {
  u128 x = magnitude(a), y = magnitude(b);
  uint64_t xh = static_cast<uint64_t>(x >> 64), xl = static_cast<uint64_t>(x);
  uint64_t yh = static_cast<uint64_t>(y >> 64), yl = static_cast<uint64_t>(y);
  bool big = xh != 0 && yh != 0;
  // x * y = xh*yl*2^64 + xl*yh*2^64 + xl*yl (xh*yh is zero unless `big`).
  u128 cross = static_cast<u128>(xh) * yl + static_cast<u128>(xl) * yh; // at most one term is non-zero
  u128 low = static_cast<u128>(xl) * yl;
  if ((cross >> 64) != 0) big = true;
  u128 product = low + (cross << 64);
  if (product < low) big = true;
  bool negative = (a < 0) != (b < 0) && x != 0 && y != 0;
  constexpr u128 limit = static_cast<u128>(1) << 127;
  overflow = big || (negative ? product > limit : product >= limit);
  return static_cast<i128>(static_cast<u128>(a) * static_cast<u128>(b));
}

// --- conversions -----------------------------------------------------------------------------------------

// A 128-bit value cut to its top 64 bits, the dropped bits kept as a sticky bit 0: converting that to a
// double or float rounds exactly as converting the whole value would. `shift` gets the bits dropped.
inline uint64_t top_bits_sticky(u128 v, int &shift) {
  uint64_t high = static_cast<uint64_t>(v >> 64);
  shift = high == 0 ? 0 : 64 - __builtin_clzll(high);
  if (shift == 0) return static_cast<uint64_t>(v);
  u128 dropped = v & ((static_cast<u128>(1) << shift) - 1);
  return static_cast<uint64_t>(v >> shift) | (dropped != 0 ? 1 : 0);
}

// Rounded to nearest, ties to even; 2^128 and more as a float is infinity, as it should be.
template <class Float> Float from_u128(u128 v) {
  int shift;
  uint64_t top = top_bits_sticky(v, shift);
  return static_cast<Float>(top) * power_of_two<Float>(shift); // exact: a power of two, at most 2^64
}
template <class Float> Float from_i128(i128 v) {
  Float m = from_u128<Float>(magnitude(v));
  return v < 0 ? -m : m;
}

// Truncation toward zero. Out of range (NaN too) is undefined in C; these saturate, as compiler-rt does.
template <class Float> u128 to_u128(Float x) {
  using T = FloatTraits<Float>;
  if (!(x >= 1)) return 0; // NaN, negative, below one
  int e = biased_exponent(x) - T::bias;
  if (e >= 128) return ~static_cast<u128>(0);
  u128 m = (bits_of(x) & fraction_mask<Float>) | (BitsOf<Float>(1) << T::mantissa);
  return e >= T::mantissa ? m << (e - T::mantissa) : m >> (T::mantissa - e);
}

template <class Float> i128 to_i128(Float x) {
  constexpr i128 max = static_cast<i128>(~static_cast<u128>(0) >> 1);
  if (x != x) return 0;
  Float a = x < 0 ? -x : x;
  if (biased_exponent(a) - FloatTraits<Float>::bias >= 127) return x < 0 ? -max - 1 : max;
  u128 m = to_u128(a);
  return x < 0 ? -static_cast<i128>(m) : static_cast<i128>(m);
}

} // namespace solo::crt

#endif // __SIZEOF_INT128__
