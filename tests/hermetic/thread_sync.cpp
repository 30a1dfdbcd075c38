// The synchronisation types under contention, with exact totals: a counter under Mutex, RwLock and a
// Semaphore used as a lock; a producer/consumer queue over a CondVar where every item arrives exactly once and
// no wake-up is lost; Once and a function-local static raced by many threads (one initialisation, everyone
// sees it); Latch and Barrier rounds; the try and timed forms.
#include "check.hpp"

#include <solo/io/retry.hpp>
#include <solo/sync.hpp>
#include <solo/thread.hpp>

namespace {

constexpr int workers = 4;
constexpr long rounds = 20000;

template <class Body> void run_workers(int n, Body body) {
  solo::JoinHandle<void> t[16];
  for (int i = 0; i < n; ++i) {
    auto s = solo::Thread::spawn([&body, i] { body(i); });
    CHECK(s.has_value());
    if (s) t[i] = solo::move(*s);
  }
  for (int i = 0; i < n; ++i)
    if (t[i].joinable()) CHECK(t[i].join());
}

// A plain increment split in two, with a yield between in some rounds: without the lock, lost updates are near
// certain.
void racy_increment(long &counter, long i) {
  long v = counter;
  if (i % 1000 == 0) solo::thread::yield();
  counter = v + 1;
}

struct Queue {
  static constexpr int capacity = 8;
  solo::Mutex m;
  solo::CondVar not_empty, not_full;
  long items[capacity];
  int head = 0, count = 0;
  bool closed = false;
};

int once_runs = 0;
int static_inits = 0;
struct Slow {
  int value;
  Slow() : value(42) {
    __atomic_add_fetch(&static_inits, 1, __ATOMIC_RELAXED);
    (void)solo::thread::sleep_for(solo::Timespec::from_milliseconds(20)); // the others arrive meanwhile
  }
};
int slow_static() {
  static Slow s;
  return s.value;
}

} // namespace

