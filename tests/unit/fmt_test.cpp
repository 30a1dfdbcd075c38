// Formatting of everything but floating point: integers against printf, strings, chars, bools, pointers,
// enums, user types, argument numbering and truncation into small buffers.
#include "prelude.hpp"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <string>

namespace {

std::string s(solo::FormatResult r) { return std::string(r.text.data(), r.text.size()); }
char buf[512];

std::string pf(const char *f, long long v) {
  char b[128];
  snprintf(b, sizeof b, f, v);
  return b;
}
std::string pfu(const char *f, unsigned long long v) {
  char b[128];
  snprintf(b, sizeof b, f, v);
  return b;
}

// -ff rather than two's complement: std::format's (and solo's) way for negative numbers in other bases.
std::string neg_base(const char *f, long long v) {
  unsigned long long m = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  return (v < 0 ? "-" : "") + pfu(f, m);
}

std::string binary(unsigned long long v) {
  std::string r;
  do r.insert(r.begin(), static_cast<char>('0' + (v & 1)));
  while ((v >>= 1) != 0);
  return r;
}

uint64_t rng = 88172645463325252ULL;
uint64_t next() {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

template <class T> void check_signed(T v) {
  long long w = v;
  CHECK(s(solo::format_to(buf, "{}", v)) == pf("%lld", w));
  CHECK(s(solo::format_to(buf, "{:+}", v)) == pf("%+lld", w));
  CHECK(s(solo::format_to(buf, "{: d}", v)) == pf("% lld", w));
  CHECK(s(solo::format_to(buf, "{:25}", v)) == pf("%25lld", w));
  CHECK(s(solo::format_to(buf, "{:<25}", v)) == pf("%-25lld", w));
  CHECK(s(solo::format_to(buf, "{:025}", v)) == pf("%025lld", w));
  CHECK(s(solo::format_to(buf, "{:x}", v)) == neg_base("%llx", w));
  CHECK(s(solo::format_to(buf, "{:X}", v)) == neg_base("%llX", w));
  CHECK(s(solo::format_to(buf, "{:o}", v)) == neg_base("%llo", w));
}

template <class T> void check_unsigned(T v) {
  unsigned long long w = v;
  CHECK(s(solo::format_to(buf, "{}", v)) == pfu("%llu", w));
  CHECK(s(solo::format_to(buf, "{:x}", v)) == pfu("%llx", w));
  CHECK(s(solo::format_to(buf, "{:#X}", v)) == (w ? pfu("%#llX", w) : "0X0"));
  CHECK(s(solo::format_to(buf, "{:#o}", v)) == pfu("%#llo", w));
  CHECK(s(solo::format_to(buf, "{:#020x}", v)) == (w ? pfu("%#020llx", w) : "0x000000000000000000"));
  CHECK(s(solo::format_to(buf, "{:b}", v)) == binary(w));
  CHECK(s(solo::format_to(buf, "{:#B}", v)) == "0B" + binary(w));
}

enum class Color { Red, Green, Blue };
const char *solo_enum_name(Color c) {
  switch (c) {
  case Color::Red:
    return "red";
  case Color::Green:
    return "green";
  default:
    return nullptr;
  }
}
enum Plain : short { A = -3 };

struct Point {
  int x, y;
};

} // namespace

template <> struct solo::Formatter<Point> {
  bool brief = false;
  constexpr void parse(solo::StringView spec) {
    if (spec == "b")
      brief = true;
    else if (!spec.empty())
      solo::fmt::bad_spec();
  }
  void format(const Point &p, solo::fmt::Sink &out) const {
    if (brief)
      solo::format_to(out, "{} {}", p.x, p.y);
    else
      solo::format_to(out, "({}, {})", p.x, p.y);
  }
};

TEST_CASE("integers of every width against printf, random and extreme values") {
  for (int i = 0; i < 3000; ++i) {
    uint64_t x = next() >> (next() % 64);
    check_signed(static_cast<signed char>(x));
    check_signed(static_cast<short>(x));
    check_signed(static_cast<int>(x));
    check_signed(static_cast<long>(x));
    check_signed(static_cast<long long>(x));
    check_unsigned(static_cast<unsigned char>(x));
    check_unsigned(static_cast<unsigned short>(x));
    check_unsigned(static_cast<unsigned>(x));
    check_unsigned(static_cast<unsigned long>(x));
  }
  for (long long v : {0LL, 1LL, -1LL, LLONG_MAX, LLONG_MIN, (long long)INT_MIN, (long long)INT_MAX}) check_signed(v);
  for (unsigned long long v : {0ULL, 1ULL, ULLONG_MAX}) check_unsigned(v);
}

TEST_CASE("decimal integers at every digit count's edges, into buffers of every size") {
  // 10^k - 1, 10^k and 10^k + 1 for every k, both signs: where the digit count (estimated from the bit length)
  // and the eight-digit groups change.
  unsigned long long p = 1;
  for (int k = 0; k < 20; ++k, p *= 10) {
    for (unsigned long long v : {p - 1, p, p + 1}) {
      check_unsigned(v);
      if (v <= static_cast<unsigned long long>(LLONG_MAX)) check_signed(-static_cast<long long>(v));
    }
  }
  // A buffer too small for the whole number (the path that does not write into the window directly): the
  // text is the model's prefix, and needed its full length.
  for (int i = 0; i < 2000; ++i) {
    auto v = static_cast<long long>(next() >> (next() % 64));
    if (i & 1) v = -v;
    std::string model = pf("%lld", v);
    char small[32];
    size_t size = next() % (model.size() + 2);
    auto r = solo::format_to(small, size, "{}", v);
    REQUIRE(r.needed == model.size());
    REQUIRE(std::string(r.text.data(), r.text.size()) == model.substr(0, size));
  }
}

TEST_CASE("integer specs: fill and alignment, sign with zero padding, prefixes, c") {
  CHECK(s(solo::format_to(buf, "[{:*^7}]", 42)) == "[**42***]");
  CHECK(s(solo::format_to(buf, "[{:>4}][{:<4}][{:^5}]", -1, -1, -1)) == "[  -1][-1  ][ -1  ]");
  CHECK(s(solo::format_to(buf, "{:+06} {:#06x} {:#b} {:#o}", 42, 255, 5, 0)) == "+00042 0x00ff 0b101 0");
  CHECK(s(solo::format_to(buf, "{:<06}|", 7)) == "7     |"); // an explicit alignment turns the 0 flag off
  CHECK(s(solo::format_to(buf, "{:c}{:c}", 104, 105u)) == "hi");
  CHECK(s(solo::format_to(buf, "{:d}", (signed char)-5)) == "-5");
}

TEST_CASE("chars, bools, strings, string views, pointers") {
  CHECK(s(solo::format_to(buf, "{}{:3}|{:>3}|{:d}|{:#x}", 'a', 'b', 'c', 'A', 'A')) == "ab  |  c|65|0x41");
  CHECK(s(solo::format_to(buf, "{} {:>6} {:d} {:#b}", true, false, true, false)) == "true  false 1 0b0");
  const char *cs = "text";
  char arr[] = "array";
  solo::StringView sv("view of this", 4);
  CHECK(s(solo::format_to(buf, "{} {} {} {:.2} {:_<6}|{:_>6}|{:_^7}", cs, arr, sv, cs, "ab", "ab", "ab")) ==
        "text array view te ab____|____ab|__ab___");
  int x = 0;
  char expect[64];
  snprintf(expect, sizeof expect, "%p", static_cast<void *>(&x));
  CHECK(s(solo::format_to(buf, "{}", &x)) == expect);
  CHECK(s(solo::format_to(buf, "{:p} {} {:>5}", nullptr, (void *)0x1f, (const void *)0xab)) == "0x0 0x1f  0xab");
}

TEST_CASE("enums by name or number, Errno by message, user types through Formatter") {
  CHECK(s(solo::format_to(buf, "{} {:>6} {}", Color::Red, Color::Green, Color::Blue)) == "red  green 2");
  CHECK(s(solo::format_to(buf, "{} {:x}", A, A)) == "-3 -3");
  CHECK(s(solo::format_to(buf, "{}", solo::Errno::ENOENT)) == "No such file or directory");
  CHECK(s(solo::format_to(buf, "{} {:b}", Point{1, -2}, Point{3, 4})) == "(1, -2) 3 4");
}

TEST_CASE("braces, explicit argument numbers, no arguments") {
  CHECK(s(solo::format_to(buf, "{{}} {{{}}}", 1)) == "{} {1}");
  CHECK(s(solo::format_to(buf, "{1} {0} {1:>3}", "a", "b")) == "b a   b");
  CHECK(s(solo::format_to(buf, "plain")) == "plain");
}

TEST_CASE("width and precision from arguments: {:{}} and {:.{}}") {
  CHECK(s(solo::format_to(buf, "[{:{}}]", 7, 4)) == "[   7]");
  CHECK(s(solo::format_to(buf, "[{:*^{}}]", "ab", 6u)) == "[**ab**]");
  CHECK(s(solo::format_to(buf, "[{:.{}f}]", 3.14159, 2)) == "[3.14]");
  CHECK(s(solo::format_to(buf, "[{:>{}.{}}]", "abcdef", 5, 3)) == "[  abc]");
  CHECK(s(solo::format_to(buf, "[{0:{1}}|{0:<{1}}]", 42, 5)) == "[   42|42   ]");
  CHECK(s(solo::format_to(buf, "[{:{}}]", 1, -3)) == "[1]"); // a negative width is no width
  for (int w = 0; w < 40; ++w) {
    char ref[256];
    snprintf(ref, sizeof ref, "%*d|%-*s|%.*f", w, -w, w, "x", w % 20, 1.0 / 3);
    CHECK(s(solo::format_to(buf, "{:{}}|{:{}}|{:.{}f}", -w, w, "x", w, 1.0 / 3, w % 20)) == ref);
  }
}

TEST_CASE("a small buffer truncates and reports the size needed") {
  char small[8];
  auto r = solo::format_to(small, "{}-{}", 123456, "abcdef");
  CHECK(r.truncated());
  CHECK(r.needed == 13);
  CHECK(std::string(r.text.data(), r.text.size()) == "123456-a");
  auto ok = solo::format_to(small, "{}", 1234567);
  CHECK(!ok.truncated());
  CHECK(ok.text.size() == 7);
}
