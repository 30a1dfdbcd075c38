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
// riscv64 always returns handlers through the vDSO's __vdso_rt_sigreturn.
inline constexpr bool kernel_sigreturn_trampoline = true;

// What solo hands rt_sigaction. QEMU 7.2's qemu-user lays riscv64's struct out as if it had an sa_restorer
// field (QEMU 10 reads the kernel's layout; tests/hermetic/sigaction_layout.cpp checks each) -- handler, flags,
// restorer, mask, 32 bytes -- so under it the mask would be read from, and the old action written up to, 8 bytes past
// the kernel's 24-byte struct. The buffer is therefore 32 bytes with the mask in both places: the kernel reads and
// writes the first 24 bytes (handler, flags, mask) and ignores the rest; qemu reads its mask from the copy, keeps the
// first one as a "restorer" it never uses (SA_RESTORER is never set) and writes it back where the kernel's mask is.
// Both see the same action.
struct SigactionBuffer {
  KernelSigaction k;
  unsigned long emulator_mask;
  void seal() noexcept { emulator_mask = k.mask; }
};
inline constexpr unsigned long sa_restorer = 0;

// Alternate signal stack sizes: the asm-generic values.
inline constexpr unsigned long min_signal_stack_size = 2048;
inline constexpr unsigned long signal_stack_size = 8192;

// Where the interrupted instruction's address sits in the ucontext a SA_SIGINFO handler gets: uc_mcontext
// starts at 176 (uc_flags, uc_link, uc_stack, uc_sigmask, 120 bytes kept for a 1024-bit sigset, aligned to
// 16), and its first word is pc (struct user_regs_struct).
inline constexpr unsigned long ucontext_pc_offset = 176;

} // namespace solo::arch

// The cancellable system call (lib/signal/cancel.cpp): call[0] points at the interrupt flag, call[1] is the
// number, call[2..7] the arguments. From __solo_cp_begin up to and including ecall, a handler that requests
// the interrupt moves the saved pc to __solo_cp_cancel, so a signal landing after the flag was read but
// before the kernel started waiting still ends the call with -EINTR. Once past ecall (pc == __solo_cp_end)
// the kernel's own result stands. No compressed instructions are needed for this to work, but nothing here
// depends on instruction sizes either: only the labels are compared.
#define SOLO_SYSCALL_CP_ASM                                                                                            \
  ".pushsection .text.__solo_syscall_cp,\"ax\",@progbits\n"                                                            \
  ".globl __solo_syscall_cp, __solo_cp_begin, __solo_cp_end, __solo_cp_cancel\n"                                       \
  ".hidden __solo_syscall_cp, __solo_cp_begin, __solo_cp_end, __solo_cp_cancel\n"                                      \
  ".type __solo_syscall_cp,@function\n"                                                                                \
  "__solo_syscall_cp:\n"                                                                                               \
  "  mv t0, a0\n"                                                                                                      \
  "  ld t1, 0(t0)\n"                                                                                                   \
  "__solo_cp_begin:\n"                                                                                                 \
  "  lw t1, 0(t1)\n"                                                                                                   \
  "  bnez t1, __solo_cp_cancel\n"                                                                                      \
  "  ld a7, 8(t0)\n"                                                                                                   \
  "  ld a0, 16(t0)\n"                                                                                                  \
  "  ld a1, 24(t0)\n"                                                                                                  \
  "  ld a2, 32(t0)\n"                                                                                                  \
  "  ld a3, 40(t0)\n"                                                                                                  \
  "  ld a4, 48(t0)\n"                                                                                                  \
  "  ld a5, 56(t0)\n"                                                                                                  \
  "  ecall\n"                                                                                                          \
  "__solo_cp_end:\n"                                                                                                   \
  "  ret\n"                                                                                                            \
  "__solo_cp_cancel:\n"                                                                                                \
  "  li a0, -4\n"                                                                                                      \
  "  ret\n"                                                                                                            \
  ".size __solo_syscall_cp, . - __solo_syscall_cp\n"                                                                   \
  ".popsection\n"
