// clone on 32-bit ARM: the argument order and a clone that starts a function on a new stack.
#pragma once

#include <syscall_numbers.hpp>

namespace solo::arch {

// ARM takes (flags, stack, parent_tid, tls, child_tid): CONFIG_CLONE_BACKWARDS, where x86-64 has child_tid
// before tls. tls is the new thread's TPIDRURO value.
inline long clone_syscall(unsigned long flags, void *stack, int *parent_tid, int *child_tid, unsigned long tls) {
  register long r7 __asm__("r7") = nr::clone;
  register long r0 __asm__("r0") = static_cast<long>(flags);
  register long r1 __asm__("r1") = reinterpret_cast<long>(stack);
  register long r2 __asm__("r2") = reinterpret_cast<long>(parent_tid);
  register long r3 __asm__("r3") = static_cast<long>(tls);
  register long r4 __asm__("r4") = reinterpret_cast<long>(child_tid);
  __asm__ volatile("svc #0" : "+r"(r0) : "r"(r7), "r"(r1), "r"(r2), "r"(r3), "r"(r4) : "memory");
  return r0;
}

// clone(flags, stack_top, parent_tid, child_tid, tls) and, in the child, fn(arg) on that stack followed by
// exit(fn's result). The child never returns into compiled code: with CLONE_VM it shares the parent's memory,
// and returning through the parent's frames would corrupt them. fn and arg travel on the child's stack (kept
// 8-byte aligned, as the AAPCS wants at a call); no compiled code runs in the child before the call. This starts
// solo's threads too (lib/thread/create.cpp, with CLONE_SETTLS: the child's first instruction already has its own
// thread pointer). Returns the child's pid or -errno in the parent.
inline long clone_run(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg, int *parent_tid = nullptr,
                      int *child_tid = nullptr, unsigned long tls = 0) {
  auto sp = reinterpret_cast<void **>((reinterpret_cast<unsigned long>(stack_top) & ~7ul) - 8);
  sp[0] = arg;
  sp[1] = reinterpret_cast<void *>(fn);
  register long r7 __asm__("r7") = nr::clone;
  register long r0 __asm__("r0") = static_cast<long>(flags);
  register long r1 __asm__("r1") = reinterpret_cast<long>(sp);
  register long r2 __asm__("r2") = reinterpret_cast<long>(parent_tid);
  register long r3 __asm__("r3") = static_cast<long>(tls);
  register long r4 __asm__("r4") = reinterpret_cast<long>(child_tid);
  __asm__ volatile("svc #0\n\t"
                   "cmp r0, #0\n\t"
                   "bne 1f\n\t"
                   // The child: sp is the new stack. Clear the frame chain so unwinders stop here.
                   "pop {r0, r1}\n\t"
                   "mov fp, #0\n\t"
                   "mov lr, #0\n\t"
                   "blx r1\n\t"
                   "mov r7, %[exit_nr]\n\t"
                   "svc #0\n\t"
                   "udf #0\n"
                   "1:"
                   : "+r"(r0)
                   : "r"(r7), "r"(r1), "r"(r2), "r"(r3), "r"(r4), [exit_nr] "i"(nr::exit.value)
                   : "memory", "cc");
  return r0;
}

// The last act of a detached thread: munmap(base, size) of the mapping that holds its own stack, then
// exit(0), with nothing but registers in between (the stack is gone after the first system call). The caller
// has blocked every signal (a handler would run on the freed stack) and cleared its CLONE_CHILD_CLEARTID
// address (the kernel's store would land in the freed mapping).
[[noreturn]] inline void unmap_and_exit(void *base, unsigned long size) {
  register long r7 __asm__("r7") = nr::munmap;
  register long r0 __asm__("r0") = reinterpret_cast<long>(base);
  register long r1 __asm__("r1") = static_cast<long>(size);
  __asm__ volatile("svc #0\n\t"
                   "mov r7, %[exit_nr]\n\t"
                   "mov r0, #0\n\t"
                   "svc #0\n\t"
                   "udf #0"
                   :
                   : "r"(r7), "r"(r0), "r"(r1), [exit_nr] "i"(nr::exit.value)
                   : "memory");
  __builtin_unreachable();
}

} // namespace solo::arch
