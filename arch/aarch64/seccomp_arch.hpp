// The AUDIT_ARCH_* value seccomp reports in seccomp_data.arch for this architecture's system calls:
// the ELF machine EM_AARCH64 (183) with the 64-bit and little-endian bits (uapi <linux/audit.h>). A filter checks it
// before trusting a system call number.
#pragma once

namespace solo::arch {
inline constexpr unsigned audit_arch = 0xC00000B7;
} // namespace solo::arch
