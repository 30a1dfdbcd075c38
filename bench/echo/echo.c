/* The same ping-pong as echo.cpp, written against the C library (built with glibc and musl). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 20000;
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) return 1;
  pid_t pid = fork();
  if (pid < 0) return 2;
  char buf[64] = {0};
  if (pid == 0) {
    int ep = epoll_create1(EPOLL_CLOEXEC);
    if (ep < 0) _exit(3);
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = sv[1]};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, sv[1], &ev) != 0) _exit(4);
    for (;;) {
      struct epoll_event out[1];
      if (epoll_pwait(ep, out, 1, -1, NULL) < 0) _exit(5);
      ssize_t n = recvfrom(sv[1], buf, sizeof(buf), 0, NULL, NULL);
      if (n <= 0) _exit(0);
      if (sendto(sv[1], buf, (size_t)n, 0, NULL, 0) < 0) _exit(6);
    }
  }
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  for (long i = 0; i < rounds; ++i) {
    if (sendto(sv[0], buf, sizeof(buf), 0, NULL, 0) != (ssize_t)sizeof(buf)) return 7;
    size_t got = 0;
    while (got < sizeof(buf)) {
      ssize_t n = recvfrom(sv[0], buf + got, sizeof(buf) - got, 0, NULL, NULL);
      if (n <= 0) return 8;
      got += (size_t)n;
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  shutdown(sv[0], SHUT_WR);
  int status = 0;
  waitpid(pid, &status, 0);
  printf("%ld\n", ((end.tv_sec - start.tv_sec) * 1000000000L + (end.tv_nsec - start.tv_nsec)) / rounds);
  return status == 0 ? 0 : 9;
}
