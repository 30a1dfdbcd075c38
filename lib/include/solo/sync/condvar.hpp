// solo::CondVar: wait until another thread says something changed, with a Mutex held around the condition.
//
//   solo::LockGuard g(m);
//   cv.wait(g, [&] { return !queue.empty(); });       // sleeps with m unlocked, returns with it locked
//   ...                                               // elsewhere: { LockGuard g(m); queue.push(x); } cv.notify_one();
//
// Change the condition with the mutex held (notify with or without it): then no wake-up is lost, also when the
// notify comes after a waiter released the mutex but before it fell asleep (its sleep then returns at once).
// Like every condition variable it may wake without a notify, which is why the predicate forms are the ones to
// use. A notify with nobody waiting makes no system call.
//
// Deadlines are absolute on the monotonic clock (io::monotonic_now() + Timespec::from_milliseconds(50)), so signals
// arriving meanwhile neither shorten nor stretch a wait. The plain waits ignore interrupt requests; the
// interruptible one returns Errno::EINTR once the program has asked for an interrupt (solo/interrupt.hpp).
#pragma once

#include <solo/result.hpp>
#include <solo/sync/mutex.hpp>
#include <solo/timespec.hpp>

namespace solo {

class CondVar {
public:
  using Guard = LockGuard<Mutex>;

  constexpr CondVar() noexcept = default;
  CondVar(const CondVar &) = delete;
  CondVar &operator=(const CondVar &) = delete;

  // Unlocks the guard's mutex, sleeps until notified (or spuriously), locks it again.
  void wait(Guard &g) noexcept;
  template <class Predicate> void wait(Guard &g, Predicate ready) {
    while (!ready()) wait(g);
  }
  // The same, ending at `deadline`: false when it has passed (the mutex is locked again in every case).
  bool wait_until(Guard &g, Timespec deadline) noexcept;
  // true when `ready()` held, false when the deadline passed first (ready() is checked a last time then).
  template <class Predicate> bool wait_until(Guard &g, Timespec deadline, Predicate ready) {
    while (!ready())
      if (!wait_until(g, deadline)) return ready();
    return true;
  }
  template <class Predicate> bool wait_for(Guard &g, Timespec duration, Predicate ready) {
    return wait_until(g, deadline_after(duration), ready);
  }

  // Waits for `ready()` under the interrupt policy: {} once it holds, Errno::ETIMEDOUT when `deadline` (if
  // given) passed first, Errno::EINTR as soon as an interrupt is requested (ready() is checked first each time).
  template <class Predicate>
  Result<void> wait_interruptibly(Guard &g, Predicate ready, const Timespec *deadline = nullptr) {
    while (!ready())
      if (auto r = wait_once_interruptibly(g, deadline); !r) return ready() ? Result<void>{} : r;
    return {};
  }

  void notify_one() noexcept { notify(1); }
  void notify_all() noexcept { notify(0x7fffffff); }

private:
  static Timespec deadline_after(Timespec duration) noexcept;
  Result<void> wait_once_interruptibly(Guard &g, const Timespec *deadline) noexcept;
  void notify(int count) noexcept;
  unsigned enter() noexcept;
  void leave() noexcept;

  unsigned sequence_ = 0; // bumped by every notify: the futex word
  unsigned waiters_ = 0;  // threads between enter() and leave(): a notify with none makes no system call
};

} // namespace solo
