// Binary-to-decimal conversion of floating-point numbers: the digit generators behind `{}` (shortest round
// trip), `{:.Nf}`, `{:.Ne}` and `{:.Ng}`. Every result is exact: the shortest digits that read back as the
// number, and correctly rounded (ties to even) precision digits, like std::to_chars and glibc's printf. Fast
// paths with 64- and 128-bit integers cover every double and float for the shortest form and the usual
// precisions; big integers take the rest (hundreds of digits of huge or tiny numbers).
//
// Digit results are strings d1 d2 ... dn (ASCII, no leading or trailing zeros) with a decimal point position
// `point`: value = 0.d1d2...dn * 10^point. So 123.45 is "12345" with point 3 and 0.001 is "1" with point -2.
// Zero is no digits at all (n == 0).
#pragma once

#include <solo/types.hpp>

namespace solo::fmt {

// A finite double never needs more than 767 significant digits; callers give at least this much room.
inline constexpr int max_float_digits = 800;

// value = significand * 10^exponent, the significand without trailing zeros (zero is 0 * 10^0).
struct Decimal {
  uint64_t significand;
  int exponent;
};

// The shortest decimal that reads back as exactly `v` (finite, not negative), the closest such one when
// several have that length (ties to an even last digit). At most 17 digits for a double, 9 for a float.
Decimal shortest_decimal(double v) noexcept;
Decimal shortest_decimal(float v) noexcept;

// The same as a digit string.
int shortest_digits(double v, char *digits, int &point) noexcept;
int shortest_digits(float v, char *digits, int &point) noexcept;

// Correctly rounded to `precision` digits after the decimal point (the %.Nf digits). May return fewer
// digits than asked for when the exact value ends sooner; the rest are zeros. 0 digits: it rounds to zero.
int fixed_digits(double v, int precision, char *digits, int &point) noexcept;

// Correctly rounded to `count` >= 1 significant digits (the %.Ne digits with count = N + 1).
int significant_digits(double v, int count, char *digits, int &point) noexcept;

} // namespace solo::fmt
