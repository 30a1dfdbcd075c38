// solo::Timespec is the kernel's struct __kernel_timespec.
#include <linux/time_types.h>
#include <stddef.h>

#include <solo/timespec.hpp>

static_assert(sizeof(solo::Timespec) == sizeof(struct __kernel_timespec));
static_assert(offsetof(solo::Timespec, tv_sec) == offsetof(struct __kernel_timespec, tv_sec));
static_assert(offsetof(solo::Timespec, tv_nsec) == offsetof(struct __kernel_timespec, tv_nsec));
