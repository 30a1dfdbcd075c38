// The same runs as solo.cpp with the host's libstdc++ std::to_chars (shortest) and glibc's snprintf
// (%ld, %.17g, %.6f): the baselines for bench/fmt/run.
#include <charconv>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace {
uint64_t state = 0x9e3779b97f4a7c15ULL;
uint64_t next() {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}
double random_double() {
  for (;;) {
    uint64_t b = next();
    double d;
    memcpy(&d, &b, sizeof d);
    if (d == d && d - d == 0) return d;
  }
}
} // namespace

int main(int argc, char **argv) {
  if (argc < 4) return 2;
  const char *lib = argv[1], *mode = argv[2];
  long n = atol(argv[3]);
  bool chars = strcmp(lib, "to_chars") == 0;
  char buf[64];
  unsigned long total = 0;
  for (long i = 0; i < n; ++i) {
    if (strcmp(mode, "ints") == 0) {
      long v = static_cast<long>(next());
      total += chars ? std::to_chars(buf, buf + 64, v).ptr - buf : snprintf(buf, 64, "%ld", v);
    } else if (strcmp(mode, "fixed") == 0) {
      double v = static_cast<double>(next() % 100000000) / 1000;
      total +=
          chars ? std::to_chars(buf, buf + 64, v, std::chars_format::fixed, 6).ptr - buf : snprintf(buf, 64, "%.6f", v);
    } else {
      double v = strcmp(mode, "random") == 0 ? random_double() : static_cast<double>(next() % 100000000) / 1000;
      total += chars ? std::to_chars(buf, buf + 64, v).ptr - buf : snprintf(buf, 64, "%.17g", v);
    }
  }
  printf("%lu\n", total);
  return 0;
}
