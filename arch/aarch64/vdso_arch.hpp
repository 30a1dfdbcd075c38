// The arm64 vDSO's time functions (Linux arch/arm64/kernel/vdso/vdso.lds.S, checked in 6.1): version
// LINUX_2.6.39, prefix __kernel_. There is no time() and no getcpu() in it: those stay system calls
// (time() is computed from clock_gettime, arm64 has no time system call at all).
#pragma once

#include "../generic/vdso_entry.hpp"

namespace solo::arch::vdso {
inline constexpr unsigned short elf_machine = 183; // EM_AARCH64
inline constexpr const char *version = "LINUX_2.6.39";
inline constexpr const char *clock_gettime = "__kernel_clock_gettime";
inline constexpr const char *clock_getres = "__kernel_clock_getres";
inline constexpr const char *gettimeofday = "__kernel_gettimeofday";
inline constexpr const char *time = nullptr;
inline constexpr const char *getcpu = nullptr;

// Listed, not called: the signal trampoline (solo returns through its own SA_RESTORER stub); getrandom came with
// Linux 6.14.
inline constexpr Entry others[] = {
    {"rt_sigreturn", "__kernel_rt_sigreturn"},
    {"getrandom", "__kernel_getrandom"},
};
} // namespace solo::arch::vdso
