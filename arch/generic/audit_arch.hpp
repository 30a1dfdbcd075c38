// The AUDIT_ARCH_* value seccomp reports in seccomp_data.arch for an architecture's system calls: the ELF
// machine with __AUDIT_ARCH_64BIT (0x80000000) for a 64-bit ABI and __AUDIT_ARCH_LE (0x40000000) for a
// little-endian one (uapi <linux/audit.h>). A filter checks it before trusting a system call number;
// tests/abi compares this architecture's with the uapi constant.
#pragma once

namespace solo::arch {

constexpr unsigned audit_arch_of(unsigned machine, int bits, bool big_endian) noexcept {
  return machine | (bits == 64 ? 0x80000000U : 0) | (big_endian ? 0 : 0x40000000U);
}

// This architecture's, from its identity.inc.
#define SOLO_ARCH_IDENTITY(name, machine, bits, big_endian, scmp)                                                      \
  inline constexpr unsigned audit_arch = audit_arch_of(machine, bits, big_endian);
#include <identity.inc>
#undef SOLO_ARCH_IDENTITY

} // namespace solo::arch
