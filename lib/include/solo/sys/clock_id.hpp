// The kernel's clock ids (uapi <linux/time.h>): which clock a sleep, a timer or a clock read refers to.
#pragma once

namespace solo::sys {

enum class ClockId : int {
  Realtime = 0,
  Monotonic = 1,
  ProcessCputime = 2,
  ThreadCputime = 3,
  MonotonicRaw = 4,
  RealtimeCoarse = 5,
  MonotonicCoarse = 6,
  Boottime = 7,
  RealtimeAlarm = 8,
  BoottimeAlarm = 9,
  Tai = 11,
};

} // namespace solo::sys
