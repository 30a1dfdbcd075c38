// Signal ABI facts for x86-64 (uapi <asm/signal.h>, the non-i386 branch; checked in tests/abi/signal_layout.cpp).
#pragma once

namespace solo::arch {

// The kernel's struct sigaction as rt_sigaction reads it: handler, flags, restorer, then the 64-bit mask
// (mask last "for extensibility"). This is not glibc's struct sigaction, which puts a 1024-bit mask second.
struct KernelSigaction {
  unsigned long handler;
  unsigned long flags;
  void (*restorer)();
  unsigned long mask;
};

// x86-64 has no signal trampoline in the vDSO: the kernel pushes sa_restorer as the handler's return address,
// and refuses to deliver (the process dies with SIGSEGV) when SA_RESTORER is not set.
inline constexpr bool has_restorer = true;
// Without SA_RESTORER the x86-64 kernel has nowhere to return a handler to: it refuses to build the signal
// frame and kills the process with SIGSEGV. There is no kernel-provided trampoline.
inline constexpr bool kernel_sigreturn_trampoline = false;

// What solo hands rt_sigaction (see arch/riscv64/signal_arch.hpp for why this is not always just the struct).
struct SigactionBuffer {
  KernelSigaction k;
  void seal() noexcept {}
};
inline constexpr unsigned long sa_restorer = 0x04000000;

// Alternate signal stack sizes from uapi <asm/signal.h>. The kernel's real minimum grows with the CPU's
// register state (AVX-512 frames are bigger): AT_MINSIGSTKSZ in the auxiliary vector says how big it is.
inline constexpr unsigned long min_signal_stack_size = 2048;
inline constexpr unsigned long signal_stack_size = 8192;

// Where the interrupted instruction's address sits in the ucontext a SA_SIGINFO handler gets:
// uc_mcontext (struct sigcontext, after uc_flags, uc_link and uc_stack) at 40, rip 128 bytes into it.
inline constexpr unsigned long ucontext_pc_offset = 40 + 128;

} // namespace solo::arch

// rt_sigreturn is 15. The stub is the handler's return address: it runs with rsp pointing just past the
// signal frame the kernel built (the saved ucontext), so it must not push, pop or call anything; the kernel
// restores every register, the stack pointer and the signal mask from that frame. Written as assembly so no
// compiler, sanitizer or profiler can add a prologue. Defined once, in lib/signal/restorer.cpp.
#define SOLO_RESTORE_RT_ASM                                                                                            \
  ".pushsection .text.__solo_restore_rt,\"ax\",@progbits\n"                                                            \
  ".globl __solo_restore_rt\n"                                                                                         \
  ".hidden __solo_restore_rt\n"                                                                                        \
  ".type __solo_restore_rt,@function\n"                                                                                \
  "__solo_restore_rt:\n"                                                                                               \
  "  mov $15, %rax\n"                                                                                                  \
  "  syscall\n"                                                                                                        \
  "  hlt\n"                                                                                                            \
  ".size __solo_restore_rt, . - __solo_restore_rt\n"                                                                   \
  ".popsection\n"
#define SOLO_RT_SIGRETURN_NR 15

// The cancellable system call (lib/signal/cancel.cpp): call[0] points at the interrupt flag, call[1] is the
// number, call[2..7] the arguments. From __solo_cp_begin up to and including the syscall instruction, a
// handler that requests the interrupt moves the saved rip to __solo_cp_cancel, so a signal landing after the
// flag was read but before the kernel started waiting still ends the call with -EINTR. Once past the syscall
// instruction (rip == __solo_cp_end) the kernel's own result stands.
#define SOLO_SYSCALL_CP_ASM                                                                                            \
  ".pushsection .text.__solo_syscall_cp,\"ax\",@progbits\n"                                                            \
  ".globl __solo_syscall_cp, __solo_cp_begin, __solo_cp_end, __solo_cp_cancel\n"                                       \
  ".hidden __solo_syscall_cp, __solo_cp_begin, __solo_cp_end, __solo_cp_cancel\n"                                      \
  ".type __solo_syscall_cp,@function\n"                                                                                \
  "__solo_syscall_cp:\n"                                                                                               \
  "  mov %rdi, %r11\n"                                                                                                 \
  "  mov (%r11), %rax\n"                                                                                               \
  "__solo_cp_begin:\n"                                                                                                 \
  "  cmpl $0, (%rax)\n"                                                                                                \
  "  jne __solo_cp_cancel\n"                                                                                           \
  "  mov 8(%r11), %rax\n"                                                                                              \
  "  mov 16(%r11), %rdi\n"                                                                                             \
  "  mov 24(%r11), %rsi\n"                                                                                             \
  "  mov 32(%r11), %rdx\n"                                                                                             \
  "  mov 40(%r11), %r10\n"                                                                                             \
  "  mov 48(%r11), %r8\n"                                                                                              \
  "  mov 56(%r11), %r9\n"                                                                                              \
  "  syscall\n"                                                                                                        \
  "__solo_cp_end:\n"                                                                                                   \
  "  ret\n"                                                                                                            \
  "__solo_cp_cancel:\n"                                                                                                \
  "  mov $-4, %rax\n"                                                                                                  \
  "  ret\n"                                                                                                            \
  ".size __solo_syscall_cp, . - __solo_syscall_cp\n"                                                                   \
  ".popsection\n"
