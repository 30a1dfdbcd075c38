// Shortest round-trip digits by exact big-integer arithmetic (the free-format algorithm of Steele & White as
// refined by Burger & Dybvig): keep v and the half-way points to its neighbours as fractions r/s, (r±m)/s and
// emit digits until the digits so far identify v uniquely. With an even mantissa the half-way points
// themselves read back as v (round-half-to-even parsing), so the bounds are inclusive then.
#include "bignum.hpp"
#include "float_bits.hpp"
#include "uint128.hpp"

#include <solo/fmt/float.hpp>

namespace solo::fmt {
namespace {

// Num is detail::Bignum (always enough) or detail::Uint128 (when fits_128 says so).
template <class Num> int shortest(detail::Binary b, int k, char *digits, int &point) {
  using Bignum = Num;
  const bool even = (b.f & 1) == 0;
  Bignum r(b.f), s(1), mp(1), mm(1);
  // Scale everything by 2 (or 4 at a binade boundary) so the half-way distances are integers.
  if (b.e >= 0) {
    r.shift_left(b.e + (b.lower_closer ? 2 : 1));
    s.set(b.lower_closer ? 4 : 2);
    mp.shift_left(b.e + (b.lower_closer ? 1 : 0));
    mm.shift_left(b.e);
  } else {
    r.shift_left(b.lower_closer ? 2 : 1);
    s.shift_left(-b.e + (b.lower_closer ? 2 : 1));
    if (b.lower_closer) mp.set(2);
  }
  if (k >= 0) {
    s.mul_pow10(k);
  } else {
    r.mul_pow10(-k);
    mp.mul_pow10(-k);
    mm.mul_pow10(-k);
  }
  int c = compare_sum(r, mp, s);
  if (even ? c >= 0 : c > 0) {
    s.mul_small(10);
    ++k;
  }
  if constexpr (__is_same(Num, detail::Bignum)) {
    // Scale all four alike so that s's top limb is at least 2^27: then the quotient estimate from the top
    // limbs is off by at most one, and r * 10 < 16 * s still has no more limbs than s.
    int shift = (28 - s.top_bits() + 32) % 32;
    r.shift_left(shift);
    s.shift_left(shift);
    mp.shift_left(shift);
    mm.shift_left(shift);
  }
  point = k;
  int n = 0;
  for (;;) {
    r.mul_small(10);
    mp.mul_small(10);
    mm.mul_small(10);
    uint32_t d = r.divmod_small_quotient(s);
    int lo = compare(r, mm);
    int hi = compare_sum(r, mp, s);
    bool low_ok = even ? lo <= 0 : lo < 0;
    bool high_ok = even ? hi >= 0 : hi > 0;
    if (!low_ok && !high_ok) {
      digits[n++] = static_cast<char>('0' + d);
      continue;
    }
    if (low_ok && high_ok) {
      // Both d and d+1 identify v: take the closer, ties to the even digit.
      Bignum twice = r;
      twice.add(r);
      int t = compare(twice, s);
      if (t > 0 || (t == 0 && (d & 1) != 0)) ++d;
    } else if (high_ok) {
      ++d;
    }
    digits[n++] = static_cast<char>('0' + d);
    return n;
  }
}

// Whether every number shortest<Uint128> builds fits in 128 bits. They start below 2^max(r_bits, s_bits); the
// k fix-up may multiply s by 10, each digit step multiplies r (< s), m+ and m- (both < s by the time they
// matter) by 10, and r + m+ adds one more bit: 10 bits of headroom cover it (10^n < 2^(3.33n + 1)).
bool fits_128(const detail::Binary &b, int k) {
  int pow10_bits = (k < 0 ? -k : k) * 3322 / 1000 + 1;
  int r_bits = 53 + (b.e > 0 ? b.e : 0) + 2 + (k < 0 ? pow10_bits : 0);
  int s_bits = (b.e < 0 ? 2 - b.e : 3) + (k > 0 ? pow10_bits : 0);
  return (r_bits > s_bits ? r_bits : s_bits) + 10 <= 128;
}

int shortest(detail::Binary b, char *digits, int &point) {
  if (b.f == 0) {
    point = 1;
    return 0;
  }
  // k estimate: ceil(log10(v)) or one less; shortest<> fixes the latter.
  int p = b.e + detail::bit_length(b.f) - 1; // 2^p <= v < 2^(p+1)
  int k = p == 0 ? 0 : detail::floor_log10_pow2(p) + 1;
  if (fits_128(b, k)) return shortest<detail::Uint128>(b, k, digits, point);
  return shortest<detail::Bignum>(b, k, digits, point);
}

// A fast path for numbers with a short decimal form (12.5, 0.001, 1234.5678): find the fewest fraction digits j
// for which some integer m gives m / 10^j == v. With 10^j and m exact in Float, that division is the correctly
// rounded value of the decimal m * 10^-j, exactly what a correct parser returns, so the test is exact. Why
// checking only m = round(v * 10^j) is enough: any m that reads back as v lies within 10^j * ulp(v) / 2 <=
// ulp(v * 10^j) of v * 10^j, and the computed product is off by at most half of that ulp; below 2^(mantissa-3)
// that ulp is at most 1/8, so such an m is within 3/16 of the computed product: it can only be its nearest
// integer. At the smallest such j there is one candidate, so it is both the shortest and the closest.
template <class Float, int limit_bits, int max_j> bool short_decimal(Float v, char *digits, int &n, int &point) {
  constexpr Float limit = static_cast<Float>(1ULL << limit_bits);
  Float p10 = 1;
  for (int j = 0; j <= max_j; ++j, p10 *= 10) {
    Float scaled = v * p10;
    if (!(scaled < limit)) return false;
    uint64_t m = static_cast<uint64_t>(static_cast<int64_t>(scaled + static_cast<Float>(0.5)));
    if (m == 0 || static_cast<Float>(static_cast<int64_t>(m)) / p10 != v) continue;
    char tmp[24];
    int len = 0;
    while (m % 10 == 0) { // only possible for j == 0: an integer with trailing zeros
      m /= 10;
      --j;
    }
    while (m != 0) {
      tmp[len++] = static_cast<char>('0' + m % 10);
      m /= 10;
    }
    for (int i = 0; i < len; ++i) digits[i] = tmp[len - 1 - i];
    n = len;
    point = len - j;
    return true;
  }
  return false;
}

} // namespace

// 10^22 and 10^10 are the largest powers of ten that double and float hold exactly.
int shortest_digits(double v, char *digits, int &point) noexcept {
  int n;
  if (short_decimal<double, 50, 22>(v, digits, n, point)) return n;
  return shortest(detail::decompose(v), digits, point);
}
int shortest_digits(float v, char *digits, int &point) noexcept {
  int n;
  if (short_decimal<float, 21, 10>(v, digits, n, point)) return n;
  return shortest(detail::decompose(v), digits, point);
}

} // namespace solo::fmt
