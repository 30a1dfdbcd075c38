// solo::Semaphore: a counter of permits. acquire() takes one, sleeping while there are none; release() gives
// them back and wakes sleepers.
//
//   solo::Semaphore slots(4);      // at most four at a time
//   slots.acquire(); work(); slots.release();
//
// An acquire or release with nobody sleeping is one atomic instruction and no system call. Deadlines are
// absolute on the monotonic clock; the plain forms ignore signals and interrupt requests, the interruptible one
// returns Errno::EINTR once an interrupt is requested (solo/interrupt.hpp). A semaphore may be destroyed as soon
// as no thread uses it: after its releasing store, release() touches only the word's address.
#pragma once

#include <solo/result.hpp>
#include <solo/timespec.hpp>

namespace solo {

class Semaphore {
public:
  static constexpr unsigned max = 0x7fffffff;

  constexpr explicit Semaphore(unsigned initial = 0) noexcept : value_(initial & max) {}
  Semaphore(const Semaphore &) = delete;
  Semaphore &operator=(const Semaphore &) = delete;

  void acquire() noexcept {
    if (!try_acquire()) (void)acquire_slow(nullptr, false);
  }
  [[nodiscard]] bool try_acquire() noexcept {
    unsigned v = __atomic_load_n(&value_, __ATOMIC_RELAXED);
    while (v & max)
      if (__atomic_compare_exchange_n(&value_, &v, v - 1, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return true;
    return false;
  }
  // false when `deadline` passed without a permit.
  [[nodiscard]] bool try_acquire_until(Timespec deadline) noexcept {
    return try_acquire() || acquire_slow(&deadline, false).has_value();
  }
  // Errno::ETIMEDOUT at the deadline (if given), Errno::EINTR when an interrupt is requested.
  Result<void> acquire_interruptibly(const Timespec *deadline = nullptr) noexcept {
    if (try_acquire()) return {};
    return acquire_slow(deadline, true);
  }
  // Gives back `n` permits; more than `max` in all is a bug (solo::panic).
  void release(unsigned n = 1) noexcept;
  // The permits available right now (already stale when it returns, by nature).
  unsigned available() const noexcept { return __atomic_load_n(&value_, __ATOMIC_RELAXED) & max; }

private:
  static constexpr unsigned sleepers = 0x80000000u;
  Result<void> acquire_slow(const Timespec *deadline, bool interruptible) noexcept;

  unsigned value_;       // bits 0-30: permits; bit 31: someone may sleep
  unsigned waiting_ = 0; // threads in acquire_slow
};

} // namespace solo
