// Floating-point formatting against the host: std::to_chars for the shortest forms, glibc's snprintf for the
// precision forms (both exact and correctly rounded), and strtod for the round trip. Random bit patterns cover
// every exponent; the counts are millions natively and fewer under emulation or sanitizers
// (SOLO_FMT_ITERATIONS overrides).
// <charconv> needs the host errno macros, which prelude.hpp (via solo) takes back: it comes first.
#include <charconv>

#include "prelude.hpp"

#include "float_test_support.hpp"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>

namespace {

using float_test::iterations;
using float_test::Rng;

double random_double(Rng &r) {
  for (;;) {
    uint64_t bits = r.next();
    double d;
    memcpy(&d, &bits, sizeof d);
    if (!__builtin_isnan(d) && !__builtin_isinf(d)) return d;
  }
}

// A spread of doubles people actually print: small integers, short decimals, powers of two and ten.
double friendly_double(Rng &r) {
  uint64_t x = r.next();
  switch (x % 4) {
  case 0:
    return static_cast<double>(static_cast<int64_t>(x >> 8) >> (x % 60));
  case 1:
    return static_cast<double>((x >> 8) % 100000) / 1000.0;
  case 2:
    return ldexp(1.0, static_cast<int>((x >> 8) % 2100) - 1074);
  default:
    return strtod(("1e" + std::to_string(static_cast<int>((x >> 8) % 640) - 320)).c_str(), nullptr);
  }
}

std::string s(solo::FormatResult r) { return std::string(r.text.data(), r.text.size()); }

std::string ref_chars(double d, std::chars_format f) {
  char b[400];
  auto e = std::to_chars(b, b + sizeof b, d, f);
  return std::string(b, e.ptr);
}

std::string ref_chars(double d) {
  char b[400];
  auto e = std::to_chars(b, b + sizeof b, d);
  return std::string(b, e.ptr);
}

std::string ref_chars(float d) {
  char b[64];
  auto e = std::to_chars(b, b + sizeof b, d);
  return std::string(b, e.ptr);
}

std::string ref_printf(const char *f, int precision, double d) {
  char b[1600];
  snprintf(b, sizeof b, f, precision, d);
  return b;
}

char buf[1600];

} // namespace

TEST_CASE("{} of doubles: std::to_chars's shortest text, and it reads back bit for bit") {
  Rng r;
  long n = iterations(2000000), bad = 0;
  for (long i = 0; i < n; ++i) {
    double d = i % 8 == 7 ? friendly_double(r) : random_double(r);
    std::string got = s(solo::format_to(buf, "{}", d));
    if (got != ref_chars(d) && ++bad <= 5) FAIL_CHECK(got << " != " << ref_chars(d));
    double back = strtod(got.c_str(), nullptr);
    if (memcmp(&back, &d, sizeof d) != 0 && ++bad <= 5) FAIL_CHECK("round trip of " << got);
  }
  CHECK(bad == 0);
}

TEST_CASE("{} of short decimals k / 10^j, the fast path, at the edges of its range") {
  Rng r;
  long n = iterations(500000), bad = 0;
  for (long i = 0; i < n; ++i) {
    uint64_t x = r.next();
    int j = static_cast<int>(x % 24);
    uint64_t k = (x >> 8) >> (x >> 62 == 0 ? 3 : (x >> 58) % 40); // from 53 bits down to a few
    double d = static_cast<double>(k) / pow(10.0, j);
    if (i % 3 == 0) d = nextafter(d, i % 2 ? 0.0 : 1e300); // the neighbours have long forms
    std::string got = s(solo::format_to(buf, "{}", d));
    if (got != ref_chars(d) && ++bad <= 5) FAIL_CHECK(got << " != " << ref_chars(d));
    float f = static_cast<float>(static_cast<uint32_t>(k) % 10000000) / static_cast<float>(pow(10.0, j % 11));
    std::string gotf = s(solo::format_to(buf, "{}", f));
    if (gotf != ref_chars(f) && ++bad <= 5) FAIL_CHECK(gotf << " != " << ref_chars(f));
  }
  CHECK(bad == 0);
}

