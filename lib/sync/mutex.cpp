// The contended half of solo::Mutex (the three-state futex lock of "Futexes Are Tricky", Drepper 2011).
#include <solo/sync/futex.hpp>
#include <solo/sync/mutex.hpp>

namespace solo {

// A bounded wait for the holder to let go: a hundred plain loads (a few hundred nanoseconds), not
// read-modify-writes, so the cache line stays shared while it is held. No `pause` between them: in this VM a
// pause loop made bench/threads' ping-pong 1.5x slower (a hypervisor may take a vCPU that spins on pause off
// its CPU). Stops early when the state says someone is already asleep (then sleeping is the fair thing to do).
// Returns the last state seen.
unsigned Mutex::spin() noexcept {
  unsigned s = __atomic_load_n(&state_, __ATOMIC_RELAXED);
  for (int i = 0; i < 100 && s == locked; ++i) s = __atomic_load_n(&state_, __ATOMIC_RELAXED);
  return s;
}

void Mutex::lock_contended() noexcept {
  unsigned s = spin();
  if (s == free) {
    unsigned expected = free;
    if (__atomic_compare_exchange_n(&state_, &expected, locked, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return;
  }
  // From here on the word says "contended" whenever this thread may sleep, so the holder's unlock wakes someone.
  // Taking the lock as 2 rather than 1 is conservative: at worst one unlock makes a wake nobody needed.
  for (;;) {
    if (__atomic_exchange_n(&state_, contended, __ATOMIC_ACQUIRE) == free) return;
    futex::wait(&state_, contended);
    spin();
  }
}

bool Mutex::try_lock_until(Timespec deadline) noexcept {
  if (try_lock()) return true;
  for (;;) {
    if (__atomic_exchange_n(&state_, contended, __ATOMIC_ACQUIRE) == free) return true;
    if (!futex::wait_until(&state_, contended, deadline)) {
      // Timed out; one last try, since the word may have become free just now.
      return __atomic_exchange_n(&state_, contended, __ATOMIC_ACQUIRE) == free;
    }
  }
}

void Mutex::wake_one() noexcept { futex::wake(&state_, 1); }

} // namespace solo
