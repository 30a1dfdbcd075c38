// Growth: vectors grown by doubling with realloc: 10 rounds of 1,000 vectors up to 64 KiB and one vector up
// to 64 MiB. Every new page of a vector is written, as filling it would.
#include "workload.hpp"

namespace {
unsigned long grow(size_t limit, unsigned long &checksum) {
  unsigned char *v = nullptr;
  size_t used = 0;
  unsigned long reallocs = 0;
  for (size_t capacity = 16; capacity <= limit; capacity *= 2) {
    v = static_cast<unsigned char *>(realloc(v, capacity));
    ++reallocs;
    for (size_t i = used; i < capacity; i += 4096) v[i] = static_cast<unsigned char>(i >> 12);
    v[capacity - 1] = 1;
    used = capacity;
  }
  checksum += v[used / 2] + v[used - 1];
  free(v);
  return reallocs;
}
} // namespace

int main() {
  unsigned long start = bench_now_ns(), checksum = 0, reallocs = 0;
  for (int round = 0; round < 10; ++round) {
    for (int i = 0; i < 1000; ++i) reallocs += grow(64 * 1024, checksum);
    reallocs += grow(64 * 1024 * 1024, checksum);
  }
  bench_report("ns", bench_now_ns() - start);
  bench_report("ops", reallocs);
  bench_report("peak_live_bytes", 64 * 1024 * 1024);
  bench_report("checksum", checksum);
  bench_report("rss_after_free_kib", bench_rss_kib());
  bench_heap_report();
  return 0;
}
