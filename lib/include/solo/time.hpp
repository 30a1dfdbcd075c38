// Clocks: clock_gettime, clock_getres, gettimeofday, time and getcpu through the vDSO where this architecture's
// vDSO has the function, through the system call otherwise. The choice is made once, on the first call, and
// kept in a function pointer: after that a call is one indirect call, with no system call on the hot path.
// If a vDSO function fails with anything but EINVAL, the system call is asked instead.
#pragma once

#include <solo/result.hpp>
#include <solo/sys/clock_id.hpp>
#include <solo/timespec.hpp>
#include <solo/timeval.hpp>

namespace solo::time {

// The kernel's clock ids (uapi <linux/time.h>), the same enum the timer calls take. Other ids pass through
// unchanged: static_cast<Clock>(id), e.g. the negative ids of another process's CPU clock.
using Clock = sys::ClockId;

namespace detail {
// vDSO functions and their system-call stand-ins share these signatures. Until the first call they point at
// resolvers that pick the implementation and then call it.
using ClockFn = int (*)(int, Timespec *);
using GettimeofdayFn = int (*)(Timeval *, void *);
using TimeFn = long (*)(long *);
using GetcpuFn = long (*)(unsigned *, unsigned *, void *);
extern ClockFn clock_gettime_fn;
extern ClockFn clock_getres_fn;
extern GettimeofdayFn gettimeofday_fn;
extern TimeFn time_fn;
extern GetcpuFn getcpu_fn;
// The cold path: a vDSO error other than EINVAL is retried with the system call.
Result<Timespec> clock_gettime_failed(int clock, int ret) noexcept;
} // namespace detail

// The time of `clock`. EINVAL for a clock id the kernel does not know.
// The vDSO writes straight into the returned Result (one named return value, so no copy): copying a Timespec the
// vDSO has just stored as two 8-byte words with one 16-byte load would stall store forwarding, which costs more
// than the rest of the call on x86-64.
inline Result<Timespec> clock_gettime(Clock clock) noexcept {
  Result<Timespec> result{Timespec{}};
  int ret = __atomic_load_n(&detail::clock_gettime_fn, __ATOMIC_RELAXED)(static_cast<int>(clock), &*result);
  if (__builtin_expect(ret != 0, 0)) result = detail::clock_gettime_failed(static_cast<int>(clock), ret);
  return result;
}

// The resolution of `clock`.
Result<Timespec> clock_getres(Clock clock) noexcept;

// Wall-clock time in seconds and microseconds (CLOCK_REALTIME).
Result<Timeval> gettimeofday() noexcept;

// Wall-clock seconds since the epoch. x86-64's vDSO has time(); elsewhere it is clock_gettime(Realtime)'s seconds.
Result<long> time() noexcept;

struct Cpu {
  unsigned cpu;
  unsigned node;
};
// The CPU and NUMA node this thread is running on (already stale when it returns, by nature).
Result<Cpu> getcpu() noexcept;

// CLOCK_MONOTONIC now. It cannot fail on any kernel solo supports; should it, this gives zero.
inline Timespec monotonic_now() noexcept { return clock_gettime(Clock::Monotonic).value_or(Timespec{}); }

// A point in CLOCK_MONOTONIC time, for timed waits that must survive interruptions: compute the deadline once,
// then ask remaining() before each (re)try.
class Deadline {
public:
  // now + timeout; a negative timeout has already expired. Saturates instead of overflowing.
  static Deadline after(Timespec timeout) noexcept;
  // At a given CLOCK_MONOTONIC time.
  static constexpr Deadline at(Timespec monotonic) noexcept { return Deadline(monotonic); }
  // A deadline that never comes.
  static constexpr Deadline never() noexcept { return Deadline(Timespec{never_seconds, 0}); }

  constexpr bool is_never() const noexcept { return when_.tv_sec == never_seconds; }
  constexpr Timespec when() const noexcept { return when_; }
  // Time left, never negative: zero once the deadline has passed. never() has never_seconds left.
  Timespec remaining() const noexcept;
  bool expired() const noexcept;

  static constexpr long never_seconds = __LONG_MAX__;

private:
  constexpr explicit Deadline(Timespec when) noexcept : when_(when) {}
  Timespec when_;
};

// Which implementation serves each function in this process.
enum class Function { ClockGettime, ClockGetres, Gettimeofday, Time, Getcpu };
inline constexpr int function_count = 5;
enum class Source {
  Vdso,         // the vDSO's own function
  Syscall,      // the system call
  ClockGettime, // computed from clock_gettime (time() where the vDSO or the kernel has no time of its own)
};
struct Binding {
  Function function;
  const char *name; // "clock_gettime"
  Source source;
  const char *symbol;  // the vDSO symbol looked for ("__vdso_clock_gettime"); nullptr if this arch has none
  const char *version; // its version ("LINUX_2.6"); nullptr likewise
  const void *address; // where it was found; nullptr unless source == Vdso
};
// Resolves (once) if nothing was called yet, waiting for another thread that is resolving: not for signal handlers
// (the time functions themselves never wait and are async-signal-safe).
Binding binding(Function f) noexcept;
const char *name(Source s) noexcept; // "vdso", "syscall", "clock_gettime"

} // namespace solo::time
