// The seccomp program behind solo::sandbox::lock (and toolchain/solo-syscalls --bpf): an allow-list of
// numbers for one architecture, in classic BPF over struct seccomp_data.
//
//   ld arch;  jeq AUDIT_ARCH ? on : ret DEFAULT   another ABI (i386 on x86-64, AArch32 on arm64) is refused
//   ld nr;    jge 0x40000000 ? ret DEFAULT        x86-64's x32 calls carry bit 30; no solo ABI has such numbers
//   the numbers, contiguous runs as ranges: up to 16 runs a chain of jeq (or jge/jgt), more a binary search
//   whose leaves are such chains; every leaf ends in its own ret DEFAULT / ret ALLOW
//
// Only loads of nr and arch, compares with constants, ja and ret: the kernel (5.11+) can then prove each
// allowed number allowed once, at attach time, and skips the filter for it on every call (its constant-action
// bitmap). Jumps longer than 8 bits go through ja.
#pragma once

#include <solo/result.hpp>
#include <solo/sys/seccomp.hpp>

namespace solo::sandbox {

// The calls the kernel makes a program make, allowed by every filter solo builds (see lib/sandbox/allowed.cpp).
#define SOLO_SANDBOX_IMPLICIT_CALLS(X) X(restart_syscall) X(rt_sigreturn) X(exit) X(exit_group)

struct FilterSpec {
  const long *allowed = nullptr; // strictly ascending, each in 0 .. 0x3fffffff
  size_t count = 0;
  uint32_t audit_arch = 0;     // AUDIT_ARCH_* of the architecture (arch::audit_arch for this one)
  uint32_t default_action = 0; // sys::seccomp_ret::kill_process, trap, log, errno_ | ENOSYS ...
};

// Enough room for the program of any `count` numbers.
constexpr size_t max_filter_length(size_t count) noexcept { return 3 * count + 8; }

// Writes the program to `out`; returns its length. EINVAL: numbers not ascending or out of range; E2BIG: more
// than `capacity` instructions (or the kernel's 4096).
Result<size_t> build_filter(const FilterSpec &spec, sys::SockFilter *out, size_t capacity) noexcept;

} // namespace solo::sandbox
