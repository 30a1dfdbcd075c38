// The contended paths of solo::RwLock (the algorithm of Rust's futex RwLock: a reader count with two waiting
// bits, and a separate counter for waking writers).
//
// Readers sleep on the state word itself, writers on writer_wake_. An unlock that leaves the lock free with
// someone waiting picks whom to wake: one writer if any waits (readers stay asleep behind it), else every
// reader. Before it frees the lock for good an unlock bumps writer_wake_, so after that it touches only the
// futex words' addresses: a lock may be destroyed as soon as nobody holds it.
#include <solo/panic.hpp>
#include <solo/sync/futex.hpp>
#include <solo/sync/rwlock.hpp>

namespace solo {

// Waits a little for the holder while nobody sleeps yet: a reader for a writer to finish, a writer for anyone.
// Plain loads, as Mutex::spin (lib/sync/mutex.cpp says why there is no pause).
unsigned RwLock::spin(bool for_writer) noexcept {
  unsigned s = __atomic_load_n(&state_, __ATOMIC_RELAXED);
  for (int i = 0; i < 100; ++i) {
    bool held = for_writer ? (s & mask) != 0 : (s & mask) == write_locked;
    if (!held || (s & (readers_waiting | writers_waiting))) break;
    s = __atomic_load_n(&state_, __ATOMIC_RELAXED);
  }
  return s;
}

bool RwLock::try_lock_shared() noexcept {
  unsigned s = __atomic_load_n(&state_, __ATOMIC_RELAXED);
  while (read_lockable(s))
    if (__atomic_compare_exchange_n(&state_, &s, s + 1, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return true;
  return false;
}

bool RwLock::try_lock() noexcept {
  unsigned s = __atomic_load_n(&state_, __ATOMIC_RELAXED);
  while ((s & mask) == 0)
    if (__atomic_compare_exchange_n(&state_, &s, s | write_locked, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
      return true;
  return false;
}

void RwLock::lock_shared_contended() noexcept {
  for (;;) {
    unsigned s = spin(false);
    if (read_lockable(s)) {
      if (__atomic_compare_exchange_n(&state_, &s, s + 1, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return;
      continue;
    }
    if ((s & mask) == max_readers) panic("solo::RwLock: too many readers");
    if (!(s & readers_waiting)) {
      if (!__atomic_compare_exchange_n(&state_, &s, s | readers_waiting, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
        continue;
      s |= readers_waiting;
    }
    futex::wait(&state_, s);
  }
}

void RwLock::lock_contended() noexcept {
  // Once this writer has slept, other writers may sleep too: it keeps the bit set when it takes the lock, so its
  // unlock looks for them (at worst one wake finds nobody).
  unsigned keep = 0;
  for (;;) {
    unsigned s = spin(true);
    while ((s & mask) == 0)
      if (__atomic_compare_exchange_n(&state_, &s, s | write_locked | keep, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        return;
    if (!(s & writers_waiting) &&
        !__atomic_compare_exchange_n(&state_, &s, s | writers_waiting, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
      continue;
    keep = writers_waiting;
    unsigned seq = __atomic_load_n(&writer_wake_, __ATOMIC_ACQUIRE);
    // Read after the counter: an unlock that frees the lock bumps the counter first, so either this sees the
    // lock free (and does not sleep) or the sleep below sees the new count (and returns at once).
    s = __atomic_load_n(&state_, __ATOMIC_RELAXED);
    if ((s & mask) == 0 || !(s & writers_waiting)) continue;
    futex::wait(&writer_wake_, seq);
  }
}

bool RwLock::wake_writer() noexcept {
  // futex::wake reports nothing; the raw call says how many woke. Only the address is used.
  return futex::wake_counted(&writer_wake_, 1) > 0;
}

// `s`: the state just after an unlock left the lock free; only waiting bits may be set.
void RwLock::wake_waiters(unsigned s) noexcept {
  if (s == writers_waiting) {
    __atomic_fetch_add(&writer_wake_, 1, __ATOMIC_RELEASE);
    if (__atomic_compare_exchange_n(&state_, &s, 0, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
      wake_writer();
      return;
    }
    // Readers have started waiting meanwhile (or someone locked it: then their unlock takes over).
  }
  if (s == (readers_waiting | writers_waiting)) {
    __atomic_fetch_add(&writer_wake_, 1, __ATOMIC_RELEASE);
    if (!__atomic_compare_exchange_n(&state_, &s, readers_waiting, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) return;
    if (wake_writer()) return;
    // No writer was asleep after all (it may have been on its way to sleep, and now will not): wake the readers.
    s = readers_waiting;
  }
  if (s == readers_waiting && __atomic_compare_exchange_n(&state_, &s, 0, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
    futex::wake(&state_, futex::all);
}

} // namespace solo
