// The pieces behind the float formatters, checked on their own: the power-of-ten tables against exact big-integer
// arithmetic (a small one written here, independent of lib/fmt's), the integer logarithms over their whole
// ranges, the decimal helpers, the 128-bit products, and the fast paths against the exact ones with the exact
// checks forced on (huge margins).
// <charconv> needs the host errno macros, which prelude.hpp (via solo) takes back: it comes first.
#include <charconv>

#include "prelude.hpp"

#include "float_test_support.hpp"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>
#include <vector>

#include "../../lib/fmt/decimal.hpp"
#include "../../lib/fmt/float_approx.hpp"
#include "../../lib/fmt/float_paths.hpp"
#include "../../lib/fmt/pow10.hpp"

namespace {

using namespace solo::fmt::detail;
using solo::fmt::Decimal;
using solo::fmt::max_float_digits;

using float_test::iterations;
struct Rng : float_test::Rng {
  Rng() { s = 0x2545f4914f6cdd1dULL; } // another sequence than fmt_float_test.cpp's
};

// A plain unsigned big integer: 32-bit limbs, least significant first.
struct Big {
  std::vector<uint32_t> w;
  explicit Big(uint64_t v = 0) {
    for (; v != 0; v >>= 32) w.push_back(static_cast<uint32_t>(v));
  }
  static Big of(Uint128 v) {
    Big b(v.hi);
    b.shift(64);
    b.add(Big(v.lo));
    return b;
  }
  void trim() {
    while (!w.empty() && w.back() == 0) w.pop_back();
  }
  Big &mul(uint32_t m) {
    uint64_t carry = 0;
    for (uint32_t &x : w) {
      uint64_t t = static_cast<uint64_t>(x) * m + carry;
      x = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry) w.push_back(static_cast<uint32_t>(carry));
    trim();
    return *this;
  }
  Big &shift(int bits) {
    for (; bits >= 32; bits -= 32) w.insert(w.begin(), 0);
    if (bits > 0) {
      uint32_t carry = 0;
      for (uint32_t &x : w) {
        uint32_t v = x;
        x = (v << bits) | carry;
        carry = v >> (32 - bits);
      }
      if (carry) w.push_back(carry);
    }
    trim();
    return *this;
  }
  Big &add(const Big &o) {
    if (w.size() < o.w.size()) w.resize(o.w.size());
    uint64_t carry = 0;
    for (size_t i = 0; i < w.size(); ++i) {
      uint64_t t = static_cast<uint64_t>(w[i]) + (i < o.w.size() ? o.w[i] : 0) + carry;
      w[i] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry) w.push_back(static_cast<uint32_t>(carry));
    return *this;
  }
  static Big pow10(int n) {
    Big b(1);
    for (int i = 0; i < n; ++i) b.mul(10);
    return b;
  }
  static Big pow2(int n) { return Big(1).shift(n); }
  friend int cmp(const Big &a, const Big &b) {
    if (a.w.size() != b.w.size()) return a.w.size() < b.w.size() ? -1 : 1;
    for (size_t i = a.w.size(); i-- > 0;)
      if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
    return 0;
  }
};

Big product(const Big &a, const Big &b) {
  Big r(0);
  for (size_t i = 0; i < b.w.size(); ++i) {
    Big part = a;
    part.mul(b.w[i]).shift(static_cast<int>(32 * i));
    r.add(part);
  }
  return r;
}

// 3^three * 2^a * 10^b as a fraction of big integers.
struct Fraction {
  Big num, den;
};
Fraction value(int a, int b, int three = 0) {
  Fraction f{Big(1), Big(1)};
  for (int i = 0; i < three; ++i) f.num.mul(3);
  (a >= 0 ? f.num : f.den).shift(a >= 0 ? a : -a);
  Big &side = b >= 0 ? f.num : f.den;
  side = product(side, Big::pow10(b >= 0 ? b : -b));
  return f;
}

int compare(const Fraction &x, const Fraction &y) { return cmp(product(x.num, y.den), product(y.num, x.den)); }

// The sign of (g + quarters / 4) - 10^e * 2^shift, exactly.
int compare_with_power(Uint128 g, int quarters, int e, int shift) {
  Uint128 x{(g.hi << 2) | (g.lo >> 62), g.lo << 2}; // 4g: g < 2^126
  uint64_t lo = x.lo + static_cast<uint64_t>(static_cast<int64_t>(quarters));
  if (quarters >= 0 && lo < x.lo) ++x.hi;
  if (quarters < 0 && lo > x.lo) --x.hi;
  x.lo = lo;
  return compare(Fraction{Big::of(x), Big(1)}, value(shift + 2, e));
}

double random_double(Rng &r) {
  for (;;) {
    double d = __builtin_bit_cast(double, r.next());
    if (!__builtin_isnan(d) && !__builtin_isinf(d)) return fabs(d);
  }
}

} // namespace

