// solo::Mutex: a futex lock in one 32-bit word, and LockGuard, the RAII guard for it (or for any type with
// lock() and unlock()).
//
//   solo::Mutex m;
//   { solo::LockGuard g(m); ++shared_counter; }
//
// The word is 0 (free), 1 (locked, nobody waiting) or 2 (locked, maybe waiters): locking and unlocking an
// uncontended mutex is one atomic instruction each and no system call; only an unlock that finds 2 wakes a
// waiter. A contended lock spins briefly (another core usually lets go within a few hundred cycles) before it
// sleeps. Locking never fails: signals never make it return early, and there is no EINTR.
//
// Until the program spawns its first thread, nobody else can hold a mutex: lock and unlock are then plain
// stores, with no atomic instruction at all (solo/detail/threads_started.hpp).
//
// Not recursive: locking a mutex the caller already holds deadlocks, and unlocking one it does not hold is
// undefined. A mutex may be destroyed as soon as the last unlock returns in any thread: after its releasing
// store an unlock touches only the word's address (in the wake system call), never the mutex again.
#pragma once

#include <solo/detail/threads_started.hpp>
#include <solo/timespec.hpp>

namespace solo {

class Mutex {
public:
  constexpr Mutex() noexcept = default;
  Mutex(const Mutex &) = delete;
  Mutex &operator=(const Mutex &) = delete;

  void lock() noexcept {
    if (!detail::may_have_threads() && __atomic_load_n(&state_, __ATOMIC_RELAXED) == free) {
      __atomic_store_n(&state_, locked, __ATOMIC_RELAXED);
      return;
    }
    unsigned expected = free;
    if (!__atomic_compare_exchange_n(&state_, &expected, locked, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
      lock_contended();
  }
  [[nodiscard]] bool try_lock() noexcept {
    if (!detail::may_have_threads()) {
      if (__atomic_load_n(&state_, __ATOMIC_RELAXED) != free) return false;
      __atomic_store_n(&state_, locked, __ATOMIC_RELAXED);
      return true;
    }
    unsigned expected = free;
    return __atomic_compare_exchange_n(&state_, &expected, locked, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
  }
  // Waits no later than `deadline` (absolute, on io::monotonic_now()'s clock); false if it passed first.
  [[nodiscard]] bool try_lock_until(Timespec deadline) noexcept;
  void unlock() noexcept {
    if (!detail::may_have_threads())
      __atomic_store_n(&state_, free, __ATOMIC_RELAXED);
    else if (__atomic_exchange_n(&state_, free, __ATOMIC_RELEASE) == contended)
      wake_one();
  }

private:
  static constexpr unsigned free = 0, locked = 1, contended = 2;
  void lock_contended() noexcept;
  void wake_one() noexcept;
  unsigned spin() noexcept;

  unsigned state_ = free;
};

template <class Lockable> class [[nodiscard]] LockGuard {
public:
  explicit LockGuard(Lockable &m) noexcept : m_(m) { m_.lock(); }
  ~LockGuard() { m_.unlock(); }
  LockGuard(const LockGuard &) = delete;
  LockGuard &operator=(const LockGuard &) = delete;

  Lockable &mutex() const noexcept { return m_; }

private:
  Lockable &m_;
};

} // namespace solo