TEST_CASE("{:e} and {:f} without precision: std::to_chars scientific and fixed") {
  Rng r;
  long n = iterations(300000), bad = 0;
  for (long i = 0; i < n; ++i) {
    double d = i % 4 == 3 ? friendly_double(r) : random_double(r);
    std::string e = s(solo::format_to(buf, "{:e}", d));
    if (e != ref_chars(d, std::chars_format::scientific) && ++bad <= 5) FAIL_CHECK(e);
    if (fabs(d) < 1e30 && fabs(d) > 1e-30) { // keep the fixed strings short
      std::string f = s(solo::format_to(buf, "{:f}", d));
      if (f != ref_chars(d, std::chars_format::fixed) && ++bad <= 5) FAIL_CHECK(f);
    }
  }
  CHECK(bad == 0);
}

TEST_CASE("{} of floats: shortest for float, not for the double it widens to") {
  Rng r;
  long n = iterations(1000000), bad = 0;
  for (long i = 0; i < n; ++i) {
    uint32_t bits = static_cast<uint32_t>(r.next());
    float f;
    memcpy(&f, &bits, sizeof f);
    if (__builtin_isnan(f) || __builtin_isinf(f)) continue;
    std::string got = s(solo::format_to(buf, "{}", f));
    if (got != ref_chars(f) && ++bad <= 5) FAIL_CHECK(got << " != " << ref_chars(f));
    float back = strtof(got.c_str(), nullptr);
    if (memcmp(&back, &f, sizeof f) != 0 && ++bad <= 5) FAIL_CHECK("round trip of " << got);
  }
  CHECK(bad == 0);
  CHECK(s(solo::format_to(buf, "{}", 0.1f)) == "0.1");
  CHECK(s(solo::format_to(buf, "{}", 16777216.0f)) == "16777216");
}

TEST_CASE("{:.Ne}, {:.Nf}, {:.Ng} and their # forms: glibc's correctly rounded printf digits") {
  Rng r;
  long n = iterations(1000000), bad = 0;
  for (long i = 0; i < n; ++i) {
    double d = i % 4 == 3 ? friendly_double(r) : random_double(r);
    int p = static_cast<int>(r.next() % 25);
    solo::fmt::Spec spec;
    spec.precision = p;
    solo::fmt::BufferSink sink(buf, sizeof buf);
    const char *ref_format;
    switch (i % 3) {
    case 0:
      spec.type = 'e';
      ref_format = "%.*e";
      break;
    case 1:
      spec.type = 'g';
      ref_format = "%.*g";
      break;
    default:
      spec.type = 'f';
      ref_format = "%.*f";
      if (fabs(d) > 1e40) d = ldexp(d, -900); // keep it readable
      break;
    }
    if (i % 7 == 0) { // '#': keep the point and, for g, the trailing zeros
      spec.alternate = true;
      ref_format = spec.type == 'e' ? "%#.*e" : spec.type == 'g' ? "%#.*g" : "%#.*f";
    }
    solo::fmt::format_float(sink, d, false, spec);
    std::string got(buf, sink.written()), want = ref_printf(ref_format, p, d);
    if (got != want && ++bad <= 5) FAIL_CHECK(ref_format << " " << p << ": " << got << " != " << want);
  }
  CHECK(bad == 0);
}

TEST_CASE("fixed precision at the extremes: exact digits of the smallest and largest doubles") {
  for (double d : {5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.5, 2.5, 0.125, 1e23, 9.5, 0.05}) {
    for (int p : {0, 1, 2, 17, 40, 330, 800, 1100}) {
      solo::fmt::Spec spec;
      spec.precision = p;
      spec.type = 'f';
      solo::fmt::BufferSink sink(buf, sizeof buf);
      solo::fmt::format_float(sink, d, false, spec);
      CHECK(std::string(buf, sink.written()) == ref_printf("%.*f", p, d));
      spec.type = 'e';
      solo::fmt::BufferSink sink2(buf, sizeof buf);
      solo::fmt::format_float(sink2, d, false, spec);
      CHECK(std::string(buf, sink2.written()) == ref_printf("%.*e", p, d));
    }
  }
}

