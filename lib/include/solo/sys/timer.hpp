// Typed sleeps and timers: clock_nanosleep, nanosleep, timerfd_*, setitimer/getitimer and the POSIX
// timer_* calls. Each function is one system call with the kernel's argument order; nothing is retried.
#pragma once

#include <solo/fd.hpp>
#include <solo/flags.hpp>
#include <solo/sys/clock_id.hpp>
#include <solo/sys/raw.hpp>
#include <solo/timespec.hpp>
#include <solo/timeval.hpp>

namespace solo::sys {

// Timeval (struct __kernel_old_timeval: seconds and microseconds, two longs) is still what setitimer/getitimer
// and SO_RCVTIMEO/SO_SNDTIMEO take; it is solo::Timeval, named here too.
using solo::Timeval;

// struct __kernel_itimerspec: a first expiry (it_value, zero disarms) and a period (it_interval, zero = once).
struct Itimerspec {
  Timespec it_interval;
  Timespec it_value;
};

// struct __kernel_old_itimerval, for setitimer/getitimer.
struct Itimerval {
  Timeval it_interval;
  Timeval it_value;
};

// clock_nanosleep and timer_settime: TIMER_ABSTIME makes the time a deadline on the clock instead of a duration.
enum class TimerFlags : int {
  None = 0,
  AbsTime = 1,
};
SOLO_FLAG_OPERATORS(TimerFlags)

// Sleeps on `clock` until `request` has passed (or, with TimerFlags::AbsTime, until the clock reads `request`).
// A handled signal ends the sleep with Errno::EINTR; for a relative sleep the kernel then writes the time
// still left into `*remain` (if given). An absolute sleep needs no remainder: sleep again to the same deadline.
inline Result<void> clock_nanosleep(ClockId clock, TimerFlags flags, const Timespec &request,
                                    Timespec *remain = nullptr) noexcept {
  return result_void(raw(tnr::clock_nanosleep, static_cast<int>(clock), static_cast<int>(flags), &request, remain));
}

// A relative sleep on CLOCK_MONOTONIC (what nanosleep measures on Linux); remain as for clock_nanosleep.
inline Result<void> nanosleep(const Timespec &request, Timespec *remain = nullptr) noexcept {
  return result_void(arch::calls::nanosleep(&request, remain));
}

// ---- timerfd: a timer read through a descriptor (8-byte expiry counts), pollable with epoll.

enum class TimerfdFlags : int {
  None = 0,
  NonBlock = 04000,       // = O_NONBLOCK on x86-64, aarch64 and riscv64
  CloseOnExec = 02000000, // = O_CLOEXEC
};
SOLO_FLAG_OPERATORS(TimerfdFlags)

enum class TimerfdSetFlags : int {
  None = 0,
  AbsTime = 1,
  // With AbsTime on a realtime clock: a read fails with ECANCELED when the clock is set discontinuously.
  CancelOnSet = 2,
};
SOLO_FLAG_OPERATORS(TimerfdSetFlags)

inline Result<Fd> timerfd_create(ClockId clock, TimerfdFlags flags = TimerfdFlags::CloseOnExec) noexcept {
  auto r = result<int>(raw(nr::timerfd_create, static_cast<int>(clock), static_cast<int>(flags)));
  if (!r) return r.error();
  return Fd(*r);
}

inline Result<void> timerfd_settime(FdRef fd, TimerfdSetFlags flags, const Itimerspec &new_value,
                                    Itimerspec *old_value = nullptr) noexcept {
  return result_void(raw(tnr::timerfd_settime, fd.get(), static_cast<int>(flags), &new_value, old_value));
}

// The time left to the next expiry (relative, even for an absolute timer) and the period.
inline Result<Itimerspec> timerfd_gettime(FdRef fd) noexcept {
  Itimerspec cur;
  long r = raw(tnr::timerfd_gettime, fd.get(), &cur);
  if (is_error(r)) return static_cast<Errno>(-r);
  return cur;
}

// Reads the number of expiries since the last read (blocks until one, unless the fd is non-blocking: EAGAIN).
inline Result<uint64_t> timerfd_read(FdRef fd) noexcept {
  uint64_t count = 0;
  long r = raw(nr::read, fd.get(), &count, sizeof(count));
  if (is_error(r)) return static_cast<Errno>(-r);
  return count;
}

// ---- interval timers (SIGALRM, SIGVTALRM, SIGPROF). x86-64, aarch64 and riscv64 all still have these calls.

enum class ItimerWhich : int {
  Real = 0,    // wall time, delivers SIGALRM
  Virtual = 1, // user CPU time, SIGVTALRM
  Prof = 2,    // user + system CPU time, SIGPROF
};

inline Result<void> setitimer(ItimerWhich which, const Itimerval &new_value, Itimerval *old_value = nullptr) noexcept {
  return result_void(raw(nr::setitimer, static_cast<int>(which), &new_value, old_value));
}

inline Result<Itimerval> getitimer(ItimerWhich which) noexcept {
  Itimerval cur;
  long r = raw(nr::getitimer, static_cast<int>(which), &cur);
  if (is_error(r)) return static_cast<Errno>(-r);
  return cur;
}

// ---- POSIX per-process timers. The kernel's timer_t for these calls is an int id.

enum class TimerId : int {};

// How a POSIX timer reports expiry (uapi <asm-generic/siginfo.h>).
enum class SigevNotify : int {
  Signal = 0,   // queue sigev_signo to the process
  None = 1,     // nothing; poll with timer_gettime / timer_getoverrun
  Thread = 2,   // a C library's thread start; the kernel treats it like Signal
  ThreadId = 4, // queue sigev_signo to the thread sigev_notify_thread_id
};

union Sigval {
  int sival_int;
  void *sival_ptr;
};

// The kernel's struct sigevent: 64 bytes on every architecture (SIGEV_MAX_SIZE), a 16-byte head then a union
// of which the kernel reads only the thread id (the SIGEV_THREAD function/attribute pair is a libc affair).
// The union keeps the kernel's member names, because C headers define `sigev_notify_thread_id` as a macro
// for `_sigev_un._tid`.
struct Sigevent {
  Sigval sigev_value = {0};
  int sigev_signo = 0;
  SigevNotify sigev_notify = SigevNotify::Signal;
  // The kernel's struct sigevent is 64 bytes: the union fills what value, signo and notify leave (12 ints on a
  // 64-bit architecture, 13 on a 32-bit one).
  union {
    int _pad[(64 - sizeof(Sigval) - 2 * sizeof(int)) / sizeof(int)];
    int _tid;
  } _sigev_un = {};

