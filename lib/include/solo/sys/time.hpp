// Typed clock system calls: one system call each, never the vDSO (solo::time picks the vDSO when it can).
#pragma once

#include <solo/sys/process.hpp> // getcpu
#include <solo/sys/raw.hpp>
#include <solo/timespec.hpp>
#include <solo/timeval.hpp>

namespace solo::sys {

// `clock` is a kernel clock id: CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, ... (solo::time::Clock names them),
// or a negative dynamic id for a process's or thread's CPU clock.
inline Result<void> clock_gettime(int clock, Timespec *ts) noexcept {
  return result_void(raw(tnr::clock_gettime, clock, ts));
}

// Sets `clock` (CLOCK_REALTIME; EPERM without CAP_SYS_TIME).
inline Result<void> clock_settime(int clock, const Timespec *ts) noexcept {
  return result_void(raw(nr::clock_settime, clock, ts));
}

inline Result<void> clock_getres(int clock, Timespec *res) noexcept {
  return result_void(raw(tnr::clock_getres, clock, res));
}

// The timezone argument is obsolete; solo always passes NULL.
inline Result<void> gettimeofday(Timeval *tv) noexcept { return result_void(raw(nr::gettimeofday, tv, nullptr)); }

// getcpu, the system call behind solo::time::getcpu, is in <solo/sys/process.hpp>.

} // namespace solo::sys