TEST_CASE("integer logarithms: exact over their whole ranges") {
  for (int q = -1500; q <= 1500; ++q) {
    int k = floor_log10_pow2(q); // 10^k <= 2^q < 10^(k+1)
    REQUIRE_MESSAGE(compare(value(0, k), value(q, 0)) <= 0, q);
    REQUIRE_MESSAGE(compare(value(q, 0), value(0, k + 1)) < 0, q);
  }
  for (int q = -1100; q <= 1100; ++q) {
    int k = floor_log10_three_quarters_pow2(q); // 10^k <= 3 * 2^(q-2) < 10^(k+1)
    REQUIRE_MESSAGE(compare(value(0, k), value(q - 2, 0, 1)) <= 0, q);
    REQUIRE_MESSAGE(compare(value(q - 2, 0, 1), value(0, k + 1)) < 0, q);
  }
  for (int e = -400; e <= 400; ++e) {
    int l = floor_log2_pow10(e); // 2^l <= 10^e < 2^(l+1)
    REQUIRE_MESSAGE(compare(value(l, 0), value(0, e)) <= 0, e);
    REQUIRE_MESSAGE(compare(value(0, e), value(l + 1, 0)) < 0, e);
  }
}

TEST_CASE("the power-of-ten tables: every power within its stated error of the exact value") {
  // pow10_significand(e) = g in [2^125, 2^126) with |g - 10^e * 2^(125 - L)| < 2, L = floor(log2(10^e)).
  for (int e = min_pow10; e <= max_pow10; ++e) {
    Uint128 g = pow10_significand(e);
    REQUIRE_MESSAGE((g.hi >> 61) == 1, e); // 2^125 <= g < 2^126
    int shift = 125 - floor_log2_pow10(e);
    REQUIRE_MESSAGE(compare_with_power(g, -8, e, shift) < 0, e); // g - 2 < exact
    REQUIRE_MESSAGE(compare_with_power(g, 8, e, shift) > 0, e);  // g + 2 > exact
  }
  // The stored ones are exactly rounded: within half a unit.
  for (int j = 0; min_pow10 + j * pow10_step <= max_pow10; ++j) {
    int e = min_pow10 + j * pow10_step;
    Uint128 g = pow10_base(j);
    CHECK(g == pow10_significand(e));
    int shift = 125 - floor_log2_pow10(e);
    CHECK_MESSAGE(compare_with_power(g, -2, e, shift) <= 0, e);
    CHECK_MESSAGE(compare_with_power(g, 2, e, shift) >= 0, e);
  }
  // The float powers: g in [2^61, 2^62) within half a unit of 10^e * 2^(61 - L).
  for (int e = min_float_pow10; e <= max_float_pow10; ++e) {
    Uint128 g{0, pow10_significand_62(e)};
    REQUIRE_MESSAGE((g.lo >> 61) == 1, e);
    int shift = 61 - floor_log2_pow10(e);
    CHECK_MESSAGE(compare_with_power(g, -2, e, shift) <= 0, e);
    CHECK_MESSAGE(compare_with_power(g, 2, e, shift) >= 0, e);
  }
  // The ranges cover what the conversions ask for: 10^-k for every double and float exponent.
  CHECK(-floor_log10_pow2(-1074) <= max_pow10);
  CHECK(-floor_log10_pow2(971) >= min_pow10);
  CHECK(-floor_log10_three_quarters_pow2(971) >= min_pow10);
  CHECK(-floor_log10_pow2(-149) <= max_float_pow10);
  CHECK(-floor_log10_pow2(104) >= min_float_pow10);
  CHECK(-floor_log10_three_quarters_pow2(104) >= min_float_pow10);
}

