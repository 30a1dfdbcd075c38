// Thread benchmarks with pthreads, for glibc and musl: the same three measurements as threads.cpp.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000000L + t.tv_nsec;
}

static void *nothing(void *arg) { return arg; }

static pthread_mutex_t done_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_cv = PTHREAD_COND_INITIALIZER;
static int done = 0;
static void *idle(void *arg) {
  pthread_mutex_lock(&done_mutex);
  while (!done) pthread_cond_wait(&done_cv, &done_mutex);
  pthread_mutex_unlock(&done_mutex);
  return arg;
}

static int turn = 0;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static long pings;
static void take_turns(int me, long rounds) {
  for (long i = 0; i < rounds; ++i) {
    pthread_mutex_lock(&m);
    while (turn != me) pthread_cond_wait(&cv, &m);
    turn = 1 - me;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
  }
}
static void *other(void *arg) {
  take_turns(1, pings);
  return arg;
}

int main(int argc, char **argv) {
  long creates = argc > 1 ? atol(argv[1]) : 2000;
  long locks = argc > 2 ? atol(argv[2]) : 20000000;
  pings = argc > 3 ? atol(argv[3]) : 50000;

  static volatile long counter = 0;
  pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
  long start = now_ns();
  for (long i = 0; i < locks; ++i) {
    pthread_mutex_lock(&lock);
    counter = counter + 1;
    pthread_mutex_unlock(&lock);
  }
  long took = now_ns() - start;
  printf("lock_unlock_st_ns %ld.%02ld\n", took / locks, took * 100 / locks % 100);

  start = now_ns();
  for (long i = 0; i < creates; ++i) {
    pthread_t t;
    if (pthread_create(&t, NULL, nothing, NULL) != 0 || pthread_join(t, NULL) != 0) return 1;
  }
  printf("create_join_ns %ld\n", (now_ns() - start) / creates);

  pthread_t idler;
  if (pthread_create(&idler, NULL, idle, NULL) != 0) return 1;
  start = now_ns();
  for (long i = 0; i < locks; ++i) {
    pthread_mutex_lock(&lock);
    counter = counter + 1;
    pthread_mutex_unlock(&lock);
  }
  took = now_ns() - start;
  printf("lock_unlock_ns %ld.%02ld\n", took / locks, took * 100 / locks % 100);
  pthread_mutex_lock(&done_mutex);
  done = 1;
  pthread_cond_signal(&done_cv);
  pthread_mutex_unlock(&done_mutex);
  pthread_join(idler, NULL);

  start = now_ns();
  pthread_t o;
  if (pthread_create(&o, NULL, other, NULL) != 0) return 1;
  take_turns(0, pings);
  pthread_join(o, NULL);
  printf("pingpong_ns %ld\n", (now_ns() - start) / pings);
  return 0;
}
