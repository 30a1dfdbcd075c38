// Exact binary-to-decimal conversion of floating-point numbers: the digit generators behind `{}` (shortest
// round-trip), `{:.Nf}`, `{:.Ne}` and `{:.Ng}`. They work on the exact binary value with big integers, so every
// result is correctly rounded (ties to even), like glibc's printf and std::to_chars.
//
// Results are digit strings d1 d2 ... dn (ASCII, no leading zeros) with a decimal point position `point`:
// value = 0.d1d2...dn * 10^point. So 123.45 is "12345" with point 3 and 0.001 is "1" with point -2.
// Zero is no digits at all (n == 0).
#pragma once

#include <solo/types.hpp>

namespace solo::fmt {

// A finite double never needs more than 767 significant digits; callers give at least this much room.
inline constexpr int max_float_digits = 800;

// The shortest digit string that reads back as exactly `v` (finite, not negative), the closest such one when
// several have that length. At most 17 digits for a double, 9 for a float.
int shortest_digits(double v, char *digits, int &point) noexcept;
int shortest_digits(float v, char *digits, int &point) noexcept;

// Correctly rounded to `precision` digits after the decimal point (the %.Nf digits). May return fewer
// digits than asked for when the exact value ends sooner; the rest are zeros. 0 digits: it rounds to zero.
int fixed_digits(double v, int precision, char *digits, int &point) noexcept;

// Correctly rounded to `count` >= 1 significant digits (the %.Ne digits with count = N + 1).
int significant_digits(double v, int count, char *digits, int &point) noexcept;

} // namespace solo::fmt
