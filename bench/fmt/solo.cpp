// bench/fmt's solo side: `solo <class> <count> <runs>` formats <count> numbers of the class with
// solo::format_to, <runs> times, and prints the best run's CPU time per number in ns (CPU time, so that other
// work on the machine does not count). The same classes as ref.cpp (inputs.hpp).
#include <solo.hpp>

#include "inputs.hpp"

namespace {

long cpu_ns() {
  return solo::time::clock_gettime(solo::time::Clock::ProcessCputime).value_or(solo::Timespec{}).to_nanoseconds();
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 4) return 2;
  solo::StringView name = argv[1];
  long n = solo::parse_int<long>(argv[2]).value_or(0), runs = solo::parse_int<long>(argv[3]).value_or(1);
  const bench::Class *c = nullptr;
  for (const bench::Class &k : bench::classes)
    if (name == k.name) c = &k;
  if (c == nullptr || n <= 0) return 2;
  uint64_t *bits = static_cast<uint64_t *>(solo::mem::allocate(static_cast<size_t>(n) * sizeof(uint64_t)));
  if (bits == nullptr) return 1;
  for (long i = 0; i < n; ++i) bits[i] = bench::number(c->input);
  auto v = [bits](long i) { return __builtin_bit_cast(double, bits[i]); };
  char buf[512];
  unsigned long total = 0;
  long best = 0;
  for (long r = 0; r < runs; ++r) {
    long t0 = cpu_ns();
    switch (c->kind) {
    case bench::Kind::Int:
      for (long i = 0; i < n; ++i) total += solo::format_to(buf, "{}", static_cast<long>(bits[i])).text.size();
      break;
    case bench::Kind::Shortest:
      for (long i = 0; i < n; ++i) total += solo::format_to(buf, "{}", v(i)).text.size();
      break;
    case bench::Kind::ShortestFloat:
      for (long i = 0; i < n; ++i) total += solo::format_to(buf, "{}", static_cast<float>(v(i))).text.size();
      break;
    case bench::Kind::Fixed: // the precisions inputs.hpp uses, as literal specs: what programs write
      if (c->precision == 2)
        for (long i = 0; i < n; ++i) total += solo::format_to(buf, "{:.2f}", v(i)).text.size();
      else if (c->precision == 6)
        for (long i = 0; i < n; ++i) total += solo::format_to(buf, "{:.6f}", v(i)).text.size();
      else
        for (long i = 0; i < n; ++i) total += solo::format_to(buf, "{:.17f}", v(i)).text.size();
      break;
    case bench::Kind::Scientific:
      for (long i = 0; i < n; ++i) total += solo::format_to(buf, "{:.6e}", v(i)).text.size();
      break;
    }
    long t = cpu_ns() - t0;
    if (r == 0 || t < best) best = t;
  }
  solo::println("{:.1f} {}", static_cast<double>(best) / static_cast<double>(n), total);
  return 0;
}
