// The numbers bench/fmt formats, class by class, generated the same way for solo's program and the reference
// one (plain C++: no library calls). Each class is an array filled before the clock starts.
#pragma once

#include <stdint.h>

namespace bench {

inline uint64_t state = 0x9e3779b97f4a7c15ULL;
inline uint64_t next() { // xorshift64
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

inline double from_bits(uint64_t b) { return __builtin_bit_cast(double, b); }

// A random finite double whose biased exponent is in [lo, hi] (a random sign and mantissa).
inline double with_exponent(uint64_t lo, uint64_t hi) {
  uint64_t b = next();
  uint64_t e = lo + (b >> 52) % (hi - lo + 1);
  return from_bits((b & 0x800fffffffffffffULL) | e << 52);
}

inline const double powers[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7};

enum class Kind { Int, Shortest, ShortestFloat, Fixed, Scientific };
enum class Input { Bits, Short, Middle, Tiny, Huge, FloatBits, FloatShort, Thousandths, Moderate, Fraction, Long };

struct Class {
  const char *name;
  Kind kind;
  Input input;
  int precision; // {:.Nf} / {:.Ne}: 2, 6 or 17 (solo.cpp writes each as a literal spec)
  double target; // solo / to_chars at most this
  const char *what;
};

inline constexpr Class classes[] = {
    {"random", Kind::Shortest, Input::Bits, 0, 1.5, "{} of random bits: every exponent"},
    {"short", Kind::Shortest, Input::Short, 0, 1.5, "{} of k / 10^j, k < 10^7: short decimals"},
    {"middle", Kind::Shortest, Input::Middle, 0, 1.5, "{} of 17-digit numbers from 1e-5 to 1e15"},
    {"tiny", Kind::Shortest, Input::Tiny, 0, 1.5, "{} of subnormals and numbers below 1e-250"},
    {"huge", Kind::Shortest, Input::Huge, 0, 1.5, "{} of numbers above 1e250"},
    {"float", Kind::ShortestFloat, Input::FloatBits, 0, 1.5, "{} of random float bits"},
    {"float-short", Kind::ShortestFloat, Input::FloatShort, 0, 1.5, "{} of floats k / 10^j, k < 10^5"},
    {"fixed6", Kind::Fixed, Input::Thousandths, 6, 1.5, "{:.6f} of k / 1000, k < 10^8"},
    {"fixed2", Kind::Fixed, Input::Moderate, 2, 1.5, "{:.2f} of numbers from 1e-3 to 1e9"},
    {"fixed17", Kind::Fixed, Input::Fraction, 17, 1.5, "{:.17f} of numbers from 0.001 to 1"},
    {"sci6", Kind::Scientific, Input::Bits, 6, 1.5, "{:.6e} of random bits"},
    {"ints", Kind::Int, Input::Long, 0, 1.0, "{} of random longs"},
};

// The bits of one number of the class: a double's, or a long's for Input::Long.
inline uint64_t number(Input input) {
  if (input == Input::Long) return next();
  for (;;) {
    double d = 0;
    switch (input) {
    case Input::Bits:
      d = from_bits(next());
      break;
    case Input::Short:
      d = static_cast<double>(next() % 10000000) / powers[next() % 8];
      break;
    case Input::Middle:
      d = with_exponent(1006, 1073);
      break;
    case Input::Tiny:
      d = with_exponent(0, 193);
      break;
    case Input::Huge:
      d = with_exponent(1854, 2046);
      break;
    case Input::FloatBits:
      d = static_cast<double>(__builtin_bit_cast(float, static_cast<uint32_t>(next())));
      break;
    case Input::FloatShort:
      d = static_cast<double>(static_cast<float>(next() % 100000) / static_cast<float>(powers[next() % 5]));
      break;
    case Input::Thousandths:
      d = static_cast<double>(next() % 100000000) / 1000;
      break;
    case Input::Moderate:
      d = with_exponent(1013, 1052);
      break;
    case Input::Fraction:
      d = with_exponent(1013, 1022);
      break;
    case Input::Long:
      break;
    }
    if (d == d && d - d == 0) return __builtin_bit_cast(uint64_t, d);
  }
}

} // namespace bench
