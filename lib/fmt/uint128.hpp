// Unsigned 128-bit arithmetic for the float formatters: the 64 x 64 -> 128-bit product and the few shifts and
// additions around it. With the compiler's unsigned __int128 where the target has one (the 64-bit targets), in
// 32-bit halves where it does not (i386, armv7): either way nothing calls a compiler runtime helper, and
// everything is arithmetic on values, so the target's byte order does not matter.
#pragma once

#include <solo/types.hpp>

namespace solo::fmt::detail {

struct Uint128 {
  uint64_t hi, lo;
  friend constexpr bool operator==(Uint128, Uint128) = default;
};

// The product from four 32 x 32 -> 64-bit ones: what a 32-bit target runs, and what the unit tests compare
// the __int128 product with on every target.
constexpr Uint128 mul_64x64_halves(uint64_t a, uint64_t b) noexcept {
  uint64_t a0 = a & 0xffffffffu, a1 = a >> 32, b0 = b & 0xffffffffu, b1 = b >> 32;
  uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  uint64_t middle = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu); // < 3 * 2^32: no overflow
  return {p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32), (middle << 32) | (p00 & 0xffffffffu)};
}

constexpr Uint128 mul_64x64(uint64_t a, uint64_t b) noexcept {
#ifdef __SIZEOF_INT128__
  unsigned __int128 p = static_cast<unsigned __int128>(a) * b;
  return {static_cast<uint64_t>(p >> 64), static_cast<uint64_t>(p)};
#else
  return mul_64x64_halves(a, b);
#endif
}

constexpr uint64_t mul_high(uint64_t a, uint64_t b) noexcept { return mul_64x64(a, b).hi; }

// The 192-bit product g * x as its top 64 bits and the 128 below them.
struct Uint192 {
  uint64_t top;
  Uint128 rest;
};
constexpr Uint192 mul_128x64(Uint128 g, uint64_t x) noexcept {
  Uint128 high = mul_64x64(g.hi, x), low = mul_64x64(g.lo, x);
  uint64_t middle = high.lo + low.hi;
  return {high.hi + (middle < low.hi), {middle, low.lo}};
}

// floor(g * x / 2^64): the top 128 bits of the 192-bit product, exactly.
constexpr Uint128 mul_128x64_high(Uint128 g, uint64_t x) noexcept {
  Uint192 p = mul_128x64(g, x);
  return {p.top, p.rest.hi};
}

constexpr int bit_length(uint64_t v) noexcept { return v == 0 ? 0 : 64 - __builtin_clzll(v); }

// The low 64 bits of the 128-bit (above, v) shifted right by n, 0 <= n <= 63 (no undefined shift by 64 at n = 0).
constexpr uint64_t shift_in_from_above(uint64_t above, uint64_t v, int n) noexcept {
#ifdef __SIZEOF_INT128__
  if (!__builtin_is_constant_evaluated()) { // one double-width shift instruction where the target has one
    __builtin_assume(n >= 0 && n < 64);
    return static_cast<uint64_t>(((static_cast<unsigned __int128>(above) << 64) | v) >> n);
  }
#endif
  return (above << 1 << (63 - n)) | (v >> n);
}

} // namespace solo::fmt::detail
