// Small churn: 10,000 live blocks of 8-512 bytes; 10 million times a random one is freed and replaced by a new
// block of random size. Each block is written at both ends, as a program would use it.
#include "workload.hpp"

int main() {
  constexpr int live = 10000;
  constexpr long rounds = 10'000'000;
  static unsigned char *slot[live];
  static unsigned short size[live];
  Random rng;
  unsigned long live_bytes = 0, peak_live = 0, checksum = 0;
  auto place = [&](int i) {
    size[i] = static_cast<unsigned short>(8 + rng.next() % 505);
    slot[i] = static_cast<unsigned char *>(malloc(size[i]));
    slot[i][0] = static_cast<unsigned char>(i);
    slot[i][size[i] - 1] = static_cast<unsigned char>(i >> 8);
    live_bytes += size[i];
    if (live_bytes > peak_live) peak_live = live_bytes;
  };
  unsigned long start = bench_now_ns();
  for (int i = 0; i < live; ++i) place(i);
  for (long r = 0; r < rounds; ++r) {
    int i = static_cast<int>(rng.next() % live);
    checksum += slot[i][0] + slot[i][size[i] - 1];
    live_bytes -= size[i];
    free(slot[i]);
    place(i);
  }
  for (int i = 0; i < live; ++i) free(slot[i]);
  unsigned long elapsed = bench_now_ns() - start;
  bench_report("ns", elapsed);
  bench_report("ops", 2 * (rounds + live));
  bench_report("peak_live_bytes", peak_live);
  bench_report("checksum", checksum);
  bench_report("rss_after_free_kib", bench_rss_kib());
  bench_heap_report();
  return 0;
}
