// What the threaded allocator workloads use: the C allocation functions of the library the program is linked
// with, and a few helpers each build provides (shim_solo.cpp with solo::Thread, shim_pthread.c with pthreads).
#pragma once

#include <stddef.h>

extern "C" {
void *malloc(size_t);
void free(void *);

unsigned long bench_now_ns();                            // monotonic clock
void bench_report(const char *key, unsigned long value); // one "key value" line on stdout
// Starts fn(arg) on a new thread; bench_join waits for the thread of that handle (0..7). 0 on failure.
int bench_spawn(int handle, void (*fn)(void *), void *arg);
void bench_join(int handle);
void bench_yield();
}
