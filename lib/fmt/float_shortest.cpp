// Shortest round-trip digits, after Giulietti's Schubfach ("The Schubfach way to render doubles", 2020): scale v
// and the two ends of its rounding interval by one power of ten, 10^-k, chosen so that the scaled interval is
// between 1 and 10 wide. Then the shortest decimal in the interval is either a multiple of 10 (at most one fits)
// or one of the two integers around the scaled v, and comparing integers with the scaled ends decides which.
//
// The scaled values come from one 64 x 128-bit multiplication each (float_approx.hpp says how exact that is and
// how the few undecided cases are settled), so every double and float, subnormals included, takes the same path.
#include "float_approx.hpp"
#include "float_bits.hpp"
#include "float_paths.hpp"

#include <solo/fmt/float.hpp>

namespace solo::fmt {
namespace detail {
namespace {

// x * 10^e (x < 2^60) as integer + fraction / 2^64, and the interval's width, 2^s * 10^e in the same units,
// for the two precisions. A double's 53-bit mantissa needs a 126-bit power of ten and a 64 x 128-bit product,
// known to within a unit or two of 2^-64 (the top 128 bits of the product, and of the power times 2^s, are
// exact; the power itself is within 2 units of 2^-126). A float's 24 bits make do with a 62-bit power and one
// exact 64 x 64-bit product, off by less than 2^29 units (half a unit of the power times a multiplier below
// 2^30). Both in one function: the rest of the algorithm is the same code for both.
struct Scaling {
  Scaled value, width;
};
Scaling scale(uint64_t x, int e, int s, bool single) {
  if (single) {
    uint64_t g = pow10_significand_62(e);
    Uint128 p = mul_64x64(g, x);
    return {{p.hi, p.lo}, {g >> (64 - s), g << s}};
  }
  Uint128 g = pow10_significand(e);
  Uint128 p = mul_128x64_high(g, x);
  return {{p.hi, p.lo}, {g.hi >> (64 - s), (g.hi << s) | (g.lo >> (64 - s))}}; // 1 <= s <= 5
}

Scaled operator+(Scaled a, Scaled b) {
  uint64_t fraction = a.fraction + b.fraction;
  return {a.integer + b.integer + (fraction < a.fraction), fraction};
}
Scaled operator-(Scaled a, Scaled b) {
  return {a.integer - b.integer - (a.fraction < b.fraction), a.fraction - b.fraction};
}

Decimal shortest(Binary b, uint64_t margin, bool single) {
  const uint64_t c = b.f;
  const int q = b.e;
  if (c == 0) return {0, 0};
  // v = c * 2^q; its rounding interval runs from (c - 1/2) * 2^q, or (c - 1/4) * 2^q at the bottom of a binade,
  // to (c + 1/2) * 2^q. Its width times 10^-k is in [1, 10).
  const int k = b.lower_closer ? floor_log10_three_quarters_pow2(q) : floor_log10_pow2(q);
  // With 4c shifted left by h (1..4), the product with the power of ten has the scaled value's integer part in
  // its top 64 bits and its fraction in the next 64: 4c * 2^h * g * 2^-128 = c * 2^q * 10^-k (approximately;
  // the float powers are 64 bits shorter, their product too).
  const int h = q + floor_log2_pow10(-k) + 1;
  // The ends are v minus and plus half the width (a quarter at the bottom of a binade): a subtraction and an
  // addition rather than two more products, each adding at most a unit of error. 2^(h + 2) is the width in
  // the multiplier's units, its half 2^(h + 1).
  const Scaling scaled = scale((4 * c) << h, -k, h + 1, single);
  const Scaled scaled_v = scaled.value, half_width = scaled.width;
  const Scaled lower_gap =
      b.lower_closer ? Scaled{half_width.integer >> 1, (half_width.integer << 63) | (half_width.fraction >> 1)}
                     : half_width;
  const Floor v = floor_of(scaled_v, {c, q, -k}, margin);
  const Floor lower = floor_of(scaled_v - lower_gap, {4 * c - (b.lower_closer ? 1 : 2), q - 2, -k}, margin);
  const Floor upper = floor_of(scaled_v + half_width, {4 * c + 2, q - 2, -k}, margin);
  // An even mantissa reads back from the ends of its interval too (round-half-to-even parsing). Every test
  // below is computed and the answer selected without branching on it: which case applies changes from one
  // number to the next (about half of all doubles have a 16-digit form), and mispredicted branches would cost
  // more than the few operations computed in vain.
  const bool inclusive = (c & 1) == 0;
  auto above_lower = [&](uint64_t n) { return (n > lower.value) | ((n == lower.value) & lower.exact & inclusive); };
  auto below_upper = [&](uint64_t n) { return (n < upper.value) | ((n == upper.value) & (inclusive | !upper.exact)); };
  const uint64_t s = v.value;
  // At most one multiple of 10 fits in the interval; if one does, it is the shortest.
  const uint64_t down10 = div10(s) * 10, up10 = down10 + 10;
  const bool down10_in = above_lower(down10), up10_in = below_upper(up10);
  // Otherwise s or s + 1 (the interval is at least 1 wide, so at least one fits): the closer to v if both do,
  // ties to even. Where floor_of had to settle s, v is next to an integer: s itself or s + 1.
  const bool s_in = above_lower(s), t_in = below_upper(s + 1);
  const int half = compare_to_half(scaled_v, {c, q, -k}, margin);
  const bool v_above_half =
      !v.exact & ((v.value < scaled_v.integer) | ((v.value == scaled_v.integer) & ((half > 0) | ((half == 0) & s))));
  uint64_t result = s + (t_in & (!s_in | v_above_half));
  int exponent = k;
  if (down10_in | up10_in) {
    result = down10_in ? down10 : up10;
    exponent += remove_trailing_zeros(result);
  }
  return {result, exponent};
}

} // namespace

Decimal shortest_decimal(double v, uint64_t margin) noexcept {
  return shortest(decompose(v), margin > default_margin ? margin : default_margin, false);
}
Decimal shortest_decimal(float v, uint64_t margin) noexcept {
  return shortest(decompose(v), margin > float_margin ? margin : float_margin, true);
}

} // namespace detail

Decimal shortest_decimal(double v) noexcept { return detail::shortest_decimal(v, 0); }
Decimal shortest_decimal(float v) noexcept { return detail::shortest_decimal(v, 0); }

int shortest_digits(double v, char *digits, int &point) noexcept {
  return detail::digits_of(shortest_decimal(v), digits, point);
}
int shortest_digits(float v, char *digits, int &point) noexcept {
  return detail::digits_of(shortest_decimal(v), digits, point);
}

} // namespace solo::fmt
