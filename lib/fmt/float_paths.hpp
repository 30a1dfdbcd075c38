// The conversions' internal entry points, for the public functions of <solo/fmt/float.hpp> and the unit tests.
// `margin` widens float_approx.hpp's margins (0: as they are): the tests pass large ones, so that the exact
// checks behind the fast paths run often.
#pragma once

#include "float_bits.hpp"

#include <solo/fmt/float.hpp>

namespace solo::fmt::detail {

// Shortest round-trip digits of v (Schubfach), for doubles and floats alike.
Decimal shortest_decimal(double v, uint64_t margin) noexcept;
Decimal shortest_decimal(float v, uint64_t margin) noexcept;

// The precision formats' digits: the fast paths where they apply, else the exact big-integer ones.
int fixed_digits(double v, int precision, char *digits, int &point, uint64_t margin) noexcept;
int significant_digits(double v, int count, char *digits, int &point, uint64_t margin) noexcept;

// A decimal's digit string (float.hpp), its trailing zeros removed.
int digits_of(Decimal d, char *digits, int &point) noexcept;

// The exact big-integer conversions alone (float_exact.cpp).
int fixed_digits_exact(double v, int precision, char *digits, int &point) noexcept;
int significant_digits_exact(double v, int count, char *digits, int &point) noexcept;

} // namespace solo::fmt::detail
