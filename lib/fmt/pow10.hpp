// Powers of ten as binary significands: the tables behind the fast float conversions.
//
// pow10_significand(e) is g with 2^125 <= g < 2^126 and |g - 10^e * 2^(125 - floor_log2_pow10(e))| < 2, for
// min_pow10 <= e <= max_pow10. That covers the shortest digits of every double and float (10^-k for
// k = -324..292) and the precision formats' scalings (up to 10^341 for the smallest subnormals). Only every
// 27th power is stored (exactly rounded, computed by the compiler from exact big-integer arithmetic); the
// others are that power times 5^i, i < 27, which fits in 64 bits: 25 stored values instead of 675.
#pragma once

#include "uint128.hpp"

namespace solo::fmt::detail {

inline constexpr int min_pow10 = -324, max_pow10 = 350;
inline constexpr int pow10_step = 27;

Uint128 pow10_significand(int e) noexcept;

// For floats, which need far fewer bits and powers: g with 2^61 <= g < 2^62 and
// |g - 10^e * 2^(61 - floor_log2_pow10(e))| <= 1/2, for min_float_pow10 <= e <= max_float_pow10 (10^-k for
// k = -45..31). All 77 are stored: one 64-bit multiplication per use.
inline constexpr int min_float_pow10 = -31, max_float_pow10 = 45;
uint64_t pow10_significand_62(int e) noexcept;

// The stored values, for the unit tests: pow10_base(j) is 10^(min_pow10 + j * pow10_step).
Uint128 pow10_base(int j) noexcept;

} // namespace solo::fmt::detail
