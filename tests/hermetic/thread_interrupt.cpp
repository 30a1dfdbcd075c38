// request_interrupt() with threads, and signal storms during timed waits in threads.
//
// (1) Six threads block in interruptible calls (a pipe read, a sleep, CondVar, Semaphore and Latch waits, a
//     futex wait) and a seventh in Mutex::lock; main calls request_interrupt(): the six return Errno::EINTR at
//     once (their calls would last 10 s), the locker keeps waiting and gets the lock when main lets go.
// (2) The same with a real signal: Action::interrupt on USR1, sent to the process while main blocks USR1, so
//     the kernel hands it to some worker; every worker's call and main's own read return EINTR.
// (3) The documented signal-thread pattern: INT blocked before spawning (threads inherit the mask), one thread
//     takes it with signal::wait and requests the interrupt; the blocked workers return EINTR.
// (4) A storm: a thread sends SIGALRM (handled without SA_RESTART) to each worker every millisecond while the
//     workers wait with 200 ms deadlines (CondVar, Semaphore, Mutex, Latch, futex, sleep): none ends early,
//     none later than the deadline + 500 ms (tests/hermetic/signal_storm.cpp says why that slack), and none sees
//     EINTR.
#include "check.hpp"

#include <solo/io/retry.hpp>
#include <solo/signal.hpp>
#include <solo/sync.hpp>
#include <solo/sys/file.hpp>
#include <solo/thread.hpp>

