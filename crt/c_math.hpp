// The C math functions clang calls for its builtins and intrinsics (crt/math_*.cpp give them C linkage):
// __builtin_sqrt (a call when errno semantics are on), __builtin_floor, ceil, trunc, round, rint and
// nearbyint (calls on x86-64 without SSE4.1 and partly on riscv64), lround/llround/lrint/llrint, fmod (no
// architecture has it), frexp and ldexp; each for double and float. Exact, from the bits (results do not
// depend on the architecture), and tested against the host's C library (tests/unit/c_symbols_test.cpp).
//
// There is no floating-point environment in solo: rounding is always to nearest, ties to even, and no
// exception flags are kept.
#pragma once

#include "float_traits.hpp"

namespace solo::crt {

template <class Float> inline bool is_nan(Float x) { return x != x; }

// sqrt is an instruction on all three architectures; the elementwise builtin is its errno-free form.
template <class Float> inline Float square_root(Float x) { return __builtin_elementwise_sqrt(x); }

template <class Float> inline Float truncate(Float x) {
  using T = FloatTraits<Float>;
  int e = biased_exponent(x) - T::bias;
  if (e >= T::mantissa) return x + 0; // integral already, or infinite, or NaN (made quiet)
  if (e < 0) return copy_sign(Float(0), x);
  BitsOf<Float> fraction = fraction_mask<Float> >> e;
  return from_bits<Float>(bits_of(x) & ~fraction);
}

template <class Float> inline Float floor_of(Float x) {
  Float t = truncate(x);
  return x < 0 && t != x ? t - 1 : t; // -0.5 -> -1; -0.0 stays -0.0
}

template <class Float> inline Float ceil_of(Float x) {
  Float t = truncate(x);
  return x > 0 && t != x ? t + 1 : t; // -0.5 -> -0.0
}

// Halfway cases away from zero.
template <class Float> inline Float round_half_away(Float x) {
  using T = FloatTraits<Float>;
  int e = biased_exponent(x) - T::bias;
  if (e >= T::mantissa) return x + 0;
  if (e < -1) return copy_sign(Float(0), x);
  if (e == -1) return copy_sign(Float(1), x); // 0.5 <= |x| < 1
  BitsOf<Float> fraction = fraction_mask<Float> >> e;
  BitsOf<Float> half = (fraction + 1) >> 1;
  // Adding half a unit carries into the integer part (and the exponent) exactly when rounding up.
  return from_bits<Float>((bits_of(x) + half) & ~fraction);
}

// Halfway cases to even, the only rounding mode solo has: adding and taking away 2^mantissa rounds |x| to an
// integer in the hardware's own mode (round to nearest, ties to even).
template <class Float> inline Float round_half_even(Float x) {
  using T = FloatTraits<Float>;
  if (biased_exponent(x) - T::bias >= T::mantissa) return x + 0;
  const Float shifter = power_of_two<Float>(T::mantissa);
  volatile Float sum = (x < 0 ? -x : x) + shifter; // volatile: the two steps must both be rounded
  Float y = sum - shifter;
  return copy_sign(y, x); // rint(-0.3) is -0.0
}

// The nearest long to a rounded value; out of range (and NaN) gives the lowest long, as glibc does on x86-64
// (C leaves the value unspecified).
template <class Float> inline long to_long(Float rounded) {
  if (!(rounded >= -0x1p63 && rounded < 0x1p63)) return static_cast<long>(1ull << 63);
  return static_cast<long>(rounded);
}

// The mantissa of finite non-zero `bits` as an integer with its implicit bit set; a subnormal one is shifted
// up to it, and `biased` (the exponent field) goes down to match.
template <class Float> inline BitsOf<Float> normalized_mantissa(BitsOf<Float> bits, int &biased) {
  constexpr BitsOf<Float> implicit = BitsOf<Float>(1) << FloatTraits<Float>::mantissa;
  if (biased != 0) return (bits & fraction_mask<Float>) | implicit;
  BitsOf<Float> m = bits & fraction_mask<Float>;
  biased = 1; // a subnormal has the smallest normal exponent, without the implicit bit
  while ((m & implicit) == 0) {
    m <<= 1;
    --biased;
  }
  return m;
}

// x - n*y with n = trunc(x/y), computed exactly: the mantissas divided by long division, one bit per step
// of the exponent difference.
template <class Float> inline Float remainder_trunc(Float x, Float y) {
  using T = FloatTraits<Float>;
  using Bits = BitsOf<Float>;
  constexpr Bits implicit = Bits(1) << T::mantissa;
  Bits ux = bits_of(x), uy = bits_of(y);
  Bits sign = ux & sign_bit<Float>;
  int ex = biased_exponent(x), ey = biased_exponent(y);
  if ((uy << 1) == 0 || is_nan(y) || ex == T::exponent_max) return (x * y) / (x * y); // NaN
  if ((ux << 1) <= (uy << 1)) return (ux << 1) == (uy << 1) ? x * 0 : x;
  // The mantissas as integers with the implicit bit, subnormals normalized.
  Bits mx = normalized_mantissa<Float>(ux, ex), my = normalized_mantissa<Float>(uy, ey);
  for (; ex > ey; --ex) {
    if (mx >= my) {
      mx -= my;
      if (mx == 0) return x * 0;
    }
    mx <<= 1;
  }
  if (mx >= my) {
    mx -= my;
    if (mx == 0) return x * 0;
  }
  while ((mx & implicit) == 0) {
    mx <<= 1;
    --ex;
  }
  Bits result;
  if (ex > 0) {
    result = (mx - implicit) | (static_cast<Bits>(ex) << T::mantissa);
  } else {
    result = mx >> (1 - ex); // subnormal: exact, the remainder is smaller than |y|
  }
  return from_bits<Float>(result | sign);
}

// x = m * 2^e with 0.5 <= |m| < 1 (zero, infinities and NaN come back as they are, e = 0).
template <class Float> inline Float split_exponent(Float x, int *e) {
  using T = FloatTraits<Float>;
  int biased = biased_exponent(x);
  if (biased == 0) {
    if (x == 0) {
      *e = 0;
      return x;
    }
    Float scaled = split_exponent(x * power_of_two<Float>(T::mantissa + 2), e); // subnormal: make it normal
    *e -= T::mantissa + 2;
    return scaled;
  }
  if (biased == T::exponent_max) {
    *e = 0;
    return x;
  }
  *e = biased - (T::bias - 1);
  BitsOf<Float> b = (bits_of(x) & ~(static_cast<BitsOf<Float>>(T::exponent_max) << T::mantissa)) |
                    (static_cast<BitsOf<Float>>(T::bias - 1) << T::mantissa);
  return from_bits<Float>(b);
}

// x * 2^n, rounded once. Large steps go in exact multiplications first; near the subnormal range the last
// step is taken from 2^mantissa above it so that only the final multiplication rounds.
template <class Float> inline Float scale(Float x, int n) {
  using T = FloatTraits<Float>;
  constexpr int max = T::bias, min = 1 - T::bias;
  if (n > max) {
    x *= power_of_two<Float>(max);
    n -= max;
    if (n > max) {
      x *= power_of_two<Float>(max);
      n -= max;
      if (n > max) n = max;
    }
  } else if (n < min) {
    const Float down = power_of_two<Float>(min) * power_of_two<Float>(T::mantissa + 1);
    x *= down;
    n -= min + T::mantissa + 1;
    if (n < min) {
      x *= down;
      n -= min + T::mantissa + 1;
      if (n < min) n = min;
    }
  }
  return x * power_of_two<Float>(n);
}

} // namespace solo::crt
