// solo::CondVar on a sequence number. A waiter registers (waiters_ + 1) and reads the sequence while it still
// holds the mutex, unlocks, and sleeps only if the sequence is unchanged; a notify bumps the sequence and wakes.
// No wake-up is lost: a program changes the condition under the mutex before it notifies, so a waiter that
// checked the condition and registered did so before the notifier took the mutex, and the notifier sees it.
// Either its sequence bump comes before the waiter's sleep (which then returns at once: the kernel compares and
// sleeps atomically) or the wake finds the waiter asleep. After the bump a notify touches only the word's
// address, never the CondVar: a woken waiter may destroy it at once.
#include <solo/io/retry.hpp>
#include <solo/sync/condvar.hpp>
#include <solo/sync/futex.hpp>

namespace solo {

unsigned CondVar::enter() noexcept {
  __atomic_fetch_add(&waiters_, 1, __ATOMIC_RELAXED);
  return __atomic_load_n(&sequence_, __ATOMIC_RELAXED);
}

void CondVar::leave() noexcept { __atomic_fetch_sub(&waiters_, 1, __ATOMIC_RELAXED); }

void CondVar::wait(Guard &g) noexcept {
  unsigned seq = enter();
  g.mutex().unlock();
  futex::wait(&sequence_, seq);
  leave();
  g.mutex().lock();
}

bool CondVar::wait_until(Guard &g, Timespec deadline) noexcept {
  unsigned seq = enter();
  g.mutex().unlock();
  bool in_time = futex::wait_until(&sequence_, seq, deadline);
  leave();
  g.mutex().lock();
  return in_time;
}

Result<void> CondVar::wait_once_interruptibly(Guard &g, const Timespec *deadline) noexcept {
  unsigned seq = enter();
  g.mutex().unlock();
  auto r = futex::wait_interruptibly(&sequence_, seq, deadline);
  leave();
  g.mutex().lock();
  return r;
}

void CondVar::notify(int count) noexcept {
  // Registrations are ordered before this by the mutex (see the top): with none, nobody needs waking.
  if (__atomic_load_n(&waiters_, __ATOMIC_RELAXED) == 0) return;
  __atomic_fetch_add(&sequence_, 1, __ATOMIC_RELAXED);
  futex::wake(&sequence_, count);
}

Timespec CondVar::deadline_after(Timespec duration) noexcept { return io::monotonic_now() + duration; }

} // namespace solo