  static constexpr Sigevent none() noexcept {
    Sigevent e;
    e.sigev_notify = SigevNotify::None;
    return e;
  }
  static Sigevent signal(int signo, Sigval value = {0}) noexcept {
    Sigevent e;
    e.sigev_signo = signo;
    e.sigev_value = value;
    return e;
  }
  static Sigevent thread_id(int signo, int tid, Sigval value = {0}) noexcept {
    Sigevent e = signal(signo, value);
    e.sigev_notify = SigevNotify::ThreadId;
    e._sigev_un._tid = tid;
    return e;
  }
};

// Creates a timer on `clock`. A null `event` means SIGALRM with the timer id as its value (the kernel default).
inline Result<TimerId> timer_create(ClockId clock, const Sigevent *event) noexcept {
  int id = -1;
  long r = raw(nr::timer_create, static_cast<int>(clock), event, &id);
  if (is_error(r)) return static_cast<Errno>(-r);
  return static_cast<TimerId>(id);
}

inline Result<void> timer_settime(TimerId timer, TimerFlags flags, const Itimerspec &new_value,
                                  Itimerspec *old_value = nullptr) noexcept {
  return result_void(raw(tnr::timer_settime, static_cast<int>(timer), static_cast<int>(flags), &new_value, old_value));
}

inline Result<Itimerspec> timer_gettime(TimerId timer) noexcept {
  Itimerspec cur;
  long r = raw(tnr::timer_gettime, static_cast<int>(timer), &cur);
  if (is_error(r)) return static_cast<Errno>(-r);
  return cur;
}

// Expiries that happened while the previous signal was still pending.
inline Result<int> timer_getoverrun(TimerId timer) noexcept {
  return result<int>(raw(nr::timer_getoverrun, static_cast<int>(timer)));
}

inline Result<void> timer_delete(TimerId timer) noexcept {
  return result_void(raw(nr::timer_delete, static_cast<int>(timer)));
}

} // namespace solo::sys
