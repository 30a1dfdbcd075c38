// bench/fmt's reference side: `ref <to_chars|snprintf> <class> <count> <runs>` formats the same numbers as
// solo.cpp with the host's libstdc++ std::to_chars or glibc's snprintf (%.17g for the shortest forms, the
// nearest glibc has) and prints the best run's CPU time per number in ns.
#include <charconv>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "inputs.hpp"

namespace {

long cpu_ns() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1000000000L + t.tv_nsec;
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 5) return 2;
  bool chars = strcmp(argv[1], "to_chars") == 0;
  long n = atol(argv[3]), runs = atol(argv[4]);
  const bench::Class *c = nullptr;
  for (const bench::Class &k : bench::classes)
    if (strcmp(argv[2], k.name) == 0) c = &k;
  if (c == nullptr || n <= 0) return 2;
  uint64_t *bits = static_cast<uint64_t *>(malloc(static_cast<size_t>(n) * sizeof(uint64_t)));
  for (long i = 0; i < n; ++i) bits[i] = bench::number(c->input);
  auto v = [bits](long i) { return __builtin_bit_cast(double, bits[i]); };
  char buf[512];
  char *end = buf + sizeof buf;
  unsigned long total = 0;
  long best = 0;
  for (long r = 0; r < runs; ++r) {
    long t0 = cpu_ns();
    switch (c->kind) {
    case bench::Kind::Int:
      for (long i = 0; i < n; ++i) {
        long x = static_cast<long>(bits[i]);
        total += chars ? std::to_chars(buf, end, x).ptr - buf : snprintf(buf, 512, "%ld", x);
      }
      break;
    case bench::Kind::Shortest:
      for (long i = 0; i < n; ++i)
        total += chars ? std::to_chars(buf, end, v(i)).ptr - buf : snprintf(buf, 512, "%.17g", v(i));
      break;
    case bench::Kind::ShortestFloat:
      for (long i = 0; i < n; ++i) {
        float f = static_cast<float>(v(i));
        total += chars ? std::to_chars(buf, end, f).ptr - buf : snprintf(buf, 512, "%.9g", static_cast<double>(f));
      }
      break;
    case bench::Kind::Fixed:
      for (long i = 0; i < n; ++i)
        total += chars ? std::to_chars(buf, end, v(i), std::chars_format::fixed, c->precision).ptr - buf
                       : snprintf(buf, 512, "%.*f", c->precision, v(i));
      break;
    case bench::Kind::Scientific:
      for (long i = 0; i < n; ++i)
        total += chars ? std::to_chars(buf, end, v(i), std::chars_format::scientific, c->precision).ptr - buf
                       : snprintf(buf, 512, "%.*e", c->precision, v(i));
      break;
    }
    long t = cpu_ns() - t0;
    if (r == 0 || t < best) best = t;
  }
  printf("%.1f %lu\n", static_cast<double>(best) / static_cast<double>(n), total);
  return 0;
}