TEST_CASE("floating-point specs: sign, width, fill, zero padding, #, upper case, inf and nan") {
  CHECK(s(solo::format_to(buf, "{:+}", 1.5)) == "+1.5");
  CHECK(s(solo::format_to(buf, "{: }", 1.5)) == " 1.5");
  CHECK(s(solo::format_to(buf, "{:08.3f}", -3.14159)) == "-003.142");
  CHECK(s(solo::format_to(buf, "{:*^10.2e}", 1234.5)) == "*1.23e+03*");
  CHECK(s(solo::format_to(buf, "{:<8}|", 0.5)) == "0.5     |");
  CHECK(s(solo::format_to(buf, "{:#.0f} {:#g} {:#.3}", 3.0, 1.0, 2.0)) == "3. 1.00000 2.00");
  CHECK(s(solo::format_to(buf, "{:E} {:.2F} {:G}", 1e-7, 1.005, 1e-10)) == "1E-07 1.00 1E-10");
  const double inf = __builtin_inf(), nan = __builtin_nan("");
  CHECK(s(solo::format_to(buf, "{} {} {:F} {:+} {} {:G}", inf, -inf, inf, nan, -nan, nan)) ==
        "inf -inf INF +nan -nan NAN");
  CHECK(s(solo::format_to(buf, "{:06}", -inf)) == "  -inf");
  CHECK(s(solo::format_to(buf, "{} {} {:e} {:.3}", 0.0, -0.0, 0.0, 0.0)) == "0 -0 0e+00 0");
  CHECK(s(solo::format_to(buf, "{:.3} {:.1}", 1234.5678, 0.25)) == "1.23e+03 0.2");
  CHECK(s(solo::format_to(buf, "{}", 1e16)) == "1e+16");
  CHECK(s(solo::format_to(buf, "{}", 123456.0)) == "123456");
  CHECK(s(solo::format_to(buf, "{}", 1152921504606846976.0)) == "1152921504606846976");
}

namespace {

// {} against std::to_chars and read back bit for bit; {:e} against to_chars' scientific form.
long check_shortest(double d) {
  long bad = 0;
  std::string got = s(solo::format_to(buf, "{}", d));
  if (got != ref_chars(d) && ++bad) FAIL_CHECK(d << ": " << got << " != " << ref_chars(d));
  double back = strtod(got.c_str(), nullptr);
  if (memcmp(&back, &d, sizeof d) != 0 && ++bad) FAIL_CHECK("round trip of " << got);
  std::string e = s(solo::format_to(buf, "{:e}", d));
  if (e != ref_chars(d, std::chars_format::scientific) && ++bad) FAIL_CHECK(d << ": " << e);
  return bad;
}

long check_shortest(float f) {
  long bad = 0;
  std::string got = s(solo::format_to(buf, "{}", f));
  if (got != ref_chars(f) && ++bad) FAIL_CHECK(f << ": " << got << " != " << ref_chars(f));
  float back = strtof(got.c_str(), nullptr);
  if (memcmp(&back, &f, sizeof f) != 0 && ++bad) FAIL_CHECK("round trip of " << got);
  return bad;
}

// One precision format of d against glibc's printf.
long check_precision(char type, int precision, double d, bool alternate = false) {
  solo::fmt::Spec spec;
  spec.type = type;
  spec.precision = precision;
  spec.alternate = alternate;
  solo::fmt::BufferSink sink(buf, sizeof buf);
  solo::fmt::format_float(sink, d, false, spec);
  char format[8] = {'%', alternate ? '#' : '.', '.', '*', type, 0};
  if (!alternate) memmove(format + 1, format + 2, 4);
  std::string got(buf, sink.written()), want = ref_printf(format, precision, d);
  if (got == want) return 0;
  FAIL_CHECK(format << " " << precision << " of " << d << ": " << got << " != " << want);
  return 1;
}

} // namespace

TEST_CASE("{} of every binade: its ends, middle and random mantissas, doubles and floats, subnormals too") {
  Rng r;
  long bad = 0;
  for (uint64_t biased = 0; biased < 2047 && bad < 10; ++biased) {
    const uint64_t top = (uint64_t(1) << 52) - 1;
    const uint64_t mantissas[] = {
        0, 1, 2, 3, top, top - 1, top / 2, r.next() & top, r.next() & top, r.next() & top, r.next() >> 40};
    for (uint64_t m : mantissas) {
      double d = __builtin_bit_cast(double, biased << 52 | m);
      bad += check_shortest(d) + check_shortest(-d);
    }
  }
  for (uint32_t biased = 0; biased < 255 && bad < 10; ++biased) {
    const uint32_t top = (1u << 23) - 1;
    for (int i = 0; i < 40; ++i) {
      uint32_t m = i < 6 ? (i < 3 ? static_cast<uint32_t>(i) : top - static_cast<uint32_t>(i - 3))
                         : static_cast<uint32_t>(r.next()) & top;
      bad += check_shortest(__builtin_bit_cast(float, biased << 23 | m));
    }
  }
  CHECK(bad == 0);
}

