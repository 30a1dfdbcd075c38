// solo::RwLock: many readers or one writer, in one futex word; ReadGuard and WriteGuard lock it for a scope.
//
//   solo::RwLock lock;
//   { solo::ReadGuard r(lock); use(table); }      // any number at once
//   { solo::WriteGuard w(lock); table.update(); } // alone
//
// Writers are preferred: once a writer waits, new readers wait behind it, so a stream of readers cannot starve
// it. An uncontended read or write lock is one atomic instruction, and so is its unlock. Locking never fails
// and signals never cut a wait short. Not recursive: a thread that holds it for reading and asks again may
// deadlock behind a waiting writer.
#pragma once

namespace solo {

class RwLock {
public:
  constexpr RwLock() noexcept = default;
  RwLock(const RwLock &) = delete;
  RwLock &operator=(const RwLock &) = delete;

  void lock_shared() noexcept {
    unsigned s = __atomic_load_n(&state_, __ATOMIC_RELAXED);
    if (!(read_lockable(s) &&
          __atomic_compare_exchange_n(&state_, &s, s + 1, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)))
      lock_shared_contended();
  }
  [[nodiscard]] bool try_lock_shared() noexcept;
  void unlock_shared() noexcept {
    unsigned s = __atomic_sub_fetch(&state_, 1, __ATOMIC_RELEASE);
    // The last reader out, with a writer waiting (readers never wait while there are readers).
    if ((s & mask) == 0 && (s & writers_waiting)) wake_waiters(s);
  }

  void lock() noexcept {
    unsigned expected = 0;
    if (!__atomic_compare_exchange_n(&state_, &expected, write_locked, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
      lock_contended();
  }
  [[nodiscard]] bool try_lock() noexcept;
  void unlock() noexcept {
    unsigned s = __atomic_sub_fetch(&state_, write_locked, __ATOMIC_RELEASE);
    if (s != 0) wake_waiters(s);
  }

private:
  // Bits 0-29: the number of readers, or all ones when a writer holds it. Bit 30: readers sleep on state_.
  // Bit 31: writers sleep on writer_wake_.
  static constexpr unsigned mask = (1u << 30) - 1;
  static constexpr unsigned write_locked = mask;
  static constexpr unsigned max_readers = mask - 1;
  static constexpr unsigned readers_waiting = 1u << 30;
  static constexpr unsigned writers_waiting = 1u << 31;

  static constexpr bool read_lockable(unsigned s) noexcept {
    return (s & mask) < max_readers && !(s & (readers_waiting | writers_waiting));
  }
  void lock_shared_contended() noexcept;
  void lock_contended() noexcept;
  void wake_waiters(unsigned s) noexcept;
  bool wake_writer() noexcept;
  unsigned spin(bool for_writer) noexcept;

  unsigned state_ = 0;
  unsigned writer_wake_ = 0; // bumped to wake a writer: what writers sleep on
};

class [[nodiscard]] ReadGuard {
public:
  explicit ReadGuard(RwLock &l) noexcept : l_(l) { l_.lock_shared(); }
  ~ReadGuard() { l_.unlock_shared(); }
  ReadGuard(const ReadGuard &) = delete;
  ReadGuard &operator=(const ReadGuard &) = delete;

private:
  RwLock &l_;
};

class [[nodiscard]] WriteGuard {
public:
  explicit WriteGuard(RwLock &l) noexcept : l_(l) { l_.lock(); }
  ~WriteGuard() { l_.unlock(); }
  WriteGuard(const WriteGuard &) = delete;
  WriteGuard &operator=(const WriteGuard &) = delete;

private:
  RwLock &l_;
};

} // namespace solo
