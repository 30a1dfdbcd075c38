// solo::Semaphore's slow paths. A sleeper sets the word's top bit and sleeps while the word is exactly that
// bit (no permits). release() adds its permits and wakes when it saw the bit; it clears the bit when at most one
// thread was waiting, since that one is the thread it wakes (a thread that starts waiting later sets the bit
// again). It reads the waiter count before its releasing compare-and-swap, so after it only the word's address
// is used.
#include <solo/panic.hpp>
#include <solo/sync/futex.hpp>
#include <solo/sync/semaphore.hpp>

namespace solo {

Result<void> Semaphore::acquire_slow(const Timespec *deadline, bool interruptible) noexcept {
  __atomic_fetch_add(&waiting_, 1, __ATOMIC_RELAXED);
  Result<void> outcome{};
  for (;;) {
    unsigned v = __atomic_load_n(&value_, __ATOMIC_RELAXED);
    if (v & max) {
      if (__atomic_compare_exchange_n(&value_, &v, v - 1, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) break;
      continue;
    }
    if (v == 0 && !__atomic_compare_exchange_n(&value_, &v, sleepers, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
      continue;
    Result<void> r{};
    if (interruptible)
      r = futex::wait_interruptibly(&value_, sleepers, deadline);
    else if (deadline && !futex::wait_until(&value_, sleepers, *deadline))
      r = Errno::ETIMEDOUT;
    else if (!deadline)
      futex::wait(&value_, sleepers);
    if (!r) {
      // One last look: a permit that came with the timeout or the interrupt is still taken.
      v = __atomic_load_n(&value_, __ATOMIC_RELAXED);
      bool got = false;
      while ((v & max) &&
             !(got = __atomic_compare_exchange_n(&value_, &v, v - 1, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))) {
      }
      if (!got) outcome = r;
      break;
    }
  }
  __atomic_fetch_sub(&waiting_, 1, __ATOMIC_RELAXED);
  return outcome;
}

void Semaphore::release(unsigned n) noexcept {
  if (n == 0) return;
  unsigned v = __atomic_load_n(&value_, __ATOMIC_RELAXED);
  for (;;) {
    unsigned permits = v & max;
    if (n > max - permits) panic("solo::Semaphore: more permits released than it can count");
    unsigned next = permits + n;
    // With two or more waiting, others still sleep after the ones this wakes: keep the bit for them.
    if ((v & sleepers) && __atomic_load_n(&waiting_, __ATOMIC_RELAXED) > n) next |= sleepers;
    if (__atomic_compare_exchange_n(&value_, &v, next, true, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) break;
  }
  if (v & sleepers) futex::wake(&value_, static_cast<int>(n > 0x7fffffffu ? 0x7fffffffu : n));
}

} // namespace solo
