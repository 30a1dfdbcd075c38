// The workloads' helpers for a C library build (glibc, musl): only functions both have, declared here so no
// C library header is needed.
#include "workload.hpp"

extern "C" {

extern "C" {
struct bench_timespec {
  long sec;
  long nsec;
};
int clock_gettime(int, bench_timespec *);
long write(int, const void *, size_t);
int open(const char *, int, ...);
long read(int, void *, size_t);
int close(int);
}

unsigned long bench_now_ns() {
  bench_timespec t;
  clock_gettime(1 /* CLOCK_MONOTONIC */, &t);
  return static_cast<unsigned long>(t.sec) * 1000000000UL + static_cast<unsigned long>(t.nsec);
}

void bench_report(const char *key, unsigned long value) {
  char buf[96];
  size_t n = 0;
  while (key[n]) {
    buf[n] = key[n];
    ++n;
  }
  buf[n++] = ' ';
  char digits[24];
  int d = 0;
  do digits[d++] = static_cast<char>('0' + value % 10);
  while ((value /= 10) != 0);
  while (d > 0) buf[n++] = digits[--d];
  buf[n++] = '\n';
  write(1, buf, n);
}

unsigned long bench_rss_kib() {
  int fd = open("/proc/self/statm", 0);
  if (fd < 0) return 0;
  char buf[128];
  long n = read(fd, buf, sizeof(buf) - 1);
  close(fd);
  long i = 0;
  while (i < n && buf[i] != ' ') ++i;
  unsigned long pages = 0;
  for (++i; i < n && buf[i] >= '0' && buf[i] <= '9'; ++i) pages = pages * 10 + static_cast<unsigned long>(buf[i] - '0');
  return pages * 4;
}

void bench_heap_report() {}

} // extern "C"
