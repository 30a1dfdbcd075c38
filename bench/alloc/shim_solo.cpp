// The workloads' helpers for a solo build.
#include <solo.hpp>

#include "workload.hpp"

extern "C" {

unsigned long bench_now_ns() {
  solo::Timespec t;
  (void)solo::sys::raw(solo::sys::nr::clock_gettime, 1 /* CLOCK_MONOTONIC */, &t);
  return static_cast<unsigned long>(t.to_nanoseconds());
}

void bench_report(const char *key, unsigned long value) {
  char buf[24];
  (void)solo::io::out(key);
  (void)solo::io::out(" ");
  (void)solo::io::out(solo::io::to_decimal_unsigned(value, buf));
  (void)solo::io::out("\n");
}

unsigned long bench_rss_kib() {
  auto fd = solo::sys::openat(solo::sys::at_fdcwd, "/proc/self/statm", solo::sys::OpenFlags::ReadOnly);
  if (!fd) return 0;
  char buf[128];
  size_t n = solo::sys::read(*fd, buf, sizeof(buf) - 1).value_or(0);
  (void)solo::sys::close(*fd);
  // "size resident shared ...", in pages
  size_t i = 0;
  while (i < n && buf[i] != ' ') ++i;
  unsigned long pages = 0;
  for (++i; i < n && buf[i] >= '0' && buf[i] <= '9'; ++i) pages = pages * 10 + static_cast<unsigned long>(buf[i] - '0');
  return pages * 4;
}

void bench_heap_report() {
  const solo::mem::Stats &s = solo::mem::stats();
  bench_report("solo_mapped_after_free", s.mapped);
  bench_report("solo_peak_mapped", s.peak_mapped);
  bench_report("solo_map_calls", s.map_calls);
}

} // extern "C"
