// solo's clock_gettime, and the raw system call, timed: for each clock, several rounds of many calls, each
// round printed as "<impl> <clock> <total ns> <calls>" (the run script takes the best round). Round times
// come from the raw system call, outside the timed loop.
#include <solo.hpp>

using solo::Timespec;
using solo::time::Clock;

namespace {
long sink;

long elapsed_ns() {
  Timespec t;
  (void)solo::sys::clock_gettime(1, &t);
  return t.to_nanoseconds();
}

void report(const char *impl, const char *clock, long ns, long calls) {
  char buf[24];
  (void)solo::io::out(impl);
  (void)solo::io::out(" ");
  (void)solo::io::out(clock);
  (void)solo::io::out(" ");
  (void)solo::io::out(solo::io::to_decimal(ns, buf));
  (void)solo::io::out(" ");
  (void)solo::io::out(solo::io::to_decimal(calls, buf));
  (void)solo::io::out("\n");
}

void bench_solo(Clock c, const char *name, long calls) {
  long start = elapsed_ns();
  for (long i = 0; i < calls; ++i) sink += solo::time::clock_gettime(c).value_or(Timespec{}).tv_nsec;
  report("solo", name, elapsed_ns() - start, calls);
}

void bench_syscall(Clock c, const char *name, long calls) {
  long start = elapsed_ns();
  for (long i = 0; i < calls; ++i) {
    Timespec t;
    (void)solo::sys::clock_gettime(static_cast<int>(c), &t);
    sink += t.tv_nsec;
  }
  report("syscall", name, elapsed_ns() - start, calls);
}
} // namespace

int main() {
  const long fast = 500'000, slow = 50'000;
  struct {
    Clock clock;
    const char *name;
  } clocks[] = {
      {Clock::Monotonic, "MONOTONIC"}, {Clock::MonotonicCoarse, "MONOTONIC_COARSE"}, {Clock::Realtime, "REALTIME"}};
  for (int round = 0; round < 20; ++round)
    for (auto &c : clocks) {
      bench_solo(c.clock, c.name, fast);
      bench_syscall(c.clock, c.name, slow);
    }
  return sink == 42 ? 1 : 0;
}
