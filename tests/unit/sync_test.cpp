// solo's synchronisation types driven by the host's threads (the hosted build cannot spawn solo threads: the
// host's libc owns the thread pointer). Natively these also run under AddressSanitizer and UBSan, and under
// ThreadSanitizer (tests/unit/CMakeLists.txt: sync_tsan), which checks that every lock and wait orders memory
// as it must: a missing acquire or release shows up there even on x86-64, where the hardware would hide it.
// Host headers before solo's (prelude.hpp says why).
#include <thread>
#include <vector>

#include "prelude.hpp"

namespace {

template <class Body> void in_threads(int n, Body body) {
  std::vector<std::thread> t;
  for (int i = 0; i < n; ++i) t.emplace_back([&body, i] { body(i); });
  for (auto &x : t) x.join();
}

constexpr int threads = 4;
constexpr long rounds = 20000;

} // namespace

TEST_CASE("Mutex: exact totals under contention, try_lock, timed lock") {
  solo::Mutex m;
  long counter = 0; // a plain variable: the sanitizer sees any unprotected access
  in_threads(threads, [&](int) {
    for (long i = 0; i < rounds; ++i) {
      solo::LockGuard g(m);
      ++counter;
    }
  });
  CHECK(counter == threads * rounds);
  CHECK(m.try_lock());
  CHECK_FALSE(m.try_lock());
  std::thread other(
      [&] { CHECK_FALSE(m.try_lock_until(solo::io::monotonic_now() + solo::Timespec::from_milliseconds(20))); });
  other.join();
  m.unlock();
}

TEST_CASE("CondVar: producer/consumer counts every item once, no wake-up lost") {
  solo::Mutex m;
  solo::CondVar not_empty, not_full;
  constexpr int capacity = 4;
  constexpr long items = 20000;
  long queue[capacity], received = 0, sum = 0;
  int head = 0, count = 0;
  std::thread producer([&] {
    for (long i = 1; i <= items; ++i) {
      solo::LockGuard g(m);
      not_full.wait(g, [&] { return count < capacity; });
      queue[(head + count++) % capacity] = i;
      not_empty.notify_one();
    }
  });
  std::thread consumer([&] {
    while (received < items) {
      solo::LockGuard g(m);
      not_empty.wait(g, [&] { return count > 0; });
      sum += queue[head];
      head = (head + 1) % capacity;
      --count;
      ++received;
      not_full.notify_one();
    }
  });
  producer.join();
  consumer.join();
  CHECK(sum == items * (items + 1) / 2);
}

TEST_CASE("RwLock: writers count exactly, readers never see a half update") {
  solo::RwLock l;
  long a = 0, b = 0;
  int torn = 0;
  in_threads(threads, [&](int w) {
    for (long i = 0; i < rounds / 2; ++i) {
      if (w % 2 == 0) {
        solo::WriteGuard g(l);
        ++a;
        b = a;
      } else {
        solo::ReadGuard g(l);
        if (a != b) __atomic_add_fetch(&torn, 1, __ATOMIC_RELAXED);
      }
    }
  });
  CHECK(a == (threads / 2) * (rounds / 2));
  CHECK(torn == 0);
}

TEST_CASE("Semaphore, Latch, Barrier, Once") {
  solo::Semaphore s(1);
  long counter = 0;
  in_threads(threads, [&](int) {
    for (long i = 0; i < rounds / 4; ++i) {
      s.acquire();
      ++counter;
      s.release();
    }
  });
  CHECK(counter == threads * (rounds / 4));

  solo::Latch latch(threads);
  int before = 0;
  in_threads(threads * 2, [&](int w) {
    if (w < threads) {
      __atomic_add_fetch(&before, 1, __ATOMIC_RELAXED);
      latch.count_down();
    } else {
      latch.wait();
      CHECK(__atomic_load_n(&before, __ATOMIC_RELAXED) == threads);
    }
  });

  solo::Barrier barrier(threads);
  int step[threads] = {}, behind = 0;
  in_threads(threads, [&](int w) {
    for (int s = 1; s <= 100; ++s) {
      __atomic_store_n(&step[w], s, __ATOMIC_RELAXED);
      barrier.arrive_and_wait();
      for (int o = 0; o < threads; ++o)
        if (__atomic_load_n(&step[o], __ATOMIC_RELAXED) < s) __atomic_add_fetch(&behind, 1, __ATOMIC_RELAXED);
      barrier.arrive_and_wait();
    }
  });
  CHECK(behind == 0);

  solo::Once once;
  int runs = 0, value = 0;
  in_threads(threads, [&](int) {
    once.call([&] {
      value = 42;
      ++runs;
    });
    CHECK(value == 42);
  });
  CHECK(runs == 1);
}
