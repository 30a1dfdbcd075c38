// The C symbols crt/ provides for the compiler (string, wide-string and math functions, the 128-bit integer
// and binary16 runtime), compared with the host's C library and compiler runtime on random inputs: every
// alignment and length for the string functions, random bit patterns (subnormals, infinities, NaNs, signed
// zeros) for the math ones. tests/hermetic/c_symbols.cpp checks that freestanding programs link them.
#include "model.hpp" // host headers first, like prelude.hpp's
#include <math.h>
#include <string.h>
#include <wchar.h>

#include "prelude.hpp"

#include "../../crt/c_math.hpp"
#include "../../crt/c_string.hpp"
#include "../../crt/half.hpp"
#include "../../crt/int128.hpp"

#include <vector>

namespace crt = solo::crt;
using model::Rng;

namespace {

int sign(int v) { return (v > 0) - (v < 0); }

// A random string in a buffer at a random offset (so every alignment is tried), from a small or a full
// alphabet, NUL-terminated, with slack after it.
struct RandomString {
  std::vector<char> storage;
  char *s;
  size_t length;
  RandomString(Rng &r, size_t max_length, bool small_alphabet) : storage(max_length + 64) {
    size_t offset = r.in(0, 15);
    length = r.in(0, max_length);
    s = storage.data() + offset;
    for (size_t i = 0; i < length; ++i)
      s[i] = small_alphabet ? static_cast<char>('a' + r.in(0, 1)) : static_cast<char>(r.in(1, 255));
    s[length] = '\0';
    for (size_t i = offset + length + 1; i < storage.size(); ++i) storage[i] = static_cast<char>(r.in(0, 255));
  }
};

} // namespace

TEST_CASE("crt string functions match the C library on every alignment and length") {
  Rng r(model::seed());
  for (int round = 0; round < model::rounds(20000); ++round) {
    bool small = r.one_in(2);
    RandomString a(r, r.one_in(4) ? 300 : 40, small), b(r, r.one_in(3) ? 12 : 40, small);
    int c = r.one_in(5)   ? 0
            : r.one_in(2) ? static_cast<unsigned char>(a.s[r.in(0, a.length)])
                          : static_cast<int>(r.in(0, 255)) - 128;
    size_t n = r.in(0, a.length + 8);
    INFO("round ", round);
    CHECK(crt::strlen(a.s) == ::strlen(a.s));
    CHECK(crt::strnlen(a.s, n) == ::strnlen(a.s, n));
    size_t m = r.in(0, a.length + 1); // memchr reads only [0, m): the terminator counts as a byte
    CHECK(crt::memchr(a.s, c, m) == ::memchr(a.s, c, m));
    CHECK(crt::strchr(a.s, c) == ::strchr(a.s, c));
    CHECK(crt::strrchr(a.s, c) == ::strrchr(a.s, c));
    CHECK(sign(crt::strcmp(a.s, b.s)) == sign(::strcmp(a.s, b.s)));
    CHECK(sign(crt::strcmp(a.s, a.s)) == 0);
    CHECK(sign(crt::strncmp(a.s, b.s, n)) == sign(::strncmp(a.s, b.s, n)));
    CHECK(crt::strstr(a.s, b.s) == ::strstr(a.s, b.s));
    if (b.length <= a.length && r.one_in(2)) { // a needle that is there
      size_t from = r.in(0, a.length - b.length), len = r.in(0, a.length - from);
      std::string needle(a.s + from, len);
      CHECK(crt::strstr(a.s, needle.c_str()) == ::strstr(a.s, needle.c_str()));
    }
    CHECK(crt::strspn(a.s, b.s) == ::strspn(a.s, b.s));
    CHECK(crt::strcspn(a.s, b.s) == ::strcspn(a.s, b.s));
    CHECK(crt::strpbrk(a.s, b.s) == ::strpbrk(a.s, b.s));
    // Copies: into buffers filled alike, compared whole (padding and what lies past the end included).
    std::vector<char> ours(2 * a.length + b.length + 80, '#'), theirs = ours;
    size_t at = r.in(0, 7);
    CHECK(crt::stpcpy(ours.data() + at, a.s) - ours.data() == ::stpcpy(theirs.data() + at, a.s) - theirs.data());
    CHECK(ours == theirs);
    CHECK(crt::strcat(ours.data() + at, b.s) == ours.data() + at);
    ::strcat(theirs.data() + at, b.s);
    CHECK(ours == theirs);
    CHECK(crt::strncat(ours.data() + at, a.s, n) == ours.data() + at);
    ::strncat(theirs.data() + at, a.s, n);
    CHECK(ours == theirs);
    CHECK(crt::strncpy(ours.data() + at, b.s, n) == ours.data() + at);
    ::strncpy(theirs.data() + at, b.s, n);
    CHECK(ours == theirs);
    CHECK(crt::strcpy(ours.data(), b.s) == ours.data());
    ::strcpy(theirs.data(), b.s);
    CHECK(ours == theirs);
  }
}

