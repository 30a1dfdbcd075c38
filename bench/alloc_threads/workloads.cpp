// Allocator workloads with threads, one per run (the first argument names it), the same code for solo, glibc
// and musl. Each prints "ns N" (wall time of the timed part) and "ops N" (mallocs + frees in it).
//   xmalloc   one producer thread allocates (16-256 bytes), a consumer thread frees: every free is a free
//             from another thread (the xmalloc-test pattern), blocks passed in batches of 256
//   larson    generations of two threads, each running a churn over 1000 slots it inherited from the thread
//             before it (which has ended): frees into the heaps of ended threads, then its own
//   scratch   cache-scratch: main allocates one small object per thread, one after another; each thread frees
//             it, then allocates its own and writes it over and over (an allocator that hands threads
//             neighbouring blocks makes them share cache lines)
//   churn1    the churn of bench/alloc (10000 live blocks of 8-512 bytes, a random one replaced each step) on one
//   churn2    thread, and the same on two threads at once: throughput scaling is 2 * time(churn1) / time(churn2)
#include "workloads.hpp"

namespace {

struct Random {
  unsigned long state;
  unsigned long next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
};

unsigned long sink = 0; // results the compiler must keep

// xmalloc: a ring of batches, each full or empty, handed over through its flag.
constexpr int batch = 256, ring = 16;
constexpr long xmalloc_batches = 8000;
struct Batch {
  void *blocks[batch];
  int full;
  char pad[60];
};
Batch batches[ring];

void producer(void *) {
  Random r{0x1234567};
  for (long b = 0; b < xmalloc_batches; ++b) {
    Batch &slot = batches[b % ring];
    while (__atomic_load_n(&slot.full, __ATOMIC_ACQUIRE)) bench_yield();
    for (int i = 0; i < batch; ++i) {
      auto *p = static_cast<unsigned char *>(malloc(16 + r.next() % 241));
      p[0] = static_cast<unsigned char>(i);
      slot.blocks[i] = p;
    }
    __atomic_store_n(&slot.full, 1, __ATOMIC_RELEASE);
  }
}

void consumer(void *) {
  unsigned long s = 0;
  for (long b = 0; b < xmalloc_batches; ++b) {
    Batch &slot = batches[b % ring];
    while (!__atomic_load_n(&slot.full, __ATOMIC_ACQUIRE)) bench_yield();
    for (int i = 0; i < batch; ++i) {
      s += *static_cast<unsigned char *>(slot.blocks[i]);
      free(slot.blocks[i]);
    }
    __atomic_store_n(&slot.full, 0, __ATOMIC_RELEASE);
  }
  __atomic_add_fetch(&sink, s, __ATOMIC_RELAXED);
}

// larson: each thread's slots, passed on to the next generation.
constexpr int larson_threads = 2, larson_slots = 1000, larson_generations = 40;
constexpr long larson_rounds = 50000;
struct Slots {
  void *p[larson_slots];
  unsigned long seed;
};
Slots larson_slots_of[larson_threads];

void larson_worker(void *arg) {
  Slots &s = *static_cast<Slots *>(arg);
  Random r{s.seed};
  for (long i = 0; i < larson_rounds; ++i) {
    int k = static_cast<int>(r.next() % larson_slots);
    free(s.p[k]);
    auto *p = static_cast<unsigned char *>(malloc(8 + r.next() % 121));
    p[0] = 1;
    s.p[k] = p;
  }
  s.seed = r.state;
}

// cache-scratch: one object per thread, then each thread's own, written many times.
constexpr int scratch_threads = 2, scratch_rounds = 2000, scratch_writes = 5000;
void *scratch_initial[scratch_threads];

void scratch_worker(void *arg) {
  long id = reinterpret_cast<long>(arg);
  free(scratch_initial[id]);
  for (int r = 0; r < scratch_rounds; ++r) {
    auto *p = static_cast<volatile unsigned char *>(malloc(8));
    for (int w = 0; w < scratch_writes; ++w) p[w & 7] = static_cast<unsigned char>(p[w & 7] + 1);
    __atomic_add_fetch(&sink, p[0], __ATOMIC_RELAXED);
    free(const_cast<unsigned char *>(p));
  }
}

// churn: as bench/alloc/churn.cpp, per thread.
constexpr int churn_live = 10000;
constexpr long churn_rounds = 4000000;
struct Churn {
  unsigned char *slot[churn_live];
  unsigned short size[churn_live];
  unsigned long seed;
};
Churn churns[2];

void churn_worker(void *arg) {
  Churn &c = *static_cast<Churn *>(arg);
  Random rng{c.seed};
  unsigned long sum = 0;
  auto place = [&](int i) {
    c.size[i] = static_cast<unsigned short>(8 + rng.next() % 505);
    c.slot[i] = static_cast<unsigned char *>(malloc(c.size[i]));
    c.slot[i][0] = static_cast<unsigned char>(i);
    c.slot[i][c.size[i] - 1] = static_cast<unsigned char>(i >> 8);
  };
  for (int i = 0; i < churn_live; ++i) place(i);
  for (long r = 0; r < churn_rounds; ++r) {
    int i = static_cast<int>(rng.next() % churn_live);
    sum += c.slot[i][0] + c.slot[i][c.size[i] - 1];
    free(c.slot[i]);
    place(i);
  }
  for (int i = 0; i < churn_live; ++i) free(c.slot[i]);
  __atomic_add_fetch(&sink, sum, __ATOMIC_RELAXED);
}

bool same(const char *a, const char *b) {
  while (*a && *a == *b) ++a, ++b;
  return *a == *b;
}

// A thread started and joined first, so that every library runs the timed part in its threaded state.
void nothing(void *) {}

} // namespace

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  const char *w = argv[1];
  if (!bench_spawn(7, nothing, nullptr)) return 1;
  bench_join(7);
  unsigned long start = 0, ops = 0;
  if (same(w, "xmalloc")) {
    start = bench_now_ns();
    if (!bench_spawn(0, producer, nullptr) || !bench_spawn(1, consumer, nullptr)) return 1;
    bench_join(0);
    bench_join(1);
    ops = 2UL * xmalloc_batches * batch;
  } else if (same(w, "larson")) {
    for (int t = 0; t < larson_threads; ++t) {
      larson_slots_of[t].seed = 0x9e3779b97f4a7c15UL * static_cast<unsigned long>(t + 1);
      for (int k = 0; k < larson_slots; ++k) larson_slots_of[t].p[k] = malloc(8 + k % 121);
    }
    start = bench_now_ns();
    for (int g = 0; g < larson_generations; ++g) {
      for (int t = 0; t < larson_threads; ++t)
        if (!bench_spawn(t, larson_worker, &larson_slots_of[t])) return 1;
      for (int t = 0; t < larson_threads; ++t) bench_join(t);
    }
    ops = 2UL * larson_generations * larson_threads * larson_rounds;
    for (int t = 0; t < larson_threads; ++t)
      for (int k = 0; k < larson_slots; ++k) free(larson_slots_of[t].p[k]);
  } else if (same(w, "scratch")) {
    for (int t = 0; t < scratch_threads; ++t) scratch_initial[t] = malloc(8);
    start = bench_now_ns();
    for (long t = 0; t < scratch_threads; ++t)
      if (!bench_spawn(static_cast<int>(t), scratch_worker, reinterpret_cast<void *>(t))) return 1;
    for (int t = 0; t < scratch_threads; ++t) bench_join(t);
    ops = 2UL * scratch_threads * scratch_rounds;
  } else if (same(w, "churn1") || same(w, "churn2")) {
    int n = same(w, "churn1") ? 1 : 2;
    for (int t = 0; t < n; ++t) churns[t].seed = 0x9e3779b97f4a7c15UL + static_cast<unsigned long>(t);
    start = bench_now_ns();
    for (int t = 0; t < n; ++t)
      if (!bench_spawn(t, churn_worker, &churns[t])) return 1;
    for (int t = 0; t < n; ++t) bench_join(t);
    ops = 2UL * static_cast<unsigned long>(n) * (churn_rounds + churn_live);
  } else {
    return 2;
  }
  unsigned long elapsed = bench_now_ns() - start;
  bench_report("ns", elapsed);
  bench_report("ops", ops);
  bench_report("sink", sink & 1);
  return 0;
}
