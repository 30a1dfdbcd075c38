// Signal ABI facts for aarch64 (uapi <asm/signal.h> on top of <asm-generic/signal.h>; checked in
// tests/abi/signal_layout.cpp).
#pragma once

namespace solo::arch {

// The kernel's struct sigaction for rt_sigaction: handler, flags, restorer, 64-bit mask.
struct KernelSigaction {
  unsigned long handler;
  unsigned long flags;
  void (*restorer)();
  unsigned long mask;
};

// aarch64 can return through the vDSO's __kernel_rt_sigreturn when SA_RESTORER is absent, but solo sets its own
// restorer anyway: it then works the same whether or not a vDSO is mapped (qemu-user before 8.2 maps none and
// substitutes a trampoline of its own; a kernel can be built or booted without one) and whatever the vDSO's
// symbol versioning says. What this gives up: debuggers recognise the vDSO trampoline by its unwind tables,
// and solo binaries carry no unwind tables anyway.
inline constexpr bool has_restorer = true;
// Without SA_RESTORER the arm64 kernel returns handlers through the vDSO's __kernel_rt_sigreturn.
inline constexpr bool kernel_sigreturn_trampoline = true;

// What solo hands rt_sigaction (see arch/riscv64/signal_arch.hpp for why this is not always just the struct).
struct SigactionBuffer {
  KernelSigaction k;
  void seal() noexcept {}
};
inline constexpr unsigned long sa_restorer = 0x04000000;

// Alternate signal stack sizes from uapi <asm/signal.h>: larger than elsewhere because the signal frame holds
// the FP/SIMD registers (and SVE state where the CPU has it; AT_MINSIGSTKSZ gives the real minimum).
inline constexpr unsigned long min_signal_stack_size = 5120;
inline constexpr unsigned long signal_stack_size = 16384;

// Where the interrupted instruction's address sits in the ucontext a SA_SIGINFO handler gets: uc_mcontext
// starts at 176 (uc_flags, uc_link, uc_stack, uc_sigmask, 120 bytes kept for a 1024-bit sigset, aligned to 16),
// and in it pc follows fault_address, x0-x30 and sp.
inline constexpr unsigned long ucontext_pc_offset = 176 + 8 + 31 * 8 + 8;

} // namespace solo::arch

// rt_sigreturn is 139. The kernel sets x30 (the link register) to sa_restorer and sp to the signal frame;
// the stub must leave sp alone and only load x8. Assembly, so nothing can instrument it. Defined once, in
// lib/signal/restorer.cpp.
#define SOLO_RESTORE_RT_ASM                                                                                            \
  ".pushsection .text.__solo_restore_rt,\"ax\",%progbits\n"                                                            \
  ".globl __solo_restore_rt\n"                                                                                         \
  ".hidden __solo_restore_rt\n"                                                                                        \
  ".type __solo_restore_rt,%function\n"                                                                                \
  "__solo_restore_rt:\n"                                                                                               \
  "  mov x8, #139\n"                                                                                                   \
  "  svc #0\n"                                                                                                         \
  "  brk #0\n"                                                                                                         \
  ".size __solo_restore_rt, . - __solo_restore_rt\n"                                                                   \
  ".popsection\n"
#define SOLO_RT_SIGRETURN_NR 139

// The cancellable system call (lib/signal/cancel.cpp): call[0] points at the interrupt flag, call[1] is the
// number, call[2..7] the arguments. From __solo_cp_begin up to and including svc, a handler that requests the
// interrupt moves the saved pc to __solo_cp_cancel, so a signal landing after the flag was read but before
// the kernel started waiting still ends the call with -EINTR. Once past svc (pc == __solo_cp_end) the
// kernel's own result stands.
#define SOLO_SYSCALL_CP_ASM                                                                                            \
  ".pushsection .text.__solo_syscall_cp,\"ax\",%progbits\n"                                                            \
  ".globl __solo_syscall_cp, __solo_cp_begin, __solo_cp_end, __solo_cp_cancel\n"                                       \
  ".hidden __solo_syscall_cp, __solo_cp_begin, __solo_cp_end, __solo_cp_cancel\n"                                      \
  ".type __solo_syscall_cp,%function\n"                                                                                \
  "__solo_syscall_cp:\n"                                                                                               \
  "  mov x9, x0\n"                                                                                                     \
  "  ldr x10, [x9]\n"                                                                                                  \
  "__solo_cp_begin:\n"                                                                                                 \
  "  ldr w10, [x10]\n"                                                                                                 \
  "  cbnz w10, __solo_cp_cancel\n"                                                                                     \
  "  ldr x8, [x9, #8]\n"                                                                                               \
  "  ldp x0, x1, [x9, #16]\n"                                                                                          \
  "  ldp x2, x3, [x9, #32]\n"                                                                                          \
  "  ldp x4, x5, [x9, #48]\n"                                                                                          \
  "  svc #0\n"                                                                                                         \
  "__solo_cp_end:\n"                                                                                                   \
  "  ret\n"                                                                                                            \
  "__solo_cp_cancel:\n"                                                                                                \
  "  mov x0, #-4\n"                                                                                                    \
  "  ret\n"                                                                                                            \
  ".size __solo_syscall_cp, . - __solo_syscall_cp\n"                                                                   \
  ".popsection\n"
