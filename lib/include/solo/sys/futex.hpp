// The futex system call, typed: wait and wake on a 32-bit word (uapi linux/futex.h).
//
// solo waits with FUTEX_WAIT_BITSET and a full bit mask, which behaves like FUTEX_WAIT except that its timeout
// is an absolute time on CLOCK_MONOTONIC: a wait resumed after a signal keeps its deadline without recomputing
// anything. Private futexes (the default here) are keyed on the process's own address space, which spares the
// kernel a page lookup; the one word that must be waited on as shared is the CLONE_CHILD_CLEARTID word, because
// the kernel's wake for it at thread exit is a shared one and a private waiter would miss it.
#pragma once

#include <solo/sys/raw.hpp>
#include <solo/timespec.hpp>

namespace solo::sys {

enum class FutexScope : int {
  Shared = 0,
  Private = 128, // FUTEX_PRIVATE_FLAG
};

namespace futex_op {
inline constexpr int wait = 0;
inline constexpr int wake = 1;
inline constexpr int wait_bitset = 9;
inline constexpr int wake_bitset = 10;
inline constexpr int clock_realtime = 256; // FUTEX_CLOCK_REALTIME: a wait_bitset deadline on the wall clock
} // namespace futex_op

// FUTEX_BITSET_MATCH_ANY: every waiter matches, so a bitset wait is an ordinary wait.
inline constexpr unsigned futex_bitset_any = 0xffffffffu;

// Sleeps while *word == expected, until a wake, a signal (EINTR) or the absolute CLOCK_MONOTONIC `deadline`
// (ETIMEDOUT; nullptr waits without limit). EAGAIN when *word already differs: the kernel compares and sleeps
// atomically with respect to wakes, which is what makes a wake that comes between a check and the wait not lost.
inline Result<void> futex_wait(const unsigned *word, unsigned expected, const Timespec *deadline = nullptr,
                               FutexScope scope = FutexScope::Private) noexcept {
  return result_void(arch::calls::futex(word, futex_op::wait_bitset | static_cast<int>(scope), expected, deadline,
                                        nullptr, futex_bitset_any));
}

// Wakes up to `count` waiters of `word`; returns how many were woken.
inline Result<int> futex_wake(const unsigned *word, int count, FutexScope scope = FutexScope::Private) noexcept {
  return result<int>(arch::calls::futex(word, futex_op::wake | static_cast<int>(scope), static_cast<unsigned>(count),
                                        nullptr, nullptr, 0));
}

} // namespace solo::sys
