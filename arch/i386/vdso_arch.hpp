// The i386 vDSO's functions (Linux arch/x86/entry/vdso/vdso32/vdso32.lds.S, checked in 6.1): the time functions
// in version LINUX_2.6 with the __vdso_ prefix, the entry and signal-return code in LINUX_2.5 with __kernel_.
// Its __vdso_clock_gettime fills a 32-bit-time timespec: solo calls __vdso_clock_gettime64, whose struct
// __kernel_timespec is solo's Timespec. Its clock_getres and time are 32-bit-time only: clock_getres stays the
// clock_getres_time64 system call, time() comes from clock_gettime64. No getcpu.
#pragma once

#include "../generic/vdso_entry.hpp"

namespace solo::arch::vdso {
inline constexpr unsigned short elf_machine = 3; // EM_386
inline constexpr const char *version = "LINUX_2.6";
inline constexpr const char *clock_gettime = "__vdso_clock_gettime64";
inline constexpr const char *clock_getres = nullptr;
inline constexpr const char *gettimeofday = "__vdso_gettimeofday";
inline constexpr const char *time = nullptr;
inline constexpr const char *getcpu = nullptr;

// Listed, not called: the 32-bit-time functions solo never uses, the fast system-call entry (int $0x80 serves
// solo everywhere) and the signal trampolines (solo sets restorers of its own, arch/i386/signal_arch.hpp).
inline constexpr Entry others[] = {
    {"clock_gettime32", "__vdso_clock_gettime"},
    {"clock_getres32", "__vdso_clock_getres"},
    {"time32", "__vdso_time"},
    {"vsyscall", "__kernel_vsyscall", "LINUX_2.5"},
    {"sigreturn", "__kernel_sigreturn", "LINUX_2.5"},
    {"rt_sigreturn", "__kernel_rt_sigreturn", "LINUX_2.5"},
};
} // namespace solo::arch::vdso
