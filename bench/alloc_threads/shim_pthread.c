/* The threaded workloads' helpers for glibc and musl: pthreads and stdio. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <time.h>

unsigned long bench_now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (unsigned long)t.tv_sec * 1000000000UL + (unsigned long)t.tv_nsec;
}

void bench_report(const char *key, unsigned long value) { printf("%s %lu\n", key, value); }

struct start {
  void (*fn)(void *);
  void *arg;
};
static struct start starts[8];
static pthread_t threads[8];

static void *run(void *p) {
  struct start *s = p;
  s->fn(s->arg);
  return NULL;
}

int bench_spawn(int handle, void (*fn)(void *), void *arg) {
  starts[handle].fn = fn;
  starts[handle].arg = arg;
  return pthread_create(&threads[handle], NULL, run, &starts[handle]) == 0;
}

void bench_join(int handle) { pthread_join(threads[handle], NULL); }

void bench_yield(void) { sched_yield(); }
