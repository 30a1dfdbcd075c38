// The fast conversions multiply by a 126-bit approximation of a power of ten (62-bit for floats; pow10.hpp) and
// know the result to within a few units of 2^-64 (2^29 units for floats). That decides almost everything; what it
// cannot decide is whether a value very close to an integer or a half-integer is on it, above it or below it. Those
// cases are settled exactly: an exact integer is recognised from its factors of 2 and 5, and anything else by comparing
// big integers.
#pragma once

#include "decimal.hpp"
#include "pow10.hpp"

namespace solo::fmt::detail {

// How close (in units of 2^-64) to an integer or a half an approximation may come before the exact checks
// decide. The approximations with 126-bit powers are off by less than 32 units, the float ones (62-bit powers)
// by less than 2^29; the tests use far larger margins, so that the exact checks run often.
inline constexpr uint64_t default_margin = 32;
inline constexpr uint64_t float_margin = uint64_t(1) << 30;

// A value known as integer + fraction / 2^64, approximately.
struct Scaled {
  uint64_t integer, fraction;
};

// The exact value m * 2^a * 10^b (m >= 1) beside its approximation.
struct Exact {
  uint64_t m;
  int a, b;
};

// Whether m * 2^a * 10^b is an integer: enough factors of 2 in m * 2^(a + b), and 5^-b dividing m when b < 0.
bool is_integer(Exact x) noexcept;

// The sign of m * 2^a * 10^b - n, by big-integer arithmetic.
int compare_exact(Exact x, uint64_t n) noexcept;

// floor(x) from its approximation s, and whether x is an integer.
struct Floor {
  uint64_t value;
  bool exact;
};

// The undecided cases, out of line (float_exact.cpp): x next to an integer, and x next to a half.
Floor floor_near_integer(Scaled s, Exact x) noexcept;
int compare_near_half(Scaled s, Exact x) noexcept;

inline Floor floor_of(Scaled s, Exact x, uint64_t margin) noexcept {
  if (s.fraction > margin && s.fraction < -margin) return {s.integer, false};
  return floor_near_integer(s, x);
}

// The sign of x - (floor(x) + 1/2), from its approximation s.
inline int compare_to_half(Scaled s, Exact x, uint64_t margin) noexcept {
  uint64_t distance = s.fraction - (uint64_t(1) << 63);
  if (distance > margin && distance < -margin) return s.fraction >> 63 ? 1 : -1;
  return compare_near_half(s, x);
}

} // namespace solo::fmt::detail