namespace {

namespace sig = solo::signal;
using solo::Errno;
using solo::LockGuard;
using solo::Thread;
using solo::Timespec;

long now_ms() { return solo::io::monotonic_now().to_nanoseconds() / 1'000'000; }
Timespec in_ms(long ms) { return solo::io::monotonic_now() + Timespec::from_milliseconds(ms); }

constexpr int kinds = 6;
const char *const kind_names[kinds] = {"read", "sleep", "condvar", "semaphore", "latch", "futex"};

struct Blocked {
  solo::Latch ready{kinds};
  int pipe[2] = {-1, -1};
  solo::Mutex m;
  solo::CondVar cv;
  solo::Semaphore sem{0};
  solo::Latch never{1};
  unsigned word = 0;
  Errno got[kinds] = {};
  long took[kinds] = {};
  int finished = 0;
};

// One interruptible call of each kind; each would last 10 s.
Errno block_in(Blocked &b, int kind) {
  Timespec deadline = in_ms(10000);
  b.ready.count_down();
  switch (kind) {
  case 0: {
    char c;
    auto r = solo::io::read(b.pipe[0], &c, 1);
    return r ? Errno(0) : r.error();
  }
  case 1: {
    auto r = solo::thread::sleep_until(deadline);
    return r ? Errno(0) : r.error();
  }
  case 2: {
    LockGuard g(b.m);
    auto r = b.cv.wait_interruptibly(g, [] { return false; }, &deadline);
    return r ? Errno(0) : r.error();
  }
  case 3: {
    auto r = b.sem.acquire_interruptibly(&deadline);
    return r ? Errno(0) : r.error();
  }
  case 4: {
    auto r = b.never.wait_interruptibly(&deadline);
    return r ? Errno(0) : r.error();
  }
  default: {
    auto r = solo::futex::wait_interruptibly(&b.word, 0, &deadline);
    // A plain futex wait may come back early (a spurious wake): only a timeout or EINTR counts.
    while (r) r = solo::futex::wait_interruptibly(&b.word, 0, &deadline);
    return r.error();
  }
  }
}

struct Workers {
  Blocked b;
  solo::JoinHandle<void> t[kinds];
  bool start() {
    if (!solo::sys::pipe2(b.pipe)) return false;
    for (int k = 0; k < kinds; ++k) {
      auto s = Thread::spawn([this, k] {
        long start = now_ms();
        b.got[k] = block_in(b, k);
        b.took[k] = now_ms() - start;
        __atomic_add_fetch(&b.finished, 1, __ATOMIC_RELEASE);
      });
      if (!s) return false;
      t[k] = solo::move(*s);
    }
    b.ready.wait();
    // Past the latch each is about to block: give them time to get into the kernel (the cancellable call
    // catches a request that comes earlier anyway).
    (void)solo::thread::sleep_for(Timespec::from_milliseconds(50));
    return true;
  }
  // Every call returned EINTR, and promptly.
  void check_interrupted(const char *how) {
    // Should the interrupt not arrive, the read would wait forever: after 5 s it gets a byte (and fails).
    long give_up = now_ms() + 5000;
    // (The interrupt is requested: sleeps would return at once, so this waits by yielding.)
    while (__atomic_load_n(&b.finished, __ATOMIC_ACQUIRE) < kinds && now_ms() < give_up) solo::thread::yield();
    if (__atomic_load_n(&b.finished, __ATOMIC_ACQUIRE) < kinds)
      (void)solo::io::write_all_uninterrupted(b.pipe[1], "x", 1);
    for (int k = 0; k < kinds; ++k) {
      (void)t[k].join();
      bool ok = b.got[k] == Errno::EINTR && b.took[k] < 5000;
      CHECK(ok);
      if (!ok) {
        (void)solo::io::out(how);
        (void)solo::io::out(": ");
        (void)solo::io::out(kind_names[k]);
        (void)solo::io::out(" returned ");
        (void)solo::io::out(b.got[k] == Errno(0) ? "success" : solo::name(b.got[k]));
        (void)solo::io::out("\n");
      }
    }
    (void)solo::sys::close(b.pipe[0]);
    (void)solo::sys::close(b.pipe[1]);
  }
};

void from_main() {
  Workers w;
  CHECK(w.start());
  // A lock is not a blocking call: it keeps waiting through the request.
  w.b.m.lock();
  static int locked = 0;
  auto locker = Thread::spawn([&w] {
    LockGuard g(w.b.m);
    __atomic_store_n(&locked, 1, __ATOMIC_RELEASE);
  });
  CHECK(locker.has_value());
  (void)solo::thread::sleep_for(Timespec::from_milliseconds(20));
  sig::request_interrupt();
  // The condvar waiter needs the mutex back to return; the locker must still be waiting meanwhile.
  w.b.m.unlock();
  w.check_interrupted("request_interrupt from main");
  if (locker) CHECK(locker->join());
  CHECK_EQ(locked, 1);
  sig::clear_interrupt();
}

void by_signal() {
  CHECK(sig::set_action(sig::USR1, sig::Action::interrupt()));
  CHECK(sig::block(sig::SignalSet::of(sig::USR1)));
  // Workers start with main's mask: unblock USR1 in each so the kernel may pick any of them.
  Workers w;
  CHECK(sig::unblock(sig::SignalSet::of(sig::USR1))); // for the spawned threads' inherited mask, then again below
  CHECK(w.start());
  CHECK(sig::block(sig::SignalSet::of(sig::USR1)));
  auto sender = Thread::spawn([] {
    (void)solo::thread::sleep_for(Timespec::from_milliseconds(30));
    (void)solo::sys::kill(solo::sys::getpid(), sig::USR1);
  });
  CHECK(sender.has_value());
  int own[2];
  CHECK(solo::sys::pipe2(own));
  char c;
  auto r = solo::io::read(own[0], &c, 1);
  CHECK(!r && r.error() == Errno::EINTR);
  w.check_interrupted("a signal to the process");
  if (sender) CHECK(sender->join());
  (void)solo::sys::close(own[0]);
  (void)solo::sys::close(own[1]);
  CHECK(sig::unblock(sig::SignalSet::of(sig::USR1)));
  CHECK(sig::set_action(sig::USR1, sig::Action::default_action()));
  sig::clear_interrupt();
}

void signal_thread() {
  CHECK(sig::block(sig::SignalSet::of(sig::INT)));
  static int taken = 0;
  auto waiter = Thread::spawn([] {
    auto s = sig::wait(sig::SignalSet::of(sig::INT));
    __atomic_store_n(&taken, s.value_or(0), __ATOMIC_RELEASE);
    sig::request_interrupt();
  });
  CHECK(waiter.has_value());
  Workers w;
  CHECK(w.start());
  CHECK(solo::sys::kill(solo::sys::getpid(), sig::INT));
  w.check_interrupted("a signal thread");
  if (waiter) CHECK(waiter->join());
  CHECK_EQ(taken, sig::INT);
  CHECK(sig::unblock(sig::SignalSet::of(sig::INT)));
  sig::clear_interrupt();
}

int alarms = 0;
void on_alarm(int) { __atomic_add_fetch(&alarms, 1, __ATOMIC_RELAXED); }

void storm() {
  CHECK(sig::set_action(sig::ALRM, sig::Action::call(on_alarm))); // no SA_RESTART
  constexpr int waiters = 7;
  constexpr long wait_ms = 200, slack_ms = 2000; // the slack of signal_storm.cpp: a loaded machine stalls
  static solo::Mutex held, cv_mutex;
  static solo::CondVar cv;
  static solo::Semaphore sem(0);
  static solo::Latch latch(1);
  static unsigned word = 0;
  static int stop = 0;
  long took[waiters] = {};
  bool right[waiters] = {};
  held.lock();
  solo::Latch ready(waiters);
  solo::JoinHandle<void> t[waiters];
  for (int k = 0; k < waiters; ++k) {
    auto s = Thread::spawn([&, k] {
      ready.count_down();
      ready.wait();
      long start = now_ms();
      Timespec deadline = in_ms(wait_ms);
      switch (k) {
      case 0: {
        LockGuard g(cv_mutex);
        right[k] = !cv.wait_until(g, deadline, [] { return false; });
        break;
      }
      case 1:
        right[k] = !sem.try_acquire_until(deadline);
        break;
      case 2:
        right[k] = !held.try_lock_until(deadline);
        break;
      case 3:
        right[k] = !latch.wait_until(deadline);
        break;
      case 4:
        while (solo::futex::wait_until(&word, 0, deadline)) {
        }
        right[k] = true;
        break;
      case 5:
        right[k] = solo::thread::sleep_until(deadline).has_value();
        break;
      default: {
        // A plain lock under the storm: main lets go after the others' deadline.
        held.lock();
        held.unlock();
        right[k] = now_ms() - start >= wait_ms;
        break;
      }
      }
      took[k] = now_ms() - start;
    });
    CHECK(s.has_value());
    if (s) t[k] = solo::move(*s);
  }
  auto stormer = Thread::spawn([&] {
    int pid = solo::sys::getpid();
    while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE)) {
      for (auto &w : t)
        if (w.joinable()) (void)solo::sys::tgkill(pid, w.id(), sig::ALRM);
      (void)solo::thread::sleep_for(Timespec::from_milliseconds(1));
    }
  });
  CHECK(stormer.has_value());
  ready.wait();
  // Held until every timed wait is past its deadline plus the slack: a waiter scheduled late (an emulated
  // kernel on a busy machine) still finds it held, so only a wait that overstayed its deadline can take it.
  (void)solo::thread::sleep_for(Timespec::from_milliseconds(wait_ms + slack_ms));
  held.unlock();
  for (int k = 0; k < waiters - 1; ++k) {
    (void)t[k].join();
    CHECK(right[k]);
    CHECK(took[k] >= wait_ms);
    CHECK(took[k] <= wait_ms + slack_ms);
  }
  (void)t[waiters - 1].join();
  CHECK(right[waiters - 1]);
  __atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
  if (stormer) CHECK(stormer->join());
  CHECK(alarms > 20); // the storm really was on
  CHECK(sig::set_action(sig::ALRM, sig::Action::ignore()));
}

} // namespace

int main() {
  from_main();
  by_signal();
  signal_thread();
  storm();
  return check::summary();
}
