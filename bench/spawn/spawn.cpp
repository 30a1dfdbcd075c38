// solo::proc::spawn of PROGRAM, N times, each waited for; prints nanoseconds per spawn. With a third
// argument, first touches that many MiB (a parent with a large resident set, where fork has to copy page tables
// and vfork does not).
#include <solo.hpp>

namespace sys = solo::sys;

static char ballast[256 << 20];

static long now_ns() {
  solo::Timespec t;
  (void)sys::raw(sys::nr::clock_gettime, 1 /* CLOCK_MONOTONIC */, &t);
  return t.to_nanoseconds();
}

static long number(const char *s) {
  long v = 0;
  for (; *s; ++s) v = v * 10 + (*s - '0');
  return v;
}

int main(int argc, char **argv) {
  if (argc < 3) return 2;
  solo::CStr program(argv[1]);
  long n = number(argv[2]);
  long mib = argc > 3 ? number(argv[3]) : 0;
  for (long i = 0; i < (mib << 20) && i < long(sizeof(ballast)); i += 4096) ballast[i] = 1;
  const char *args[] = {"true", nullptr};
  long start = now_ns();
  for (long i = 0; i < n; ++i) {
    auto pid = solo::proc::spawn(program, args);
    if (!pid || !sys::wait4(*pid)) return 1;
  }
  char buf[24];
  (void)solo::io::out(solo::io::to_decimal((now_ns() - start) / n, buf));
  (void)solo::io::out("\n");
  return 0;
}
