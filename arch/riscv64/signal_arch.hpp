// Signal ABI facts for riscv64 (uapi <asm/signal.h> = <asm-generic/signal.h>; checked in
// tests/abi/signal_layout.cpp).
#pragma once

namespace solo::arch {

// The kernel's struct sigaction for rt_sigaction: handler, flags, 64-bit mask. riscv64 defines no
// SA_RESTORER, so the struct has no restorer field at all: the kernel always points ra at the vDSO's
// __vdso_rt_sigreturn (and qemu-user, which maps no vDSO before 8.2, at a trampoline of its own).
struct KernelSigaction {
  unsigned long handler;
  unsigned long flags;
  unsigned long mask;
};

inline constexpr bool has_restorer = false;
inline constexpr unsigned long sa_restorer = 0;

// Alternate signal stack sizes: the asm-generic values.
inline constexpr unsigned long min_signal_stack_size = 2048;
inline constexpr unsigned long signal_stack_size = 8192;

} // namespace solo::arch
