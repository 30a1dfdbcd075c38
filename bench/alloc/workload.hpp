// What every allocator workload uses: the C allocation functions (from solo, glibc, musl or nolibc, whichever
// the program is linked with) and a few helpers each build provides in its shim_*.
#pragma once

#include <stddef.h>

extern "C" {
void *malloc(size_t);
void free(void *);
void *realloc(void *, size_t);
}

// C linkage, so a C shim (nolibc's) can provide them too.
extern "C" {
unsigned long bench_now_ns();                            // monotonic clock
void bench_report(const char *key, unsigned long value); // one "key value" line on stdout
unsigned long bench_rss_kib();                           // resident set size now, from /proc/self/statm
void bench_heap_report();                                // allocator statistics, where there are any
}

struct Random {
  unsigned long state = 0x9e3779b97f4a7c15UL;
  unsigned long next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
};
