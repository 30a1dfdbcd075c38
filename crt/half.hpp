// IEEE binary16 (_Float16) to and from float and double, for the compiler-runtime calls clang makes where the
// target has no conversion instruction (x86-64 without F16C, riscv64 without Zfh): crt/half.cpp. Rounding
// is to nearest, ties to even; NaNs stay NaNs (quiet, with the top of their payload).
#pragma once

#include "float_traits.hpp"

namespace solo::crt {

inline float half_to_float(uint16_t h) {
  uint32_t sign = static_cast<uint32_t>(h & 0x8000) << 16;
  uint32_t exponent = (h >> 10) & 0x1f, fraction = h & 0x3ff;
  if (exponent == 0x1f) return from_bits<float>(sign | 0x7f800000 | (fraction << 13)); // infinity, NaN
  if (exponent != 0) return from_bits<float>(sign | ((exponent + 127 - 15) << 23) | (fraction << 13));
  // Zero or subnormal: fraction * 2^-24, exact in a float.
  float magnitude = static_cast<float>(fraction) * power_of_two<float>(-24);
  return from_bits<float>(sign | bits_of(magnitude));
}

// Rounds `mantissa * 2^shift`-scaled bits: drops `shift` low bits of v, to nearest with ties to even.
inline uint64_t shift_right_rounded(uint64_t v, int shift) {
  if (shift >= 64) return 0; // v < 2^64 <= half a unit: rounds to zero
  uint64_t kept = v >> shift, rest = v & ((uint64_t(1) << shift) - 1), half = uint64_t(1) << (shift - 1);
  return kept + (rest > half || (rest == half && (kept & 1)) ? 1 : 0);
}

// Any float or double to the nearest half.
template <class Float> inline uint16_t to_half(Float x) {
  using T = FloatTraits<Float>;
  BitsOf<Float> bits = bits_of(x);
  uint16_t sign = static_cast<uint16_t>((bits >> (sizeof(Float) * 8 - 16)) & 0x8000);
  BitsOf<Float> magnitude = bits & ~sign_bit<Float>;
  int exponent = static_cast<int>(magnitude >> T::mantissa) - T::bias; // unbiased
  BitsOf<Float> fraction = magnitude & fraction_mask<Float>;
  if (exponent == T::exponent_max - T::bias) { // infinity or NaN
    if (fraction == 0) return sign | 0x7c00;
    return static_cast<uint16_t>(sign | 0x7e00 | (fraction >> (T::mantissa - 10)));
  }
  if (exponent < -25) return sign; // below half the smallest subnormal (2^-25): zero
  uint64_t mantissa = static_cast<uint64_t>(fraction) | (uint64_t(1) << T::mantissa);
  if (exponent < -14) { // a half subnormal: units of 2^-24
    uint64_t units = shift_right_rounded(mantissa, T::mantissa - 24 - exponent);
    return static_cast<uint16_t>(sign | units); // may round up to the smallest normal, which encodes alike
  }
  // Normal: 10 fraction bits; rounding may carry into the exponent, and up to infinity.
  uint64_t rounded = shift_right_rounded(mantissa, T::mantissa - 10); // 2^10 .. 2^11
  int e = exponent + 15;
  if (rounded == (uint64_t(1) << 11)) {
    rounded >>= 1;
    ++e;
  }
  if (e >= 0x1f) return sign | 0x7c00;
  return static_cast<uint16_t>(sign | (e << 10) | (rounded & 0x3ff));
}

} // namespace solo::crt
