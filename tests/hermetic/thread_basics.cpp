// Threads: spawn and join with a result, many at once, thread_local objects constructed and destroyed in each
// thread, the canary in every thread, joining a thread that has already ended, detach, the handle's misuse
// errors, and the mapping's guard.
#include "check.hpp"
#include "child.hpp"

#include <solo/sync.hpp>
#include <solo/thread.hpp>
#include <thread_arch.hpp>

namespace {

int thread_local_constructions = 0; // atomically counted
int thread_local_destructions = 0;
struct PerThread {
  int value;
  PerThread() : value(7) { __atomic_add_fetch(&thread_local_constructions, 1, __ATOMIC_RELAXED); }
  ~PerThread() { __atomic_add_fetch(&thread_local_destructions, 1, __ATOMIC_RELAXED); }
};
thread_local PerThread per_thread;
thread_local int plain = 5;   // .tdata
thread_local long zeroed[64]; // .tbss
alignas(64) thread_local char aligned = 3;

// Order of a thread's thread_local destructors: newest first.
int order[2], order_count = 0;
struct First {
  ~First() { order[order_count++] = 1; }
};
struct Second {
  ~Second() { order[order_count++] = 2; }
};

long fill_and_sum(long n) {
  // A protected frame (local array) in the thread: the canary must be valid here.
  volatile char buf[256];
  for (int i = 0; i < 256; ++i) buf[i] = static_cast<char>(i);
  long s = 0;
  for (long i = 1; i <= n; ++i) s += i + buf[i % 256] - buf[i % 256];
  return s;
}

long plain_function() { return 1234; }

} // namespace

int main() {
  using solo::Thread;
  // Destroying a joinable handle is a bug that stops the program. Checked first, in a child forked before this
  // process has any other thread: qemu-user cannot start threads in a child forked from a threaded process
  // (qemu/emulators.list, threads_after_fork), where it aborts or, now and then, hangs.
  auto dropped = check::run_in_child([] {
    auto lost = Thread::spawn([] {});
    (void)lost;
  });
  CHECK_EQ(dropped.signal, 6);
  CHECK(dropped.err_has("joinable solo::Thread was destroyed"));

  { // A plain function as the callable.
    auto f = solo::Thread::spawn(plain_function);
    CHECK(f.has_value());
    if (f) CHECK_EQ(f->join().value_or(0), 1234);
  }
  namespace thread = solo::thread;

  // A result comes back through join.
  auto t = Thread::spawn([] { return fill_and_sum(1000); });
  CHECK(t.has_value());
  CHECK(t->joinable());
  CHECK(t->id() > 0);
  auto r = t->join();
  CHECK(r.has_value() && *r == 500500);
  CHECK(!t->joinable());
  CHECK(t->join().error() == solo::Errno::EINVAL);

  // thread_local data: fresh initial values in each thread, its own copy, its destructor run at its end.
  plain = 99;
  zeroed[3] = 4;
  int before = __atomic_load_n(&thread_local_constructions, __ATOMIC_RELAXED);
  (void)per_thread.value; // the main thread's object
  auto tl = Thread::spawn([] {
    bool fresh = plain == 5 && zeroed[3] == 0 && aligned == 3 && reinterpret_cast<unsigned long>(&aligned) % 64 == 0 &&
                 per_thread.value == 7;
    plain = 6;
    return fresh;
  });
  CHECK(tl && tl->join().value_or(false));
  CHECK_EQ(plain, 99);
  CHECK_EQ(__atomic_load_n(&thread_local_constructions, __ATOMIC_RELAXED), before + 2);
  CHECK_EQ(__atomic_load_n(&thread_local_destructions, __ATOMIC_RELAXED), 1); // the thread's, not main's

  // Destructors newest first.
  auto ordered = Thread::spawn([] {
    thread_local First first;
    thread_local Second second;
    (void)&first;
    (void)&second;
  });
  CHECK(ordered && ordered->join());
  CHECK_EQ(order_count, 2);
  CHECK(order[0] == 2 && order[1] == 1); // Second, constructed last, destroyed first

  // The canary: the same value in every thread (x86-64 copies it into each TCB, the others share one).
  unsigned long canary = solo::arch::load_canary();
  auto c = Thread::spawn([] { return solo::arch::load_canary(); });
  CHECK(c && c->join().value_or(0) == canary);

  // Several at once, each with its own stack.
  solo::JoinHandle<long> many[8];
  for (long i = 0; i < 8; ++i) {
    auto s = Thread::spawn([i] { return fill_and_sum(i * 100); });
    CHECK(s.has_value());
    if (s) many[i] = solo::move(*s);
  }
  for (long i = 0; i < 8; ++i) CHECK_EQ(many[i].join().value_or(-1), i * 100 * (i * 100 + 1) / 2);

  // Joining a thread that ended long ago.
  auto quick = Thread::spawn([] { return 3; });
  CHECK(thread::sleep_for(solo::Timespec::from_milliseconds(20)));
  CHECK(quick && quick->join().value_or(0) == 3);

  // Detach: the thread goes on alone; a latch says when it has run.
  static solo::Latch ran(1);
  auto d = Thread::spawn([] { ran.count_down(); });
  CHECK(d && d->detach());
  CHECK(!d->joinable());
  CHECK(d->detach().error() == solo::Errno::EINVAL);
  ran.wait();
  // Detaching one that has already ended frees it at once.
  auto ended = Thread::spawn([] {});
  CHECK(thread::sleep_for(solo::Timespec::from_milliseconds(20)));
  CHECK(ended && ended->detach());

  // A thread joining itself.
  static Thread self;
  static solo::Latch handed(1);
  static int verdict = 0;
  auto joiner = Thread::spawn([] {
    handed.wait();
    __atomic_store_n(&verdict, self.join().error() == solo::Errno::EDEADLK ? 1 : 2, __ATOMIC_RELEASE);
  });
  CHECK(joiner.has_value());
  if (joiner) self = Thread(solo::move(*joiner));
  handed.count_down();
  while (__atomic_load_n(&verdict, __ATOMIC_ACQUIRE) == 0) thread::yield();
  CHECK_EQ(verdict, 1);
  CHECK(self.join());

  // A default handle holds nothing.
  Thread none;
  CHECK(!none.joinable());
  CHECK(none.join().error() == solo::Errno::EINVAL);
  CHECK(none.detach().error() == solo::Errno::EINVAL);
  CHECK(thread::available_cpus() >= 1);
  CHECK(thread::current_id() == solo::sys::getpid());
  return check::summary();
}
