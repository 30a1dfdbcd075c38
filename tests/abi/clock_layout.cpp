// solo::time::Clock has the kernel's clock ids (uapi <linux/time.h>), and solo::Timeval is the kernel's
// struct __kernel_old_timeval.
#include <linux/time.h>
#include <linux/time_types.h>
#include <stddef.h>

#include <solo/time.hpp>

using solo::time::Clock;

static_assert(static_cast<int>(Clock::Realtime) == CLOCK_REALTIME);
static_assert(static_cast<int>(Clock::Monotonic) == CLOCK_MONOTONIC);
static_assert(static_cast<int>(Clock::ProcessCputime) == CLOCK_PROCESS_CPUTIME_ID);
static_assert(static_cast<int>(Clock::ThreadCputime) == CLOCK_THREAD_CPUTIME_ID);
static_assert(static_cast<int>(Clock::MonotonicRaw) == CLOCK_MONOTONIC_RAW);
static_assert(static_cast<int>(Clock::RealtimeCoarse) == CLOCK_REALTIME_COARSE);
static_assert(static_cast<int>(Clock::MonotonicCoarse) == CLOCK_MONOTONIC_COARSE);
static_assert(static_cast<int>(Clock::Boottime) == CLOCK_BOOTTIME);
static_assert(static_cast<int>(Clock::RealtimeAlarm) == CLOCK_REALTIME_ALARM);
static_assert(static_cast<int>(Clock::BoottimeAlarm) == CLOCK_BOOTTIME_ALARM);
static_assert(static_cast<int>(Clock::Tai) == CLOCK_TAI);

static_assert(sizeof(solo::Timeval) == sizeof(struct __kernel_old_timeval));
static_assert(offsetof(solo::Timeval, tv_sec) == offsetof(struct __kernel_old_timeval, tv_sec));
static_assert(offsetof(solo::Timeval, tv_usec) == offsetof(struct __kernel_old_timeval, tv_usec));
