// Futex waits and wakes as the synchronisation types use them (solo/sys/futex.hpp is the raw call).
//
// The plain waits never fail: a signal, a wake or a changed word all just return, and the caller checks its
// condition again (a "spurious" return is always allowed). Deadlines are absolute on the monotonic clock
// (io::monotonic_now()), so a wait resumed after any number of signals still ends when it was meant to.
// The interruptible wait follows the EINTR layer's policy instead (solo/io/retry.hpp): once the program has
// requested an interrupt it returns Errno::EINTR, also when the request comes while it sleeps.
#pragma once

#include <solo/result.hpp>
#include <solo/timespec.hpp>

namespace solo::futex {

inline constexpr int all = 0x7fffffff; // wake every waiter

// Returns once woken, interrupted by a signal, or at once if *word != expected.
void wait(const unsigned *word, unsigned expected) noexcept;
// The same with an absolute monotonic deadline: false once it has passed.
bool wait_until(const unsigned *word, unsigned expected, Timespec deadline) noexcept;
// Wakes up to `count` waiters; wake_counted says how many it woke.
void wake(const unsigned *word, int count) noexcept;
int wake_counted(const unsigned *word, int count) noexcept;

// Under the interrupt policy: {} when woken (or *word != expected, or a signal that asked for nothing),
// Errno::ETIMEDOUT once `deadline` (if any) has passed, Errno::EINTR when an interrupt is requested.
Result<void> wait_interruptibly(const unsigned *word, unsigned expected, const Timespec *deadline = nullptr) noexcept;

} // namespace solo::futex
