// IEEE binary64 and binary32 as bits, for the C math functions and conversions in crt/ (c_math.hpp,
// int128.hpp, half.hpp): the same code serves double and float through these traits.
#pragma once

#include <stdint.h>

namespace solo::crt {

template <class Float> struct FloatTraits;
template <> struct FloatTraits<double> {
  using Bits = uint64_t;
  static constexpr int mantissa = 52; // fraction bits
  static constexpr int bias = 1023;
  static constexpr int exponent_max = 0x7ff; // infinities and NaNs
};
template <> struct FloatTraits<float> {
  using Bits = uint32_t;
  static constexpr int mantissa = 23;
  static constexpr int bias = 127;
  static constexpr int exponent_max = 0xff;
};

template <class Float> using BitsOf = typename FloatTraits<Float>::Bits;

template <class Float> inline BitsOf<Float> bits_of(Float x) { return __builtin_bit_cast(BitsOf<Float>, x); }
template <class Float> inline Float from_bits(BitsOf<Float> b) { return __builtin_bit_cast(Float, b); }

template <class Float> inline constexpr BitsOf<Float> sign_bit = BitsOf<Float>(1) << (sizeof(Float) * 8 - 1);
template <class Float> inline constexpr BitsOf<Float> fraction_mask =
    (BitsOf<Float>(1) << FloatTraits<Float>::mantissa) - 1;

// The biased exponent field.
template <class Float> inline int biased_exponent(Float x) {
  return static_cast<int>((bits_of(x) >> FloatTraits<Float>::mantissa) & FloatTraits<Float>::exponent_max);
}

// 2^e, for exponents of normal numbers.
template <class Float> inline Float power_of_two(int e) {
  return from_bits<Float>(static_cast<BitsOf<Float>>(FloatTraits<Float>::bias + e) << FloatTraits<Float>::mantissa);
}

template <class Float> inline Float copy_sign(Float magnitude, Float sign) {
  return from_bits<Float>((bits_of(magnitude) & ~sign_bit<Float>) | (bits_of(sign) & sign_bit<Float>));
}

} // namespace solo::crt
