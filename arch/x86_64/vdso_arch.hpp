// The x86-64 vDSO's time functions (Linux arch/x86/entry/vdso/vdso.lds.S, checked in 6.1): all in version
// LINUX_2.6, with the __vdso_ prefix (the unprefixed names are weak aliases of the same code).
// nullptr: this architecture's vDSO has no such function, use the system call.
#pragma once

#include "../generic/vdso_entry.hpp"

namespace solo::arch::vdso {
inline constexpr unsigned short elf_machine = 62; // EM_X86_64
inline constexpr const char *version = "LINUX_2.6";
inline constexpr const char *clock_gettime = "__vdso_clock_gettime";
inline constexpr const char *clock_getres = "__vdso_clock_getres";
inline constexpr const char *gettimeofday = "__vdso_gettimeofday";
inline constexpr const char *time = "__vdso_time";
inline constexpr const char *getcpu = "__vdso_getcpu";

// Listed, not called: getrandom came with Linux 6.11 (solo::sys::getrandom stays the system call), the SGX
// enclave entry with 5.11.
inline constexpr Entry others[] = {
    {"getrandom", "__vdso_getrandom"},
    {"sgx_enter_enclave", "__vdso_sgx_enter_enclave"},
};
} // namespace solo::arch::vdso
