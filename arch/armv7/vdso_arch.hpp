// The 32-bit ARM vDSO's functions (Linux arch/arm/vdso/vdso.lds.S, checked in 6.1): version LINUX_2.6, prefix
// __vdso_. Its __vdso_clock_gettime fills a 32-bit-time timespec: solo calls __vdso_clock_gettime64, whose
// struct __kernel_timespec is solo's Timespec. Its clock_getres is 32-bit-time only, so clock_getres stays the
// clock_getres_time64 system call. No time() and no getcpu().
#pragma once

#include "../generic/vdso_entry.hpp"

namespace solo::arch::vdso {
inline constexpr unsigned short elf_machine = 40; // EM_ARM
inline constexpr const char *version = "LINUX_2.6";
inline constexpr const char *clock_gettime = "__vdso_clock_gettime64";
inline constexpr const char *clock_getres = nullptr;
inline constexpr const char *gettimeofday = "__vdso_gettimeofday";
inline constexpr const char *time = nullptr;
inline constexpr const char *getcpu = nullptr;

// Listed, not called: the 32-bit-time functions solo never uses.
inline constexpr Entry others[] = {
    {"clock_gettime32", "__vdso_clock_gettime"},
    {"clock_getres32", "__vdso_clock_getres"},
};
} // namespace solo::arch::vdso