int main() {
  using solo::LockGuard;
  using solo::Timespec;

  { // Mutex
    solo::Mutex m;
    long counter = 0;
    run_workers(workers, [&](int) {
      for (long i = 0; i < rounds; ++i) {
        LockGuard g(m);
        racy_increment(counter, i);
      }
    });
    CHECK_EQ(counter, workers * rounds);
    CHECK(m.try_lock());
    CHECK(!m.try_lock());
    // A timed lock that cannot succeed ends at its deadline, not before.
    Timespec start = solo::io::monotonic_now();
    auto other = solo::Thread::spawn(
        [&] { return m.try_lock_until(solo::io::monotonic_now() + Timespec::from_milliseconds(30)); });
    CHECK(other && !other->join().value_or(true));
    CHECK(Timespec::from_milliseconds(30) <= solo::io::monotonic_now() - start);
    m.unlock();
  }

  { // RwLock: writers count exactly; readers see only whole updates (two fields always equal).
    solo::RwLock l;
    long a = 0, b = 0, torn = 0;
    run_workers(workers, [&](int w) {
      for (long i = 0; i < rounds / 2; ++i) {
        if (w % 2 == 0) {
          solo::WriteGuard g(l);
          racy_increment(a, i);
          b = a;
        } else {
          solo::ReadGuard g(l);
          if (a != b) __atomic_add_fetch(&torn, 1, __ATOMIC_RELAXED);
        }
      }
    });
    CHECK_EQ(a, (workers / 2) * (rounds / 2));
    CHECK_EQ(torn, 0);
    CHECK(l.try_lock_shared());
    CHECK(l.try_lock_shared());
    CHECK(!l.try_lock());
    l.unlock_shared();
    l.unlock_shared();
    CHECK(l.try_lock());
    CHECK(!l.try_lock_shared());
    l.unlock();
  }

  { // Semaphore: as a lock (one permit), then as a counter of permits.
    solo::Semaphore s(1);
    long counter = 0;
    run_workers(workers, [&](int) {
      for (long i = 0; i < rounds / 2; ++i) {
        s.acquire();
        racy_increment(counter, i);
        s.release();
      }
    });
    CHECK_EQ(counter, workers * (rounds / 2));
    CHECK_EQ(s.available(), 1);
    solo::Semaphore none(0);
    CHECK(!none.try_acquire());
    Timespec start = solo::io::monotonic_now();
    CHECK(!none.try_acquire_until(start + Timespec::from_milliseconds(20)));
    CHECK(Timespec::from_milliseconds(20) <= solo::io::monotonic_now() - start);
    none.release(3);
    CHECK_EQ(none.available(), 3);
  }

  { // Producer/consumer: two producers, two consumers, a small queue so both sides block often.
    Queue q;
    constexpr long per_producer = 5000;
    long received[2] = {0, 0}, sum[2] = {0, 0};
    solo::Latch producers_done(2);
    run_workers(4, [&](int w) {
      if (w < 2) {
        for (long i = 1; i <= per_producer; ++i) {
          LockGuard g(q.m);
          q.not_full.wait(g, [&] { return q.count < Queue::capacity; });
          q.items[(q.head + q.count++) % Queue::capacity] = i;
          q.not_empty.notify_one();
        }
        producers_done.count_down();
        if (w == 0) {
          producers_done.wait();
          LockGuard g(q.m);
          q.closed = true;
          q.not_empty.notify_all();
        }
      } else {
        for (;;) {
          LockGuard g(q.m);
          q.not_empty.wait(g, [&] { return q.count > 0 || q.closed; });
          if (q.count == 0) break;
          long v = q.items[q.head];
          q.head = (q.head + 1) % Queue::capacity;
          --q.count;
          q.not_full.notify_one();
          ++received[w - 2];
          sum[w - 2] += v;
        }
      }
    });
    CHECK_EQ(received[0] + received[1], 2 * per_producer);
    CHECK_EQ(sum[0] + sum[1], 2 * per_producer * (per_producer + 1) / 2);
    // A timed wait with nobody notifying ends at its deadline.
    solo::Mutex m;
    solo::CondVar cv;
    LockGuard g(m);
    Timespec start = solo::io::monotonic_now();
    CHECK(!cv.wait_until(g, start + Timespec::from_milliseconds(20), [] { return false; }));
    CHECK(Timespec::from_milliseconds(20) <= solo::io::monotonic_now() - start);
  }

  { // Once and a function-local static, raced: one initialisation, every caller sees its result.
    solo::Once once;
    int seen[8] = {};
    run_workers(8, [&](int w) {
      once.call([] {
        (void)solo::thread::sleep_for(Timespec::from_milliseconds(20));
        __atomic_add_fetch(&once_runs, 1, __ATOMIC_RELEASE);
      });
      seen[w] = __atomic_load_n(&once_runs, __ATOMIC_ACQUIRE) + slow_static();
    });
    CHECK_EQ(once_runs, 1);
    CHECK_EQ(static_inits, 1);
    bool all = true;
    for (int v : seen) all = all && v == 43;
    CHECK(all);
    CHECK(once.done());
  }

  { // Latch: the waiters leave only once every worker counted down; Barrier: rounds stay in step.
    solo::Latch latch(workers);
    int arrived = 0, early = 0;
    run_workers(workers * 2, [&](int w) {
      if (w < workers) {
        __atomic_add_fetch(&arrived, 1, __ATOMIC_RELEASE);
        latch.count_down();
      } else {
        latch.wait();
        if (__atomic_load_n(&arrived, __ATOMIC_ACQUIRE) != workers) __atomic_add_fetch(&early, 1, __ATOMIC_RELAXED);
      }
    });
    CHECK_EQ(early, 0);
    CHECK(latch.try_wait());
    solo::Latch closed(1);
    CHECK(!closed.wait_until(solo::io::monotonic_now() + Timespec::from_milliseconds(10)));

    constexpr int steps = 200;
    solo::Barrier barrier(workers);
    int progress[workers] = {}, behind = 0, leaders = 0;
    run_workers(workers, [&](int w) {
      for (int s = 0; s < steps; ++s) {
        __atomic_store_n(&progress[w], s + 1, __ATOMIC_RELEASE);
        if (barrier.arrive_and_wait()) __atomic_add_fetch(&leaders, 1, __ATOMIC_RELAXED);
        // Past the barrier of step s, every thread has reached step s.
        for (int o = 0; o < workers; ++o)
          if (__atomic_load_n(&progress[o], __ATOMIC_ACQUIRE) < s + 1) __atomic_add_fetch(&behind, 1, __ATOMIC_RELAXED);
      }
    });
    CHECK_EQ(behind, 0);
    CHECK_EQ(leaders, steps);
  }
  return check::summary();
}
