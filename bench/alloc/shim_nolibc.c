// The workloads' helpers for a nolibc build (compiled with -include nolibc.h). nolibc's allocator functions
// are static, so the workloads call them through these bench_* names (see bench/alloc/run).
void *bench_malloc(size_t n) { return malloc(n); }
void bench_free(void *p) { free(p); }
void *bench_realloc(void *p, size_t n) { return realloc(p, n); }

unsigned long bench_now_ns(void) {
  struct timeval tv;
  gettimeofday(&tv, NULL);
  return (unsigned long)tv.tv_sec * 1000000000UL + (unsigned long)tv.tv_usec * 1000UL;
}

void bench_report(const char *key, unsigned long value) { printf("%s %lu\n", key, value); }

unsigned long bench_rss_kib(void) {
  char buf[128];
  int fd = open("/proc/self/statm", O_RDONLY);
  if (fd < 0) return 0;
  long n = read(fd, buf, sizeof(buf) - 1);
  close(fd);
  long i = 0;
  while (i < n && buf[i] != ' ') ++i;
  unsigned long pages = 0;
  for (++i; i < n && buf[i] >= '0' && buf[i] <= '9'; ++i) pages = pages * 10 + (unsigned long)(buf[i] - '0');
  return pages * 4;
}

void bench_heap_report(void) {}
