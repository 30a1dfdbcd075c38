/* The C library's clock_gettime timed the same way as solo.cpp; built once with glibc and once with musl,
 * both static. The first argument names the implementation in the output. */
#include <stdio.h>
#include <time.h>

static long sink;

static long elapsed_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000000L + t.tv_nsec;
}

int main(int argc, char **argv) {
  const char *impl = argc > 1 ? argv[1] : "libc";
  const long calls = 500000;
  struct {
    clockid_t clock;
    const char *name;
  } clocks[] = {{CLOCK_MONOTONIC, "MONOTONIC"}, {CLOCK_MONOTONIC_COARSE, "MONOTONIC_COARSE"}, {CLOCK_REALTIME, "REALTIME"}};
  for (int round = 0; round < 20; ++round)
    for (unsigned c = 0; c < sizeof(clocks) / sizeof(clocks[0]); ++c) {
      long start = elapsed_ns();
      for (long i = 0; i < calls; ++i) {
        struct timespec t;
        clock_gettime(clocks[c].clock, &t);
        sink += t.tv_nsec;
      }
      printf("%s %s %ld %ld\n", impl, clocks[c].name, elapsed_ns() - start, calls);
    }
  return sink == 42;
}