TEST_CASE("{} of powers of two and ten and their neighbours, doubles and floats") {
  long bad = 0;
  const double inf = __builtin_inf();
  for (int i = -1074; i <= 1023; ++i) {
    double p = ldexp(1.0, i);
    bad += check_shortest(p) + check_shortest(nextafter(p, 0.0)) + check_shortest(nextafter(p, inf));
  }
  for (int i = -323; i <= 308; ++i) {
    double p = strtod(("1e" + std::to_string(i)).c_str(), nullptr);
    bad += check_shortest(p) + check_shortest(nextafter(p, 0.0)) + check_shortest(nextafter(p, inf));
  }
  for (int i = -149; i <= 127; ++i) {
    float p = ldexpf(1.0f, i);
    bad += check_shortest(p) + check_shortest(nextafterf(p, 0.0f)) + check_shortest(nextafterf(p, __builtin_inff()));
  }
  for (int i = -45; i <= 38; ++i) {
    float p = strtof(("1e" + std::to_string(i)).c_str(), nullptr);
    bad += check_shortest(p) + check_shortest(nextafterf(p, 0.0f)) + check_shortest(nextafterf(p, __builtin_inff()));
  }
  bad += check_shortest(__DBL_MAX__) + check_shortest(__DBL_MIN__) + check_shortest(__DBL_DENORM_MIN__);
  bad += check_shortest(__FLT_MAX__) + check_shortest(__FLT_MIN__) + check_shortest(__FLT_DENORM_MIN__);
  CHECK(bad == 0);
}

TEST_CASE("{:.Nf}, {:.Ne} and {:.Ng} of every binade against glibc's printf, doubles and floats") {
  Rng r;
  long bad = 0;
  for (uint64_t biased = 0; biased < 2047 && bad < 10; ++biased) {
    for (int i = 0; i < 2; ++i) {
      uint64_t m = i == 0 ? r.next() & ((uint64_t(1) << 52) - 1) : r.next() >> (12 + r.next() % 52);
      double d = __builtin_bit_cast(double, biased << 52 | m);
      int p = static_cast<int>(r.next() % 30);
      bad += check_precision('f', p, d) + check_precision('f', static_cast<int>(r.next() % 360), d);
      bad += check_precision('e', p, d) + check_precision('e', 16, d) + check_precision('e', 17, d);
      bad += check_precision('g', p, d) + check_precision('g', 17, d) + check_precision('g', p, d, true);
      float f = static_cast<float>(d);
      if (!__builtin_isinf(f)) bad += check_precision('f', p, f) + check_precision('e', p % 12, f);
    }
  }
  CHECK(bad == 0);
}

TEST_CASE("exact ties round to even in {:.Nf}, {:.Ne} and {:.Ng}") {
  Rng r;
  long bad = 0;
  // m * 2^-j with m odd has exactly j digits after the point, the last one a 5: at precision j - 1 the rest is
  // exactly half a unit. Its neighbours are just above and below the tie.
  for (int j = 1; j <= 1074 && bad < 10; ++j) {
    for (int i = 0; i < 3; ++i) {
      uint64_t m = (r.next() >> (11 + r.next() % 53)) | 1;
      double d = ldexp(static_cast<double>(m), -j);
      if (d == 0) continue;
      int p = j - 1;
      bad += check_precision('f', p, d) + check_precision('f', p, nextafter(d, 0.0)) +
             check_precision('f', p, nextafter(d, 1.0)) + check_precision('f', j, d);
    }
  }
  // u * 10^z with u ending in 5, exact when u * 5^z < 2^53: its last significant digit is a tie in {:.Ne}.
  for (int z = 0; z <= 22 && bad < 10; ++z) {
    for (int i = 0; i < 200; ++i) {
      uint64_t u = (r.next() % 100000000000000ULL) / 10 * 10 + 5;
      uint64_t f = u;
      bool fits = true;
      for (int k = 0; k < z && fits; ++k) fits = (f *= 5) < (uint64_t(1) << 53);
      if (!fits || f >= (uint64_t(1) << 53)) continue;
      double d = ldexp(static_cast<double>(f), z); // u * 10^z exactly
      int digits = static_cast<int>(std::to_string(u).size());
      bad += check_precision('e', digits - 2, d) + check_precision('g', digits - 1, d) +
             check_precision('e', digits - 2, nextafter(d, 0.0)) +
             check_precision('e', digits - 2, nextafter(d, 1e300));
      if (z == 0) bad += check_precision('f', 0, d / 10) + check_precision('f', 1, d / 100);
    }
  }
  CHECK(bad == 0);
}

