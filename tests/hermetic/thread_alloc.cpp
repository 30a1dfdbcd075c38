// The allocator and the streams with threads. Allocator: a random model test in which every thread allocates,
// fills, reallocates and frees blocks of random sizes (small and large), and hands a share of them to other
// threads through a shared pool, where another thread checks the contents and frees them: every block keeps
// exactly what its last owner wrote, and at the end the heap has nothing more in use than before. Memory of
// threads that ended: used again by the next thread and by main, never mapped anew round after round. Streams:
// threads println into one stream with a buffer smaller than a line, so that lines are written in pieces;
// read back, every line is whole and each thread's count and order are exact.
#include "check.hpp"

#include <solo/mem.hpp>
#include <solo/print.hpp>
#include <solo/sync.hpp>
#include <solo/sys/file.hpp>
#include <solo/sys/rw.hpp>
#include <solo/thread.hpp>

namespace {

constexpr int workers = 4;

struct Rng {
  unsigned long s;
  unsigned long next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  unsigned long below(unsigned long n) { return next() % n; }
};

// A live block and what it must hold: `size` bytes of `fill`.
struct Block {
  unsigned char *p;
  size_t size;
  unsigned char fill;
};

bool holds(const Block &b) {
  for (size_t i = 0; i < b.size; ++i)
    if (b.p[i] != b.fill) return false;
  return true;
}

void fill(Block &b, unsigned char f) {
  b.fill = f;
  for (size_t i = 0; i < b.size; ++i) b.p[i] = f;
}

size_t random_size(Rng &r) {
  unsigned long k = r.below(100);
  if (k < 70) return r.below(128);
  if (k < 95) return r.below(8192);
  return 8192 + r.below(100000); // large blocks: their own mappings
}

// Blocks in transit from one thread to another.
constexpr int pool_size = 64;
solo::Mutex pool_lock;
Block pool[pool_size];
int pool_count = 0;

bool give(const Block &b) {
  solo::LockGuard g(pool_lock);
  if (pool_count == pool_size) return false;
  pool[pool_count++] = b;
  return true;
}

bool take(Block &b) {
  solo::LockGuard g(pool_lock);
  if (pool_count == 0) return false;
  b = pool[--pool_count];
  return true;
}

int bad_blocks = 0;
int out_of_memory = 0;

solo::Latch alloc_start(workers + 1); // all begin together: the point is that they overlap

long alloc_worker(int id, int steps) {
  alloc_start.arrive_and_wait();
  Rng r{static_cast<unsigned long>(0x9e3779b97f4a7c15ULL * static_cast<unsigned long long>(id + 1))};
  constexpr int slots = 32;
  Block mine[slots] = {};
  long frees_from_others = 0;
  for (int step = 0; step < steps; ++step) {
    Block &b = mine[r.below(slots)];
    unsigned long op = r.below(10);
    if (b.p && op < 3) { // free here, or hand over to be freed elsewhere
      if (!holds(b)) __atomic_add_fetch(&bad_blocks, 1, __ATOMIC_RELAXED);
      if (op == 0 && give(b)) {
        b.p = nullptr;
        continue;
      }
      solo::mem::release(b.p);
      b.p = nullptr;
    } else if (b.p && op < 5) { // realloc keeps the common prefix
      size_t size = random_size(r);
      auto *q = static_cast<unsigned char *>(solo::mem::reallocate(b.p, size));
      if (!q) {
        __atomic_add_fetch(&out_of_memory, 1, __ATOMIC_RELAXED);
        continue;
      }
      size_t keep = size < b.size ? size : b.size;
      for (size_t i = 0; i < keep; ++i)
        if (q[i] != b.fill) {
          __atomic_add_fetch(&bad_blocks, 1, __ATOMIC_RELAXED);
          break;
        }
      b.p = q;
      b.size = size;
      fill(b, static_cast<unsigned char>(r.next()));
    } else if (!b.p) {
      b.size = random_size(r);
      b.p = static_cast<unsigned char *>(solo::mem::allocate(b.size));
      if (!b.p) {
        __atomic_add_fetch(&out_of_memory, 1, __ATOMIC_RELAXED);
        continue;
      }
      if (solo::mem::usable_size(b.p) < b.size) __atomic_add_fetch(&bad_blocks, 1, __ATOMIC_RELAXED);
      fill(b, static_cast<unsigned char>(r.next()));
    }
    Block other;
    if (r.below(4) == 0 && take(other)) { // someone else's block: check it and free it here
      if (!holds(other)) __atomic_add_fetch(&bad_blocks, 1, __ATOMIC_RELAXED);
      solo::mem::release(other.p);
      ++frees_from_others;
    }
  }
  for (Block &b : mine)
    if (b.p) {
      if (!holds(b)) __atomic_add_fetch(&bad_blocks, 1, __ATOMIC_RELAXED);
      solo::mem::release(b.p);
    }
  return frees_from_others;
}

constexpr int steps = 20000;

void allocator_with_threads() {
  void *warm = solo::mem::allocate(16); // maps the heap's metadata before the baseline
  solo::mem::release(warm);
  size_t in_use_before = solo::mem::stats().in_use;
  solo::JoinHandle<long> threads[workers];
  for (int i = 0; i < workers; ++i) {
    auto t = solo::Thread::spawn([i] { return alloc_worker(i, steps); });
    CHECK(t.has_value());
    if (t)
      threads[i] = solo::move(*t);
    else
      alloc_start.count_down();
  }
  long handed_over = alloc_worker(workers, steps); // the main thread takes part too
  for (auto &t : threads)
    if (t.joinable()) handed_over += t.join().value_or(0);
  Block b;
  while (take(b)) {
    if (!holds(b)) ++bad_blocks;
    solo::mem::release(b.p);
  }
  CHECK(handed_over > 0);
  CHECK_EQ(bad_blocks, 0);
  CHECK_EQ(out_of_memory, 0);
  CHECK_EQ(static_cast<long>(solo::mem::stats().in_use), static_cast<long>(in_use_before));
}

// Rounds in which a thread allocates blocks over a dozen spans of four classes, frees half of them itself, hands
// the rest to main and ends; main frees those (into the ended thread's heap, from another thread), then
// allocates and frees as many of its own. The next round's thread adopts the ended heap and takes the blocks
// back; main's new spans come from what the ended heap gave back. The peak of mapped memory stays that of the
// first round (plus a chunk of slack): a heap whose memory stayed with its ended thread would map a dozen
// spans more each round.
constexpr int reclaim_rounds = 8, reclaim_blocks = 4000;
void *handed[reclaim_blocks];
void *own[reclaim_blocks / 2];

size_t reclaim_size(int i) { return static_cast<size_t>(48 + (i % 4) * 64); }

void exited_threads_memory_is_reused() {
  size_t in_use_before = solo::mem::stats().in_use, peak_first = 0;
  for (int round = 0; round < reclaim_rounds; ++round) {
    auto t = solo::Thread::spawn([] {
      for (int i = 0; i < reclaim_blocks; ++i) {
        handed[i] = solo::mem::allocate(reclaim_size(i));
        if (handed[i]) __builtin_memset(handed[i], i & 0xff, reclaim_size(i));
      }
      for (int i = 0; i < reclaim_blocks; i += 2) {
        solo::mem::release(handed[i]);
        handed[i] = nullptr;
      }
    });
    CHECK(t.has_value());
    if (!t) return;
    CHECK(t->join().has_value());
    int bad = 0;
    for (int i = 1; i < reclaim_blocks; i += 2) {
      auto *b = static_cast<unsigned char *>(handed[i]);
      if (!b || b[0] != (i & 0xff) || b[reclaim_size(i) - 1] != (i & 0xff)) ++bad;
      solo::mem::release(b);
    }
    for (int i = 0; i < reclaim_blocks / 2; ++i) own[i] = solo::mem::allocate(reclaim_size(i));
    for (int i = 0; i < reclaim_blocks / 2; ++i) {
      if (!own[i]) ++bad;
      solo::mem::release(own[i]);
    }
    CHECK_EQ(bad, 0);
    if (round == 0) peak_first = solo::mem::stats().peak_mapped;
  }
  solo::mem::Stats s = solo::mem::stats();
  if (s.peak_mapped > peak_first + 256 * 1024)
    solo::println("peak mapped {} after the first round, {} after {}", peak_first, s.peak_mapped, reclaim_rounds);
  CHECK(s.peak_mapped <= peak_first + 256 * 1024);
  CHECK_EQ(static_cast<long>(s.in_use), static_cast<long>(in_use_before));
}

constexpr int lines_per_thread = 300;

void streams_with_threads() {
  auto fd = solo::sys::memfd_create("thread_alloc");
  CHECK(fd.has_value());
  if (!fd) return;
  static char buffer[40]; // shorter than a line: every line is written in pieces
  static solo::io::Stream out(fd->get(), buffer, sizeof buffer, solo::io::Stream::Mode::Full);
  static solo::Latch start(workers);
  solo::JoinHandle<void> threads[workers];
  for (int i = 0; i < workers; ++i) {
    auto t = solo::Thread::spawn([i] {
      start.arrive_and_wait();
      for (int n = 0; n < lines_per_thread; ++n)
        solo::println(out, "thread {} line {} ......................................... end", i, n);
    });
    CHECK(t.has_value());
    if (t)
      threads[i] = solo::move(*t);
    else
      start.count_down();
  }
  for (auto &t : threads)
    if (t.joinable()) CHECK(t.join().has_value());
  CHECK(out.flush().has_value());

  // Read back: each line must be exactly one of the printed lines, in each thread's order.
  static char text[workers * lines_per_thread * 80];
  size_t length = 0;
  for (;;) {
    auto n = solo::sys::pread64(*fd, text + length, sizeof text - length, static_cast<solo::sys::off_t>(length));
    if (!n || *n == 0) break;
    length += *n;
  }
  int next[workers] = {};
  int bad_lines = 0;
  for (size_t at = 0; at < length;) {
    size_t end = at;
    while (end < length && text[end] != '\n') ++end;
    // "thread T line N ..." with T a single digit.
    int t = text[at + 7] - '0';
    bool ok = end - at > 20 && t >= 0 && t < workers;
    if (ok) {
      char want[100];
      size_t w = 0;
      auto put = [&](const char *s) {
        while (*s && w < sizeof want) want[w++] = *s++;
      };
      char num[24];
      put("thread ");
      want[w++] = static_cast<char>('0' + t);
      put(" line ");
      auto digits = solo::io::to_decimal(next[t], num);
      for (size_t i = 0; i < digits.size(); ++i) want[w++] = digits.data()[i];
      put(" ......................................... end");
      ok = w == end - at && __builtin_memcmp(want, text + at, w) == 0;
      if (ok) ++next[t];
    }
    if (!ok) ++bad_lines;
    at = end + 1;
  }
  CHECK_EQ(bad_lines, 0);
  for (int i = 0; i < workers; ++i) CHECK_EQ(next[i], lines_per_thread);
}

} // namespace

int main() {
  allocator_with_threads();
  exited_threads_memory_is_reused();
  streams_with_threads();
  return check::summary();
}
