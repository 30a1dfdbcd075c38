// 64-bit decimal arithmetic for the float formatters: division by 10, 10^8 and 10^9, powers of ten, digit counts,
// trailing zeros and writing digits. Divisions by constants are multiplications by reciprocals written out
// here, so a 32-bit target calls no 64-bit division helper; the reciprocals are computed by the compiler and
// checked against the Granlund-Montgomery condition that makes them exact.
#pragma once

#include "uint128.hpp"

namespace solo::fmt::detail {

// ceil(2^p / d) for 64 <= p < 128 and d < 2^32 (the result must fit in 64 bits), by binary long division.
constexpr uint64_t ceil_pow2_over(int p, uint64_t d) {
  uint64_t q = 0, rem = 1; // 2^p: a one followed by p zeros, fed in one bit at a time
  for (int i = 0; i < p; ++i) {
    rem <<= 1;
    q <<= 1;
    if (rem >= d) {
      rem -= d;
      q |= 1;
    }
  }
  return q + (rem != 0);
}

// floor(n / d) = floor(n * m / 2^p) for every n < 2^bits when m = ceil(2^p / d) and m * d - 2^p <= 2^(p - bits).
// That excess is below d, and 2^p is 0 modulo 2^64: the low 64 bits of m * d are the excess.
constexpr bool reciprocal_is_exact(int p, uint64_t d, int bits) {
  return ceil_pow2_over(p, d) * d <= (uint64_t(1) << (p - bits));
}

inline constexpr uint64_t reciprocal_10 = ceil_pow2_over(67, 10);
static_assert(reciprocal_is_exact(67, 10, 64));
// n / 10^8 = (n / 2^8) / 5^8, and n / 2^8 has 56 bits.
inline constexpr uint64_t reciprocal_5pow8 = ceil_pow2_over(82, 390625);
static_assert(reciprocal_is_exact(82, 390625, 56));

// n / 10^9 = (n / 2^9) / 5^9 for n < 2^62 (a big integer's 32-bit limb below a remainder under 10^9).
inline constexpr uint64_t reciprocal_5pow9 = ceil_pow2_over(84, 1953125);
static_assert(reciprocal_is_exact(84, 1953125, 53));

constexpr uint64_t div10(uint64_t n) noexcept { return mul_high(n, reciprocal_10) >> 3; }
constexpr uint64_t div_1e9(uint64_t n) noexcept { return mul_high(n >> 9, reciprocal_5pow9) >> 20; }
constexpr uint64_t div_1e8(uint64_t n) noexcept { return mul_high(n >> 8, reciprocal_5pow8) >> 18; }

struct Pow10Table {
  uint64_t v[20];
};
constexpr Pow10Table make_pow10_table() {
  Pow10Table t{};
  t.v[0] = 1;
  for (int i = 1; i < 20; ++i) t.v[i] = t.v[i - 1] * 10;
  return t;
}
// 10^0 .. 10^19, every power of ten below 2^64.
inline constexpr Pow10Table pow10_u64 = make_pow10_table();

// The number of decimal digits of n >= 1. t = floor(bit length * log10(2)) (1233 / 2^12 is close enough for 64
// bits) is the digit count or one less.
inline int decimal_length(uint64_t n) noexcept {
  int t = (bit_length(n) * 1233) >> 12;
  return t + (n >= pow10_u64.v[t]);
}

// The inverse of 5 modulo 2^64: 5 * inverse_5 == 1 (mod 2^64). Newton's iteration doubles the correct low
// bits each step, from the 3 that x = 5 already has.
constexpr uint64_t make_inverse_5() {
  uint64_t x = 5;
  for (int i = 0; i < 5; ++i) x *= 2 - 5 * x;
  return x;
}
inline constexpr uint64_t inverse_5 = make_inverse_5();
static_assert(inverse_5 * 5 == 1);

// Whether 5 divides n, and if so n / 5: multiplying by the inverse gives n / 5 exactly when it divides, and a
// number above (2^64 - 1) / 5 when it does not.
constexpr bool divide_by_5(uint64_t &n) noexcept {
  uint64_t q = n * inverse_5;
  if (q > ~uint64_t(0) / 5) return false;
  n = q;
  return true;
}

struct Inverse5Powers {
  uint64_t v[9];
};
constexpr Inverse5Powers make_inverse_5_powers() {
  Inverse5Powers t{};
  t.v[0] = 1;
  for (int i = 1; i < 9; ++i) t.v[i] = t.v[i - 1] * inverse_5;
  return t;
}
inline constexpr Inverse5Powers inverse_5_powers = make_inverse_5_powers();

// Removes the trailing decimal zeros of n >= 1 and returns how many there were. n is divisible by 10^k exactly
// when n * 5^-k (mod 2^64), rotated right by k, is at most (2^64 - 1) / 10^k; then it is n / 10^k.
inline int remove_trailing_zeros(uint64_t &n) noexcept {
  int removed = 0;
  // Without branches on the outcome (selects): a number's zeros are no more predictable than its digits.
  auto strip = [&n, &removed](int k) {
    uint64_t r = n * inverse_5_powers.v[k];
    r = (r >> k) | (r << (64 - k));
    bool divisible = r <= ~uint64_t(0) / pow10_u64.v[k];
    n = divisible ? r : n;
    removed += divisible ? k : 0;
  };
  strip(8); // 2^64 < 10^20: at most 19 zeros, 8 + 8 and then 4, 2 and 1 for what is left
  strip(8);
  strip(4);
  strip(2);
  strip(1);
  return removed;
}

// Writes exactly `count` digits of n < 10^count (leading zeros included), 1 <= count <= 20, and may scribble
// on the `digit_scribble` bytes after them: the buffer needs that much room beyond the digits.
inline constexpr int digit_scribble = 8;
void write_digits(uint64_t n, int count, char *out) noexcept;

// Exactly 9 digits of n < 10^9, or 17 of n < 10^17, with no scribbling and no branch on the digit count: a
// float's or a double's shortest digits written right-aligned, their leading zeros falling into room the
// caller keeps before them.
void write_9_digits(uint64_t n, char *out) noexcept;
void write_17_digits(uint64_t n, char *out) noexcept;

} // namespace solo::fmt::detail
