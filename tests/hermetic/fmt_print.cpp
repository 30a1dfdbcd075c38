// Formatting and buffered output in a freestanding program. Without arguments: format_to checks with the
// usual summary. With "buffering": output whose order shows stdout's buffering and stderr's lack of it, left
// for solo::exit to flush; fmt_print_buffering compares it with what it must be.
#include <solo/print.hpp>
#include <solo/sys/file.hpp>

#include "check.hpp"

namespace {

enum class Mode { Fast, Slow };
const char *solo_enum_name(Mode m) { return m == Mode::Fast ? "fast" : "slow"; }

struct Money {
  long cents;
};

} // namespace

template <> struct solo::Formatter<Money> : solo::fmt::NoSpec {
  void format(Money m, solo::fmt::Sink &out) const {
    solo::format_to(out, "{}.{:02} EUR", m.cents / 100, m.cents % 100);
  }
};

namespace {

bool same(solo::FormatResult r, const char *expect) { return r.text == solo::StringView(expect); }

int format_checks() {
  char buf[128];
  CHECK(same(solo::format_to(buf, "{} {} {} {}", 42, -7L, 18446744073709551615UL, (signed char)-128),
             "42 -7 18446744073709551615 -128"));
  CHECK(same(solo::format_to(buf, "{:#x} {:08b} {:o} {:+d}", 255u, 5, 8, 3), "0xff 00000101 10 +3"));
  CHECK(same(solo::format_to(buf, "[{:<5}] [{:>5}] [{:^5}] [{:.2}]", "ab", "cd", "ef", "ghij"),
             "[ab   ] [   cd] [ ef  ] [gh]"));
  CHECK(same(solo::format_to(buf, "{} {} {:d}", true, 'x', 'x'), "true x 120"));
  CHECK(same(solo::format_to(buf, "{} {} {} {}", 0.1, 1e100, 5e-324, 1.0 / 3), "0.1 1e+100 5e-324 0.3333333333333333"));
  CHECK(
      same(solo::format_to(buf, "{:.3f} {:.2e} {:g} {}", 2.0 / 3, 12345.678, 1e-5, 0.1f), "0.667 1.23e+04 1e-05 0.1"));
  CHECK(same(solo::format_to(buf, "{} {}", Mode::Fast, Mode::Slow), "fast slow"));
  CHECK(same(solo::format_to(buf, "{}", Money{1234}), "12.34 EUR"));
  CHECK(same(solo::format_to(buf, "{:p}", (void *)0xdead), "0xdead"));
  CHECK(same(solo::format_to(buf, "{}", solo::Errno::EACCES), "Permission denied"));
  char tiny[4];
  auto r = solo::format_to(tiny, "{}", 123456);
  CHECK(r.truncated());
  CHECK_EQ(r.needed, 6);
  return check::summary();
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 2) return format_checks();
  if (solo::StringView(argv[1]) == "buffering") {
    solo::print("buffered {} ", 1);
    (void)solo::sys::write(1, "direct\n", 7); // overtakes the buffered text: stdout is not a terminal here
    solo::println("{}", "end");
    solo::print(solo::io::stderr, "e{} ", 1); // stderr goes out at once
    (void)solo::sys::write(2, "e2\n", 3);
    for (int i = 0; i < 2000; ++i) solo::println("line {}", i); // several buffers full, the rest at exit
  }
  return 3; // returning from main goes through solo::exit, which flushes
}
