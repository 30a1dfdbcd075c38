// The power-of-ten table, generated at compile time from exact arithmetic, and the multiplication that
// recovers the powers between the stored ones (see pow10.hpp).
#include "pow10.hpp"

#include "bignum.hpp"
#include "float_bits.hpp"

namespace solo::fmt::detail {
namespace {

constexpr int base_count = (max_pow10 - min_pow10) / pow10_step + 1;
static_assert(min_pow10 + (base_count - 1) * pow10_step + pow10_step - 1 == max_pow10);

constexpr bool bit(const Bignum &n, int i) { return (n.limb(i / 32) >> (i % 32)) & 1; }

constexpr int bit_length(const Bignum &n) { return n.is_zero() ? 0 : (n.size() - 1) * 32 + n.top_bits(); }

// 10^e * 2^(bits - 1 - floor(log2(10^e))) rounded to the nearest integer: the first `bits` bits of 10^e, which
// lie in [2^(bits - 1), 2^bits].
constexpr Uint128 exact_significand(int e, int bits) {
  Uint128 g{0, 0};
  auto set_bit = [&g](int i) {
    if (i >= 64)
      g.hi |= uint64_t(1) << (i - 64);
    else
      g.lo |= uint64_t(1) << i;
  };
  bool round_up = false;
  if (e >= 0) {
    // The top bits of 10^e, and the bit below them for the rounding (never a tie: 10^e = 5^e * 2^e, and 5^e
    // has more bits than are kept whenever bits are dropped).
    Bignum n(1);
    n.mul_pow10(e);
    int top = bit_length(n) - 1;
    for (int i = 0; i < bits; ++i)
      if (top - i >= 0 && bit(n, top - i)) set_bit(bits - 1 - i);
    round_up = top >= bits && bit(n, top - bits);
  } else {
    // 2^(bits - 1 + L) / 10^-e with L the bit length of 10^-e, by binary long division: 2^L is the first
    // partial remainder at least as large as the divisor, and the quotient has `bits` bits from there.
    Bignum d(1);
    d.mul_pow10(-e);
    Bignum rem(1);
    rem.shift_left(bit_length(d));
    for (int i = bits - 1; i >= 0; --i) {
      if (i < bits - 1) rem.shift_left(1);
      if (compare(rem, d) >= 0) {
        rem.sub(d);
        set_bit(i);
      }
    }
    rem.shift_left(1);
    round_up = compare(rem, d) >= 0;
  }
  if (round_up && ++g.lo == 0) ++g.hi;
  return g;
}

struct Tables {
  Uint128 base[base_count];
  uint64_t pow5[pow10_step];
  uint64_t float_powers[max_float_pow10 - min_float_pow10 + 1];
};

constexpr Tables make_tables() {
  Tables t{};
  for (int j = 0; j < base_count; ++j) t.base[j] = exact_significand(min_pow10 + j * pow10_step, 126);
  t.pow5[0] = 1;
  for (int i = 1; i < pow10_step; ++i) t.pow5[i] = t.pow5[i - 1] * 5;
  for (int e = min_float_pow10; e <= max_float_pow10; ++e)
    t.float_powers[e - min_float_pow10] = exact_significand(e, 62).lo;
  return t;
}

constexpr Tables tables = make_tables();

// offset / 27 as (offset * base_reciprocal) >> 16, checked for every offset the table covers.
constexpr unsigned base_reciprocal = (1u << 16) / pow10_step + 1;
constexpr bool reciprocal_divides() {
  for (unsigned offset = 0; offset <= max_pow10 - min_pow10; ++offset)
    if ((offset * base_reciprocal) >> 16 != offset / pow10_step) return false;
  return true;
}
static_assert(reciprocal_divides());
static_assert(tables.pow5[pow10_step - 1] <= ~uint64_t(0) / 5, "5^27 would not fit: the step is too large");
static_assert(tables.base[-min_pow10 / pow10_step] == Uint128{uint64_t(1) << 61, 0}, "10^0 is stored as 2^125");
static_assert(tables.float_powers[-min_float_pow10] == uint64_t(1) << 61, "10^0 is stored as 2^61");

} // namespace

Uint128 pow10_base(int j) noexcept { return tables.base[j]; }

uint64_t pow10_significand_62(int e) noexcept { return tables.float_powers[e - min_float_pow10]; }

Uint128 pow10_significand(int e) noexcept {
  unsigned offset = static_cast<unsigned>(e - min_pow10);
  unsigned j = (offset * base_reciprocal) >> 16, i = offset - j * pow10_step; // offset / 27, offset % 27
  int base = min_pow10 + static_cast<int>(j) * pow10_step;
  // base significand * 5^i = 10^e * 2^(125 - floor_log2_pow10(base) - i): shift it to 2^(125 - floor_log2_pow10(e)).
  Uint192 p = mul_128x64(tables.base[j], tables.pow5[i]);
  int shift = floor_log2_pow10(e) - floor_log2_pow10(base) - static_cast<int>(i);
  return {shift_in_from_above(p.top, p.rest.hi, shift), shift_in_from_above(p.rest.hi, p.rest.lo, shift)};
}

} // namespace solo::fmt::detail
