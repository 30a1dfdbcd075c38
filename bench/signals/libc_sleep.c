/* The libc baseline for bench/signals/run: the usual way to sleep through signals with a C library,
 * nanosleep resumed with the remaining time it reports, under the same storm (SIGALRM every 1 ms, handler
 * without SA_RESTART). Prints the median of 5 runs of a 300 ms sleep in microseconds. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

static void on_alarm(int sig) { (void)sig; }

static long now_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000L + t.tv_nsec / 1000;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigaction(SIGALRM, &sa, 0);
  struct itimerval it = {{0, 1000}, {0, 1000}};
  setitimer(ITIMER_REAL, &it, 0);
  long v[5];
  for (int i = 0; i < 5; ++i) {
    struct timespec req = {0, 300000000L};
    long start = now_us();
    while (nanosleep(&req, &req) == -1 && errno == EINTR) {
    }
    v[i] = now_us() - start;
  }
  for (int i = 1; i < 5; ++i)
    for (int j = i; j > 0 && v[j - 1] > v[j]; --j) {
      long t = v[j];
      v[j] = v[j - 1];
      v[j - 1] = t;
    }
  printf("%ld\n", v[2]);
  return 0;
}