TEST_CASE("crt strstr is right on needles with long periods and repetitions") {
  Rng r(model::seed());
  const char *needles[] = {"aaaaab", "abababab", "abaabaab", "aab", "ba", "abcabcabd", "aaaa", "abba"};
  for (int round = 0; round < model::rounds(4000); ++round) {
    std::string h;
    for (size_t i = r.in(0, 200); i > 0; --i) h += static_cast<char>('a' + r.in(0, r.one_in(2) ? 1 : 3));
    std::string needle = r.one_in(2) ? needles[r.in(0, 7)] : h.substr(r.in(0, h.size()), r.in(0, 12));
    CHECK(crt::strstr(h.c_str(), needle.c_str()) == ::strstr(h.c_str(), needle.c_str()));
  }
  std::string big(100000, 'a');
  big += 'b';
  std::string needle(5000, 'a');
  needle += 'b';
  CHECK(crt::strstr(big.c_str(), needle.c_str()) == big.c_str() + 100000 - 5000);
}

TEST_CASE("crt wide-string functions match the C library") {
  Rng r(model::seed());
  for (int round = 0; round < model::rounds(5000); ++round) {
    std::vector<wchar_t> a(r.in(0, 30)), b(r.in(0, 30));
    auto fill = [&](std::vector<wchar_t> &v) {
      // Characters, not any 32 bits: with aarch64's unsigned wchar_t, glibc's wcscmp calls L'\x80000000'
      // smaller than L'\0' (it returns c1 - c2 as an int there); C and solo say larger.
      for (auto &w : v) w = static_cast<wchar_t>(r.one_in(3) ? r.in(1, 0x10ffff) : r.in(1, 3));
      for (auto &w : v)
        if (w == 0) w = 1;
      v.push_back(0);
    };
    fill(a);
    fill(b);
    wchar_t c = r.one_in(2) ? a[r.in(0, a.size() - 1)] : static_cast<wchar_t>(r.in(0, 3));
    size_t n = r.in(0, a.size());
    CHECK(crt::wcslen(a.data()) == ::wcslen(a.data()));
    CHECK(crt::wmemchr(a.data(), c, n) == ::wmemchr(a.data(), c, n));
    size_t common = std::min(a.size(), b.size());
    CHECK(sign(crt::wmemcmp(a.data(), b.data(), common)) == sign(::wmemcmp(a.data(), b.data(), common)));
    CHECK(crt::wcschr(a.data(), c) == ::wcschr(a.data(), c));
    CHECK(sign(crt::wcscmp(a.data(), b.data())) == sign(::wcscmp(a.data(), b.data())));
    CHECK(sign(crt::wcsncmp(a.data(), b.data(), n)) == sign(::wcsncmp(a.data(), b.data(), n)));
  }
}

#ifdef __SIZEOF_INT128__ // only the 64-bit targets have __int128
namespace {

using crt::i128;
using crt::u128;

// A random value with a random number of significant bits (all 0 to 128 are tried).
u128 random_u128(Rng &r) {
  u128 v = (static_cast<u128>(r.next()) << 64) | r.next();
  size_t bits = r.in(0, 128);
  return bits == 128 ? v : v & ((static_cast<u128>(1) << bits) - 1);
}

// Whether a * b fits in 128 signed bits, by 64-bit limbs: the trivially correct model.
bool fits(i128 a, i128 b) {
  u128 x = crt::magnitude(a), y = crt::magnitude(b);
  uint64_t xs[2] = {static_cast<uint64_t>(x), static_cast<uint64_t>(x >> 64)};
  uint64_t ys[2] = {static_cast<uint64_t>(y), static_cast<uint64_t>(y >> 64)};
  uint64_t out[4] = {};
  for (int i = 0; i < 2; ++i) {
    u128 carry = 0;
    for (int j = 0; j < 2; ++j) {
      u128 t = static_cast<u128>(xs[i]) * ys[j] + out[i + j] + carry;
      out[i + j] = static_cast<uint64_t>(t);
      carry = t >> 64;
    }
    out[i + 2] = static_cast<uint64_t>(carry);
  }
  if (out[2] != 0 || out[3] != 0) return false;
  u128 p = (static_cast<u128>(out[1]) << 64) | out[0];
  bool negative = (a < 0) != (b < 0) && p != 0;
  return negative ? p <= (static_cast<u128>(1) << 127) : p < (static_cast<u128>(1) << 127);
}

} // namespace

