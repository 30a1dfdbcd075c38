// The riscv64 vDSO's functions (Linux arch/riscv/kernel/vdso/vdso.lds.S, checked in 6.1): version LINUX_4.15,
// prefix __vdso_. The three time functions exist only in kernels built with the generic vDSO time code
// (HAS_VGETTIMEOFDAY); when they are missing the lookup fails and the system call serves. No time() (riscv64 has
// no time system call either: it is computed from clock_gettime); getcpu is there.
#pragma once

#include "../generic/vdso_entry.hpp"

namespace solo::arch::vdso {
inline constexpr unsigned short elf_machine = 243; // EM_RISCV
inline constexpr const char *version = "LINUX_4.15";
inline constexpr const char *clock_gettime = "__vdso_clock_gettime";
inline constexpr const char *clock_getres = "__vdso_clock_getres";
inline constexpr const char *gettimeofday = "__vdso_gettimeofday";
inline constexpr const char *time = nullptr;
inline constexpr const char *getcpu = "__vdso_getcpu";

// Listed, not called: the signal trampoline the kernel returns handlers through (riscv64 has no sa_restorer),
// the instruction-cache flush, riscv_hwprobe (Linux 6.4+) and getrandom (Linux 6.16+).
inline constexpr Entry others[] = {
    {"rt_sigreturn", "__vdso_rt_sigreturn"},
    {"flush_icache", "__vdso_flush_icache"},
    {"riscv_hwprobe", "__vdso_riscv_hwprobe"},
    {"getrandom", "__vdso_getrandom"},
};
} // namespace solo::arch::vdso