TEST_CASE("width, fill, alignment, sign and # with every layout, against printf") {
  Rng r;
  long n = iterations(100000), bad = 0;
  for (long i = 0; i < n && bad < 10; ++i) {
    double d = i % 3 ? friendly_double(r) : random_double(r);
    if (fabs(d) > 1e40) d = ldexp(d, -900);
    solo::fmt::Spec spec;
    const char types[] = {'f', 'e', 'g', 'E', 'F', 'G'};
    spec.type = types[r.next() % 6];
    spec.precision = static_cast<int>(r.next() % 25);
    spec.width = static_cast<int>(r.next() % 40);
    uint64_t flags = r.next();
    std::string format = "%";
    if (flags & 1) {
      spec.align = '<';
      format += '-';
    } else if (flags & 2) {
      spec.zero = true;
      format += '0';
    }
    if (flags & 4) {
      spec.sign = '+';
      format += '+';
    } else if (flags & 8) {
      spec.sign = ' ';
      format += ' ';
    }
    if (flags & 16) {
      spec.alternate = true;
      format += '#';
    }
    format += "*.*";
    format += spec.type;
    solo::fmt::BufferSink sink(buf, sizeof buf);
    solo::fmt::format_float(sink, d, false, spec);
    char want[1600];
    snprintf(want, sizeof want, format.c_str(), spec.width, spec.precision, d);
    std::string got(buf, sink.written());
    if (got != want && ++bad)
      FAIL_CHECK(format << " " << spec.width << "." << spec.precision << ": " << got << " != " << want);
    // The shortest form with a width: to_chars' text padded.
    std::string shortest = ref_chars(d);
    size_t w = static_cast<size_t>(spec.width);
    std::string padded = shortest.size() >= w ? shortest : std::string(w - shortest.size(), '*') + shortest;
    std::string got2 = s(solo::format_to(buf, "{:*>{}}", d, spec.width));
    if (got2 != padded && ++bad) FAIL_CHECK(got2 << " != " << padded);
  }
  CHECK(bad == 0);
}

TEST_CASE("{} of every float in whole binades (all 2^32 bit patterns with SOLO_FMT_EXHAUSTIVE=1)") {
  // The subnormals, the smallest and largest normal binades, [1, 2), and [2^23, 2^24) where the last fraction
  // bit goes; under emulation or sanitizers every 10th number of them.
  bool all = getenv("SOLO_FMT_EXHAUSTIVE") != nullptr;
  long share = iterations(10); // 10 natively, 1 under emulation or sanitizers
  uint64_t stride = all || share >= 10 ? 1 : static_cast<uint64_t>(10 / (share > 0 ? share : 1));
  const uint32_t binades[] = {0, 1, 127, 150, 254};
  long bad = 0;
  char a[64], b[64];
  auto check = [&](uint32_t bits) {
    float f = __builtin_bit_cast(float, bits);
    if (__builtin_isnan(f) || __builtin_isinf(f)) return;
    solo::FormatResult r = solo::format_to(a, "{}", f);
    char *end = std::to_chars(b, b + sizeof b, f).ptr;
    if ((r.text.size() != static_cast<size_t>(end - b) || memcmp(a, b, r.text.size()) != 0) && ++bad <= 5)
      FAIL_CHECK(std::string(a, r.text.size()) << " != " << std::string(b, end));
  };
  if (all) {
    for (uint64_t bits = 0; bits <= 0xffffffff && bad < 100; ++bits) check(static_cast<uint32_t>(bits));
  } else {
    for (uint32_t binade : binades)
      for (uint64_t m = 0; m < (1u << 23) && bad < 100; m += stride) check(binade << 23 | static_cast<uint32_t>(m));
  }
  CHECK(bad == 0);
}