TEST_CASE("64 x 64-bit products: the __int128 one and the 32-bit halves agree") {
  Rng r;
  const uint64_t edges[] = {0, 1, 2, 0xffffffff, 0x100000000, 0x8000000000000000, ~uint64_t(0), ~uint64_t(0) - 1};
  for (uint64_t a : edges)
    for (uint64_t b : edges) CHECK(mul_64x64(a, b) == mul_64x64_halves(a, b));
  for (long i = 0; i < iterations(1000000); ++i) {
    uint64_t a = r.next() >> (r.next() % 64), b = r.next();
    Uint128 p = mul_64x64_halves(a, b);
    REQUIRE(mul_64x64(a, b) == p);
    // and against the schoolbook product of the big integers
    if (i % 1000 == 0) {
      Big x(a);
      Big y = x;
      y.mul(static_cast<uint32_t>(b >> 32)).shift(32).add(x.mul(static_cast<uint32_t>(b)));
      CHECK(cmp(y, Big::of(p)) == 0);
    }
  }
}

TEST_CASE("decimal helpers: divisions by reciprocals, digit counts, trailing zeros, digits") {
  Rng r;
  for (long i = 0; i < iterations(2000000); ++i) {
    uint64_t n = r.next() >> (r.next() % 64);
    REQUIRE(div10(n) == n / 10);
    REQUIRE(div_1e8(n) == n / 100000000);
    uint64_t m = n >> 2; // div_1e9 takes n < 2^62
    REQUIRE(div_1e9(m) == m / 1000000000);
  }
  for (uint64_t n : {~uint64_t(0), ~uint64_t(0) - 1, uint64_t(99999999999999999)}) {
    CHECK(div10(n) == n / 10);
    CHECK(div_1e8(n) == n / 100000000);
  }
  CHECK(div_1e9((uint64_t(1) << 62) - 1) == ((uint64_t(1) << 62) - 1) / 1000000000);
  // decimal_length at every power of ten and its neighbours
  for (int d = 1; d <= 20; ++d) {
    uint64_t p = pow10_u64.v[d - 1];
    CHECK(decimal_length(p) == d);
    if (d < 20) CHECK(decimal_length(p * 10 - 1) == d);
    if (p > 1) CHECK(decimal_length(p - 1) == d - 1);
  }
  CHECK(decimal_length(~uint64_t(0)) == 20);
  for (int b = 0; b < 64; ++b) {
    uint64_t n = uint64_t(1) << b;
    CHECK(decimal_length(n) == static_cast<int>(std::to_string(n).size()));
    CHECK(decimal_length(n - (n > 1)) == static_cast<int>(std::to_string(n - (n > 1)).size()));
  }
  // trailing zeros
  for (long i = 0; i < iterations(200000); ++i) {
    uint64_t m = r.next() % 100000000000ULL + 1;
    int zeros = static_cast<int>(r.next() % 20);
    while (zeros > 0 && m > ~uint64_t(0) / pow10_u64.v[zeros]) --zeros;
    uint64_t n = m * pow10_u64.v[zeros], want = n;
    int want_zeros = 0;
    while (want % 10 == 0) {
      want /= 10;
      ++want_zeros;
    }
    int got = remove_trailing_zeros(n);
    REQUIRE(got == want_zeros);
    REQUIRE(n == want);
  }
  // write_digits: every count, leading zeros kept, nothing written before the digits
  char buf[64];
  for (long i = 0; i < iterations(200000); ++i) {
    int count = 1 + static_cast<int>(r.next() % 20);
    uint64_t n = count == 20 ? r.next() : r.next() % pow10_u64.v[count];
    if (i % 7 == 0) n = count == 20 ? ~uint64_t(0) : pow10_u64.v[count] - 1;
    if (i % 11 == 0) n = pow10_u64.v[count - 1];
    memset(buf, '#', sizeof buf);
    write_digits(n, count, buf + 8);
    char want[32];
    snprintf(want, sizeof want, "%0*llu", count, static_cast<unsigned long long>(n));
    REQUIRE(std::string(buf + 8, static_cast<size_t>(count)) == want);
    REQUIRE(std::string(buf, 8) == "########");
    REQUIRE(std::string(buf + 8 + count + digit_scribble, 8) == "########");
  }
}

