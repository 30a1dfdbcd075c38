// Signal ABI facts for 32-bit ARM (uapi <asm/signal.h>; checked in tests/abi/signal_layout.cpp).
#pragma once

namespace solo::arch {

// The kernel's struct sigaction for rt_sigaction: handler, flags, restorer, then the 64-bit mask, which is two
// 32-bit words here: at offset 12, 4-byte aligned, 20 bytes in all.
struct KernelSigaction {
  unsigned long handler;
  unsigned long flags;
  void (*restorer)();
  unsigned long long mask __attribute__((packed, aligned(4)));
};
static_assert(sizeof(KernelSigaction) == 20);

// Without SA_RESTORER the ARM kernel returns handlers through code of its own (the "sigpage" it maps into every
// process), but solo sets its own restorer anyway: it then works the same under every emulator and kernel.
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
// sigcontext) follows uc_flags, uc_link and the 12-byte uc_stack at 20; in it trap_no, error_code, oldmask,
// r0-r10, fp, ip, sp and lr come before arm_pc.
inline constexpr unsigned long ucontext_pc_offset = 20 + 3 * 4 + 15 * 4;

} // namespace solo::arch

// Two return paths: the ARM kernel builds a different frame for a handler without SA_SIGINFO (struct sigframe,
// left through sigreturn, 119) than for one with it (struct rt_sigframe, rt_sigreturn, 173), and returns to
// sa_restorer (in lr) in both cases with sp at the frame. lib/signal/action.cpp picks the one that matches the
// flags. Assembly, so nothing can instrument it; ARM state (the low bit of the address is clear, and the kernel
// returns to it in ARM state). Defined once, in lib/signal/restorer.cpp.
#define SOLO_RESTORE_RT_ASM                                                                                            \
  ".pushsection .text.__solo_restore_rt,\"ax\",%progbits\n"                                                            \
  ".arm\n"                                                                                                             \
  ".globl __solo_restore_rt\n"                                                                                         \
  ".hidden __solo_restore_rt\n"                                                                                        \
  ".type __solo_restore_rt,%function\n"                                                                                \
  "__solo_restore_rt:\n"                                                                                               \
  "  mov r7, #173\n"                                                                                                   \
  "  svc #0\n"                                                                                                         \
  "  udf #0\n"                                                                                                         \
  ".size __solo_restore_rt, . - __solo_restore_rt\n"                                                                   \
  ".popsection\n"
#define SOLO_RT_SIGRETURN_NR 173
#define SOLO_RESTORE_ASM                                                                                               \
  ".pushsection .text.__solo_restore,\"ax\",%progbits\n"                                                               \
  ".arm\n"                                                                                                             \
  ".globl __solo_restore\n"                                                                                            \
  ".hidden __solo_restore\n"                                                                                           \
  ".type __solo_restore,%function\n"                                                                                   \
  "__solo_restore:\n"                                                                                                  \
  "  mov r7, #119\n"                                                                                                   \
  "  svc #0\n"                                                                                                         \
  "  udf #0\n"                                                                                                         \
  ".size __solo_restore, . - __solo_restore\n"                                                                         \
  ".popsection\n"
#define SOLO_SIGRETURN_NR 119

// The cancellable system call (lib/signal/cancel.cpp): call[0] points at the interrupt flag, call[1] is the
// number, call[2..7] the arguments. From __solo_cp_begin up to and including svc, a handler that requests the
// interrupt moves the saved pc to __solo_cp_cancel, so a signal landing after the flag was read but before
// the kernel started waiting still ends the call with -EINTR. Once past svc (pc == __solo_cp_end) the
// kernel's own result stands. r4, r5 and r7 are callee-saved under the AAPCS: saved around the call.
#define SOLO_SYSCALL_CP_ASM                                                                                            \
  ".pushsection .text.__solo_syscall_cp,\"ax\",%progbits\n"                                                            \
  ".arm\n"                                                                                                             \
  ".globl __solo_syscall_cp, __solo_cp_begin, __solo_cp_end, __solo_cp_cancel\n"                                       \
  ".hidden __solo_syscall_cp, __solo_cp_begin, __solo_cp_end, __solo_cp_cancel\n"                                      \
  ".type __solo_syscall_cp,%function\n"                                                                                \
  "__solo_syscall_cp:\n"                                                                                               \
  "  push {r4, r5, r7, lr}\n"                                                                                          \
  "  mov ip, r0\n"                                                                                                     \
  "  ldr r1, [ip]\n"                                                                                                   \
  "__solo_cp_begin:\n"                                                                                                 \
  "  ldr r1, [r1]\n"                                                                                                   \
  "  cmp r1, #0\n"                                                                                                     \
  "  bne __solo_cp_cancel\n"                                                                                           \
  "  ldr r7, [ip, #4]\n"                                                                                               \
  "  ldr r0, [ip, #8]\n"                                                                                               \
  "  ldr r1, [ip, #12]\n"                                                                                              \
  "  ldr r2, [ip, #16]\n"                                                                                              \
  "  ldr r3, [ip, #20]\n"                                                                                              \
  "  ldr r4, [ip, #24]\n"                                                                                              \
  "  ldr r5, [ip, #28]\n"                                                                                              \
  "  svc #0\n"                                                                                                         \
  "__solo_cp_end:\n"                                                                                                   \
  "  pop {r4, r5, r7, pc}\n"                                                                                           \
  "__solo_cp_cancel:\n"                                                                                                \
  "  mvn r0, #3\n"                                                                                                     \
  "  pop {r4, r5, r7, pc}\n"                                                                                           \
  ".size __solo_syscall_cp, . - __solo_syscall_cp\n"                                                                   \
  ".popsection\n"