TEST_CASE("crt 128-bit division, remainder and checked multiplication match the compiler's") {
  Rng r(model::seed());
  for (int round = 0; round < model::rounds(200000); ++round) {
    u128 n = random_u128(r), d = random_u128(r);
    if (d == 0) d = 1;
    u128 rem;
    u128 q = crt::divide(n, d, rem);
    INFO("round ", round);
    REQUIRE(q == n / d);
    REQUIRE(rem == n % d);
    i128 sn = static_cast<i128>(n) >> r.in(0, 1), sd = static_cast<i128>(d) >> r.in(0, 1);
    if (r.one_in(2)) sn = -sn;
    if (r.one_in(2)) sd = -sd;
    if (sd == 0 || (sd == -1 && sn == static_cast<i128>(static_cast<u128>(1) << 127))) continue;
    REQUIRE(crt::divide_signed(sn, sd) == sn / sd);
    REQUIRE(crt::remainder_signed(sn, sd) == sn % sd);
    i128 a = static_cast<i128>(random_u128(r)) >> r.in(0, 64), b = static_cast<i128>(random_u128(r)) >> r.in(0, 100);
    if (r.one_in(2)) a = -a;
    bool overflow;
    i128 p = crt::multiply_checked(a, b, overflow);
    REQUIRE(overflow == !fits(a, b));
    REQUIRE(p == static_cast<i128>(static_cast<u128>(a) * static_cast<u128>(b)));
  }
}

TEST_CASE("crt 128-bit shifts and product match the compiler's") {
  Rng r(model::seed());
  for (int round = 0; round < model::rounds(200000); ++round) {
    u128 a = random_u128(r), b = random_u128(r);
    int n = static_cast<int>(r.in(0, 127));
    INFO("round ", round, " shift ", n);
    REQUIRE(crt::shift_left(a, n) == a << n);
    REQUIRE(crt::shift_right(a, n) == a >> n);
    REQUIRE(crt::shift_right_signed(static_cast<i128>(a), n) == static_cast<i128>(a) >> n);
    REQUIRE(crt::multiply(a, b) == a * b);
    u128 small = b >> r.in(0, 127);
    REQUIRE(crt::multiply(a, small) == a * small);
  }
}

TEST_CASE("crt conversions between 128-bit integers and floating point match the compiler's") {
  Rng r(model::seed());
  for (int round = 0; round < model::rounds(200000); ++round) {
    u128 v = random_u128(r);
    i128 s = static_cast<i128>(v);
    INFO("round ", round);
    REQUIRE(crt::from_u128<double>(v) == static_cast<double>(v));
    REQUIRE(crt::from_u128<float>(v) == static_cast<float>(v));
    REQUIRE(crt::from_i128<double>(s) == static_cast<double>(s));
    REQUIRE(crt::from_i128<float>(s) == static_cast<float>(s));
    // Back, from floating-point values in range.
    double d = static_cast<double>(v >> 1) * (r.one_in(2) ? 1 : 0.75);
    if (r.one_in(2)) d = -d;
    REQUIRE(crt::to_i128(d) == static_cast<i128>(d));
    if (d >= 0) REQUIRE(crt::to_u128(d) == static_cast<u128>(d));
    float f = static_cast<float>(d) * 0.5f;
    REQUIRE(crt::to_i128(f) == static_cast<i128>(f));
    if (f >= 0) REQUIRE(crt::to_u128(f) == static_cast<u128>(f));
  }
}
#endif // __SIZEOF_INT128__

namespace {

// Random doubles and floats from random bit patterns (every exponent, subnormals, infinities, NaNs), plus
// values near integers and halves, where rounding functions go wrong.
template <class Float> Float random_float(Rng &r) {
  using Bits = crt::BitsOf<Float>;
  switch (r.in(0, 3)) {
  case 0:
    return crt::from_bits<Float>(static_cast<Bits>(r.next()));
  case 1:
    return static_cast<Float>(static_cast<long>(r.in(0, 2000)) - 1000) / 2; // halves
  case 2: {                                                                 // near an integer, at any scale
    Float x = static_cast<Float>(static_cast<long>(r.next() >> r.in(1, 63)));
    Float nudge = crt::from_bits<Float>(static_cast<Bits>(crt::bits_of(x) + (r.in(0, 2) - 1)));
    return r.one_in(2) ? -nudge : nudge;
  }
  default:
    return crt::from_bits<Float>(
        static_cast<Bits>(r.next() & (crt::sign_bit<Float> | crt::fraction_mask<Float>))); // subnormal
  }
}

// Bit for bit, except that any NaN equals any NaN.
template <class Float> bool same(Float a, Float b) { return (a != a && b != b) || crt::bits_of(a) == crt::bits_of(b); }

} // namespace

