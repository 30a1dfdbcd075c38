// Thread benchmarks, solo's side (threads.c is the same with pthreads for glibc and musl): prints
//   create_join_ns   one Thread::spawn + join of a thread that returns at once
//   lock_unlock_st_ns  one uncontended Mutex lock + unlock before any thread exists
//   lock_unlock_ns   the same with a second thread alive (the runtime in its threaded state)
//   pingpong_ns      one round trip between two threads taking turns through a Mutex and a CondVar
#include <solo.hpp>

namespace {
long now_ns() { return solo::io::monotonic_now().to_nanoseconds(); }

int turn = 0;
solo::Mutex m;
solo::CondVar cv;

void take_turns(int me, long rounds) {
  for (long i = 0; i < rounds; ++i) {
    solo::LockGuard g(m);
    cv.wait(g, [me] { return turn == me; });
    turn = 1 - me;
    cv.notify_one();
  }
}
} // namespace

int main(int argc, char **argv) {
  long creates = argc > 1 ? solo::parse_int<long>(argv[1]).value_or(2000) : 2000;
  long locks = argc > 2 ? solo::parse_int<long>(argv[2]).value_or(20000000) : 20000000;
  long pings = argc > 3 ? solo::parse_int<long>(argv[3]).value_or(50000) : 50000;

  static volatile long counter = 0;
  solo::Mutex lock;
  long start = now_ns();
  for (long i = 0; i < locks; ++i) {
    lock.lock();
    counter = counter + 1;
    lock.unlock();
  }
  long took = now_ns() - start;
  solo::println("lock_unlock_st_ns {}.{:02}", took / locks, took * 100 / locks % 100);

  start = now_ns();
  for (long i = 0; i < creates; ++i) {
    auto t = solo::Thread::spawn([] {});
    if (!t || !t->join()) return 1;
  }
  solo::println("create_join_ns {}", (now_ns() - start) / creates);

  static solo::Latch done(1);
  auto idle = solo::Thread::spawn([] { done.wait(); });
  if (!idle) return 1;
  start = now_ns();
  for (long i = 0; i < locks; ++i) {
    lock.lock();
    counter = counter + 1;
    lock.unlock();
  }
  took = now_ns() - start;
  solo::println("lock_unlock_ns {}.{:02}", took / locks, took * 100 / locks % 100);
  done.count_down();
  (void)idle->join();

  start = now_ns();
  auto other = solo::Thread::spawn([pings] { take_turns(1, pings); });
  if (!other) return 1;
  take_turns(0, pings);
  (void)other->join();
  solo::println("pingpong_ns {}", (now_ns() - start) / pings);
  return 0;
}
