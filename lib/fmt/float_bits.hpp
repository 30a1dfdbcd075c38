// A finite, non-negative floating-point number as an integer mantissa and a power of two (v = f * 2^e), and the
// integer logarithms the conversions need. The logarithm formulas are exact over the ranges given (the unit
// tests check every value against big-integer comparisons of the powers themselves).
#pragma once

#include "uint128.hpp"

namespace solo::fmt::detail {

struct Binary {
  uint64_t f;
  int e;
  bool lower_closer; // f is a power of two above the smallest exponent: the gap below v is half the gap above
};

template <class Float, class Bits, int mantissa_bits, int exponent_bias> inline Binary decompose(Float v) noexcept {
  Bits bits = __builtin_bit_cast(Bits, v);
  uint64_t mantissa = bits & ((Bits(1) << mantissa_bits) - 1);
  int biased = static_cast<int>((bits >> mantissa_bits) & ((Bits(1) << (sizeof(Bits) * 8 - 1 - mantissa_bits)) - 1));
  const int min_e = 1 - exponent_bias - mantissa_bits;
  if (biased == 0) return {mantissa, min_e, false}; // subnormal (or zero): no hidden bit
  uint64_t f = mantissa | (uint64_t(1) << mantissa_bits);
  int e = biased - exponent_bias - mantissa_bits;
  return {f, e, mantissa == 0 && biased > 1};
}

inline Binary decompose(double v) noexcept { return decompose<double, uint64_t, 52, 1023>(v); }
inline Binary decompose(float v) noexcept { return decompose<float, uint32_t, 23, 127>(v); }

// floor(log10(2^p)) for |p| <= 1500 (78913 / 2^18 approximates log10(2) closely enough over that range).
constexpr int floor_log10_pow2(int p) noexcept { return (p * 78913) >> 18; }

// floor(log10(3/4 * 2^p)) for |p| <= 1100: the decimal exponent at the bottom of a binade's lower, narrower gap.
constexpr int floor_log10_three_quarters_pow2(int p) noexcept { return (p * 631306 - 261644) >> 21; }

// floor(log2(10^e)) for |e| <= 400.
constexpr int floor_log2_pow10(int e) noexcept { return (e * 1741647) >> 19; }

} // namespace solo::fmt::detail
