// The AUDIT_ARCH_* value seccomp reports in seccomp_data.arch for this architecture's system calls:
// the ELF machine EM_X86_64 (62) with the 64-bit and little-endian bits (uapi <linux/audit.h>). A filter checks it
// before trusting a system call number.
#pragma once

namespace solo::arch {
inline constexpr unsigned audit_arch = 0xC000003E;
} // namespace solo::arch
