// solo::Latch, a count-down that opens once (C++20's std::latch), and solo::Barrier, a meeting point that
// reopens for every round (std::barrier without a completion function).
//
//   solo::Latch ready(workers);            solo::Barrier step(threads);
//   ... ready.count_down();                for (...) { compute(i); step.arrive_and_wait(); }
//   ready.wait();
//
// Waits ignore signals; Latch::wait_interruptibly follows the interrupt policy (solo/interrupt.hpp).
#pragma once

#include <solo/result.hpp>
#include <solo/timespec.hpp>

namespace solo {

class Latch {
public:
  static constexpr unsigned max = 0x7fffffff;

  constexpr explicit Latch(unsigned count) noexcept : count_(count & max) {}
  Latch(const Latch &) = delete;
  Latch &operator=(const Latch &) = delete;

  // Counting below zero is a bug (solo::panic).
  void count_down(unsigned n = 1) noexcept;
  [[nodiscard]] bool try_wait() const noexcept { return (__atomic_load_n(&count_, __ATOMIC_ACQUIRE) & max) == 0; }
  void wait() noexcept;
  // false when `deadline` passed first.
  [[nodiscard]] bool wait_until(Timespec deadline) noexcept;
  // Errno::ETIMEDOUT at the deadline (if given), Errno::EINTR when an interrupt is requested.
  Result<void> wait_interruptibly(const Timespec *deadline = nullptr) noexcept;
  void arrive_and_wait(unsigned n = 1) noexcept {
    count_down(n);
    wait();
  }

private:
  static constexpr unsigned sleepers = 0x80000000u;
  // 0 once open; else the value to sleep on, with the sleepers bit set.
  unsigned sleep_value() noexcept;
  unsigned count_; // bits 0-30: the count; bit 31: someone sleeps
};

class Barrier {
public:
  constexpr explicit Barrier(unsigned parties) noexcept : parties_(parties) {}
  Barrier(const Barrier &) = delete;
  Barrier &operator=(const Barrier &) = delete;

  // Waits until all parties have arrived in this round. Exactly one of them (the last to arrive) gets true.
  bool arrive_and_wait() noexcept;

private:
  unsigned parties_;
  unsigned arrived_ = 0;
  unsigned round_ = 0; // the futex word: bumped when a round completes
};

} // namespace solo