TEST_CASE_TEMPLATE("crt math functions match the C library bit for bit", Float, double, float) {
  Rng r(model::seed());
  constexpr bool is_double = sizeof(Float) == 8;
  for (int round = 0; round < model::rounds(300000); ++round) {
    Float x = random_float<Float>(r), y = random_float<Float>(r);
    INFO("x bits ", static_cast<unsigned long long>(crt::bits_of(x)), " y bits ",
         static_cast<unsigned long long>(crt::bits_of(y)));
    REQUIRE(same(crt::floor_of(x), is_double ? Float(::floor(x)) : ::floorf(x)));
    REQUIRE(same(crt::ceil_of(x), is_double ? Float(::ceil(x)) : ::ceilf(x)));
    REQUIRE(same(crt::truncate(x), is_double ? Float(::trunc(x)) : ::truncf(x)));
    REQUIRE(same(crt::round_half_away(x), is_double ? Float(::round(x)) : ::roundf(x)));
    REQUIRE(same(crt::round_half_even(x), is_double ? Float(::rint(x)) : ::rintf(x)));
    REQUIRE(same(crt::square_root(x), is_double ? Float(::sqrt(x)) : ::sqrtf(x)));
    REQUIRE(same(crt::remainder_trunc(x, y), is_double ? Float(::fmod(x, y)) : ::fmodf(x, y)));
    int e1 = 0, e2 = 0;
    Float m1 = crt::split_exponent(x, &e1), m2 = is_double ? Float(::frexp(x, &e2)) : ::frexpf(x, &e2);
    REQUIRE(same(m1, m2));
    if (x == x && x - x == 0) REQUIRE(e1 == e2); // the exponent of infinities and NaNs is unspecified
    int n = static_cast<int>(r.in(0, 2400)) - 1200;
    REQUIRE(same(crt::scale(x, n), is_double ? Float(::ldexp(x, n)) : ::ldexpf(x, n)));
    Float rounded = crt::round_half_away(x);
    if (rounded == rounded && rounded > -0x1p62 && rounded < 0x1p62) {
      REQUIRE(crt::to_long(rounded) == (is_double ? ::lround(x) : ::lroundf(x)));
      REQUIRE(crt::to_long(crt::round_half_even(x)) == (is_double ? ::lrint(x) : ::lrintf(x)));
    }
  }
}

TEST_CASE("crt binary16: every half converts exactly; float and double round to the nearest half") {
  for (uint32_t h = 0; h < 0x10000; ++h) {
    float f = crt::half_to_float(static_cast<uint16_t>(h));
    bool nan = (h & 0x7c00) == 0x7c00 && (h & 0x3ff) != 0;
    if (nan) {
      CHECK(f != f);
      continue;
    }
    // Exact and back again.
    REQUIRE(crt::to_half(f) == h);
    REQUIRE(crt::to_half(static_cast<double>(f)) == h);
#if defined(__x86_64__) || defined(__aarch64__) // the host's own conversion (riscv64's libgcc 12 has none)
    REQUIRE(crt::bits_of(f) ==
            crt::bits_of(static_cast<float>(__builtin_bit_cast(_Float16, static_cast<uint16_t>(h)))));
#endif
  }
  // Any float: the half it gives is the nearest, ties to even (checked in double, where every half and the
  // distances are exact).
  Rng r(model::seed());
  for (int round = 0; round < model::rounds(400000); ++round) {
    float f = r.one_in(2) ? random_float<float>(r)
                          : crt::from_bits<float>(static_cast<uint32_t>(r.in(0x33000000, 0x47800000)) |
                                                  (r.one_in(2) ? 0x80000000u : 0));
    if (f != f) continue;
    uint16_t h = crt::to_half(f);
    double value = crt::half_to_float(h), x = f;
    double mag = x < 0 ? -x : x;
    if ((h & 0x7fff) == 0x7c00) { // infinity: only at or beyond 65520, halfway to the next binade
      REQUIRE(mag >= 65520.0);
      continue;
    }
    REQUIRE(mag < 65520.0);
    uint16_t up = static_cast<uint16_t>(h + 1), down = static_cast<uint16_t>(h - 1);
    double distance = x - value < 0 ? value - x : x - value;
    for (uint16_t other : {up, down}) {
      if ((other & 0x7fff) >= 0x7c00 || ((other ^ h) & 0x8000)) continue;
      double v = crt::half_to_float(other), d = x - v < 0 ? v - x : x - v;
      REQUIRE(distance <= d);
      if (distance == d) REQUIRE((h & 1) == 0); // a tie goes to the even half
    }
    REQUIRE(crt::to_half(x) == h); // and the same from the double
#if defined(__x86_64__) || defined(__aarch64__)
    REQUIRE(h == __builtin_bit_cast(uint16_t, static_cast<_Float16>(f)));
#endif
  }
}
