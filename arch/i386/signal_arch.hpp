// Signal ABI facts for i386 (uapi <asm/signal.h>, the __i386__ branch; checked in tests/abi/signal_layout.cpp).
#pragma once

namespace solo::arch {

// The kernel's struct sigaction for rt_sigaction: handler, flags, restorer, then the 64-bit mask, two 32-bit
// words at offset 12: 20 bytes in all.
struct KernelSigaction {
  unsigned long handler;
  unsigned long flags;
  void (*restorer)();
  unsigned long long mask __attribute__((packed, aligned(4)));
};
static_assert(sizeof(KernelSigaction) == 20);

// Without SA_RESTORER a real i386 kernel returns handlers through its vDSO (__kernel_sigreturn and
// __kernel_rt_sigreturn), but solo always sets a restorer of its own: QEMU 7.2's i386 user mode sends a handler
// without one to the wrong place in its trampoline page (byte 8, not 16, of it: zeros, SIGSEGV).
inline constexpr bool has_restorer = true;
inline constexpr bool kernel_sigreturn_trampoline = true;

// What solo hands rt_sigaction (see arch/riscv64/signal_arch.hpp for why this is not always just the struct).
struct SigactionBuffer {
  KernelSigaction k;
  void seal() noexcept {}
};
inline constexpr unsigned long sa_restorer = 0x04000000;

// Alternate signal stack sizes from uapi <asm/signal.h>.
inline constexpr unsigned long min_signal_stack_size = 2048;
inline constexpr unsigned long signal_stack_size = 8192;

// Where the interrupted instruction's address sits in the ucontext a SA_SIGINFO handler gets: uc_mcontext (struct
// sigcontext) follows uc_flags, uc_link and the 12-byte uc_stack at 20; in it gs, fs, es, ds (4 bytes each),
// edi, esi, ebp, esp, ebx, edx, ecx, eax, trapno and err come before eip.
inline constexpr unsigned long ucontext_pc_offset = 20 + 4 * 4 + 10 * 4;

} // namespace solo::arch

// Two return paths: the i386 kernel builds a different frame for a handler without SA_SIGINFO (struct sigframe,
// left through sigreturn, 119) than for one with it (struct rt_sigframe, rt_sigreturn, 173); lib/signal/action.cpp
// picks the one that matches the flags. Either is the handler's return address. rt_sigreturn finds its frame just
// above the popped return address; sigreturn one word further up (Linux arch/x86/kernel/signal_32.c: regs->sp - 8),
// past the signal number the handler got as its argument, which the restorer pops first. Assembly, so nothing can
// instrument it. Defined once, in lib/signal/restorer.cpp.
#define SOLO_RESTORE_RT_ASM                                                                                            \
  ".pushsection .text.__solo_restore_rt,\"ax\",@progbits\n"                                                            \
  ".globl __solo_restore_rt\n"                                                                                         \
  ".hidden __solo_restore_rt\n"                                                                                        \
  ".type __solo_restore_rt,@function\n"                                                                                \
  "__solo_restore_rt:\n"                                                                                               \
  "  mov $173, %eax\n"                                                                                                 \
  "  int $0x80\n"                                                                                                      \
  "  hlt\n"                                                                                                            \
  ".size __solo_restore_rt, . - __solo_restore_rt\n"                                                                   \
  ".popsection\n"
#define SOLO_RT_SIGRETURN_NR 173
#define SOLO_RESTORE_ASM                                                                                               \
  ".pushsection .text.__solo_restore,\"ax\",@progbits\n"                                                               \
  ".globl __solo_restore\n"                                                                                            \
  ".hidden __solo_restore\n"                                                                                           \
  ".type __solo_restore,@function\n"                                                                                   \
  "__solo_restore:\n"                                                                                                  \
  "  pop %eax\n"                                                                                                       \
  "  mov $119, %eax\n"                                                                                                 \
  "  int $0x80\n"                                                                                                      \
  "  hlt\n"                                                                                                            \
  ".size __solo_restore, . - __solo_restore\n"                                                                         \
  ".popsection\n"
#define SOLO_SIGRETURN_NR 119

// The cancellable system call (lib/signal/cancel.cpp): its one argument (on the stack, cdecl) is `call`:
// call[0] points at the interrupt flag, call[1] is the number, call[2..7] the arguments. From __solo_cp_begin up
// to and including int $0x80, a handler that requests the interrupt moves the saved eip to __solo_cp_cancel, so
// a signal landing after the flag was read but before the kernel started waiting still ends the call with -EINTR.
// Once past int $0x80 (eip == __solo_cp_end) the kernel's own result stands. ebx, esi, edi and ebp are
// callee-saved: pushed around the call. ebp holds `call` until it is loaded with the sixth argument, last.
#define SOLO_SYSCALL_CP_ASM                                                                                            \
  ".pushsection .text.__solo_syscall_cp,\"ax\",@progbits\n"                                                            \
  ".globl __solo_syscall_cp, __solo_cp_begin, __solo_cp_end, __solo_cp_cancel\n"                                       \
  ".hidden __solo_syscall_cp, __solo_cp_begin, __solo_cp_end, __solo_cp_cancel\n"                                      \
  ".type __solo_syscall_cp,@function\n"                                                                                \
  "__solo_syscall_cp:\n"                                                                                               \
  "  push %ebp\n"                                                                                                      \
  "  push %edi\n"                                                                                                      \
  "  push %esi\n"                                                                                                      \
  "  push %ebx\n"                                                                                                      \
  "  mov 20(%esp), %ebp\n"                                                                                             \
  "  mov (%ebp), %eax\n"                                                                                               \
  "__solo_cp_begin:\n"                                                                                                 \
  "  cmpl $0, (%eax)\n"                                                                                                \
  "  jne __solo_cp_cancel\n"                                                                                           \
  "  mov 4(%ebp), %eax\n"                                                                                              \
  "  mov 8(%ebp), %ebx\n"                                                                                              \
  "  mov 12(%ebp), %ecx\n"                                                                                             \
  "  mov 16(%ebp), %edx\n"                                                                                             \
  "  mov 20(%ebp), %esi\n"                                                                                             \
  "  mov 24(%ebp), %edi\n"                                                                                             \
  "  mov 28(%ebp), %ebp\n"                                                                                             \
  "  int $0x80\n"                                                                                                      \
  "__solo_cp_end:\n"                                                                                                   \
  "  pop %ebx\n"                                                                                                       \
  "  pop %esi\n"                                                                                                       \
  "  pop %edi\n"                                                                                                       \
  "  pop %ebp\n"                                                                                                       \
  "  ret\n"                                                                                                            \
  "__solo_cp_cancel:\n"                                                                                                \
  "  mov $-4, %eax\n"                                                                                                  \
  "  pop %ebx\n"                                                                                                       \
  "  pop %esi\n"                                                                                                       \
  "  pop %edi\n"                                                                                                       \
  "  pop %ebp\n"                                                                                                       \
  "  ret\n"                                                                                                            \
  ".size __solo_syscall_cp, . - __solo_syscall_cp\n"                                                                   \
  ".popsection\n"
