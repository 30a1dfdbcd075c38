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

// What solo hands rt_sigaction. qemu-user (seen with 7.2) lays riscv64's struct out as if it had an sa_restorer
// field -- handler, flags, restorer, mask, 32 bytes -- so under it the mask would be read from, and the old
// action written up to, 8 bytes past the kernel's 24-byte struct. The buffer is therefore 32 bytes with the
// mask in both places: the kernel reads and writes the first 24 bytes (handler, flags, mask) and ignores the
// rest; qemu reads its mask from the copy, keeps the first one as a "restorer" it never uses (SA_RESTORER is
// never set) and writes it back where the kernel's mask is. Both see the same action.
struct SigactionBuffer {
  KernelSigaction k;
  unsigned long emulator_mask;
  void seal() noexcept { emulator_mask = k.mask; }
};
inline constexpr unsigned long sa_restorer = 0;

// Alternate signal stack sizes: the asm-generic values.
inline constexpr unsigned long min_signal_stack_size = 2048;
inline constexpr unsigned long signal_stack_size = 8192;

} // namespace solo::arch
