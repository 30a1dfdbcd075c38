// Timeval: the kernel's struct __kernel_old_timeval as gettimeofday fills it (two longs: seconds, microseconds).
#pragma once

namespace solo {

struct Timeval {
  long tv_sec = 0;
  long tv_usec = 0;
};

static_assert(sizeof(Timeval) == 2 * sizeof(long), "struct __kernel_old_timeval is two longs");

} // namespace solo