TEST_CASE("exact checks: integers by their factors of 2 and 5, and big-integer comparisons") {
  CHECK(is_integer({3, 0, 0}));
  CHECK(is_integer({3, -1, 1}));       // 3 * 10 / 2
  CHECK_FALSE(is_integer({3, -2, 1})); // 30 / 4
  CHECK_FALSE(is_integer({125, 0, -3}));
  CHECK(is_integer({125, 3, -3}));     // 125 * 8 / 1000
  CHECK(is_integer({1953125, 9, -9})); // 5^9 * 2^9 / 10^9
  CHECK_FALSE(is_integer({1953125, 9, -10}));
  CHECK(is_integer({uint64_t(7450580596923828125), 27, -27})); // 5^27 * 2^27 / 10^27
  CHECK(compare_exact({3, 0, 0}, 3) == 0);
  CHECK(compare_exact({3, 0, 0}, 2) > 0);
  CHECK(compare_exact({1, -1074, 324}, 4) > 0); // 4.94...
  CHECK(compare_exact({1, -1074, 324}, 5) < 0);
  CHECK(compare_exact({(uint64_t(1) << 53) - 1, 971, -292}, 17976931348623157) > 0);
  CHECK(compare_exact({(uint64_t(1) << 53) - 1, 971, -292}, 17976931348623158) < 0);
}

TEST_CASE("shortest digits: huge margins (the exact checks deciding often) change nothing") {
  Rng r;
  long n = iterations(300000);
  for (long i = 0; i < n; ++i) {
    double d = random_double(r);
    if (i % 3 == 1) d = static_cast<double>(r.next() % 100000000) / 1000;
    if (i % 3 == 2)
      d = ldexp(static_cast<double>(r.next() >> (11 + r.next() % 50)), static_cast<int>(r.next() % 2100) - 1100);
    uint64_t margin = uint64_t(1) << (32 + r.next() % 30);
    Decimal a = shortest_decimal(d, 0), b = shortest_decimal(d, margin);
    REQUIRE_MESSAGE((a.significand == b.significand && a.exponent == b.exponent), d);
    float f = static_cast<float>(d);
    if (__builtin_isinf(f)) continue;
    Decimal fa = shortest_decimal(f, 0), fb = shortest_decimal(f, margin);
    REQUIRE_MESSAGE((fa.significand == fb.significand && fa.exponent == fb.exponent), f);
  }
}

TEST_CASE("precision digits: the fast paths match the exact big-integer ones, with default and huge margins") {
  Rng r;
  long n = iterations(300000);
  char a[max_float_digits], b[max_float_digits];
  for (long i = 0; i < n; ++i) {
    uint64_t x = r.next();
    double d;
    switch (i % 5) {
    case 0:
      d = random_double(r);
      break;
    case 1:
      d = static_cast<double>(x % 100000000) / 1000;
      break;
    case 2: // short mantissas: exact ties and near-ties at many positions
      d = ldexp(static_cast<double>((x >> 40) | 1), static_cast<int>(x % 1100) - 1100);
      break;
    case 3: // around the fixed-point path's edges, 2^-75 and 2^64
      d = ldexp(static_cast<double>(x >> 11), static_cast<int>(x % 40) - 150 + static_cast<int>(x % 2) * 140);
      break;
    default:
      d = ldexp(1.0, static_cast<int>(x % 2098) - 1074);
    }
    int precision = static_cast<int>(r.next() % 40);
    if (i % 37 == 0) precision = static_cast<int>(r.next() % 400);
    uint64_t margin = i % 2 ? 0 : uint64_t(1) << (32 + r.next() % 30);
    int pa, pb;
    int na = fixed_digits(d, precision, a, pa, margin), nb = fixed_digits_exact(d, precision, b, pb);
    REQUIRE_MESSAGE((na == nb && (na == 0 || pa == pb) && memcmp(a, b, static_cast<size_t>(na)) == 0),
                    d << " .f " << precision);
    int count = 1 + precision % 25;
    na = significant_digits(d, count, a, pa, margin);
    nb = significant_digits_exact(d, count, b, pb);
    REQUIRE_MESSAGE((na == nb && (na == 0 || pa == pb) && memcmp(a, b, static_cast<size_t>(na)) == 0),
                    d << " digits " << count);
  }
}
