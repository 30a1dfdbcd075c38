/* The C baselines for bench/spawn: posix_spawn (MODE_SPAWN) or fork + execve (MODE_FORK) of PROGRAM, N times,
 * each waited for; prints nanoseconds per spawn. A third argument touches that many MiB first. */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;
static char ballast[256 << 20];

static long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000000L + t.tv_nsec;
}

int main(int argc, char **argv) {
  if (argc < 3) return 2;
  const char *program = argv[1];
  long n = atol(argv[2]);
  long mib = argc > 3 ? atol(argv[3]) : 0;
  for (long i = 0; i < (mib << 20) && i < (long)sizeof(ballast); i += 4096) ballast[i] = 1;
  char *args[] = {"true", NULL};
  long start = now_ns();
  for (long i = 0; i < n; ++i) {
    pid_t pid;
#ifdef MODE_FORK
    pid = fork();
    if (pid == 0) {
      execve(program, args, environ);
      _exit(127);
    }
    if (pid < 0) return 1;
#else
    if (posix_spawn(&pid, program, NULL, NULL, args, environ) != 0) return 1;
#endif
    int status;
    if (waitpid(pid, &status, 0) != pid) return 1;
  }
  printf("%ld\n", (now_ns() - start) / n);
  return 0;
}
