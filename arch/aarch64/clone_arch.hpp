// clone on arm64: the argument order and a clone that starts a function on a new stack.
#pragma once

#include <syscall_numbers.hpp>

namespace solo::arch {

// arm64 (like riscv64) takes (flags, stack, parent_tid, tls, child_tid): CONFIG_CLONE_BACKWARDS, where x86-64
// has child_tid before tls.
inline long clone_syscall(unsigned long flags, void *stack, int *parent_tid, int *child_tid, unsigned long tls) {
  register long x8 __asm__("x8") = nr::clone;
  register long x0 __asm__("x0") = static_cast<long>(flags);
  register long x1 __asm__("x1") = reinterpret_cast<long>(stack);
  register long x2 __asm__("x2") = reinterpret_cast<long>(parent_tid);
  register long x3 __asm__("x3") = static_cast<long>(tls);
  register long x4 __asm__("x4") = reinterpret_cast<long>(child_tid);
  __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4) : "memory");
  return x0;
}

// clone(flags, stack_top, parent_tid, child_tid, tls) and, in the child, fn(arg) on that stack followed by
// exit(fn's result). The child never returns into compiled code: with CLONE_VM it shares the parent's memory,
// and returning through the parent's frames would corrupt them. fn and arg travel on the child's stack
// (kept 16-byte aligned, which arm64 enforces for sp); no compiled code runs in the child before the call. This starts
// solo's threads too (lib/thread/create.cpp, with CLONE_SETTLS: the child's first instruction already has its own
// thread pointer). Returns the child's pid or -errno in the parent.
inline long clone_run(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg, int *parent_tid = nullptr,
                      int *child_tid = nullptr, unsigned long tls = 0) {
  auto sp = reinterpret_cast<void **>((reinterpret_cast<unsigned long>(stack_top) & ~15ul) - 16);
  sp[0] = reinterpret_cast<void *>(fn);
  sp[1] = arg;
  register long x8 __asm__("x8") = nr::clone;
  register long x0 __asm__("x0") = static_cast<long>(flags);
  register long x1 __asm__("x1") = reinterpret_cast<long>(sp);
  register long x2 __asm__("x2") = reinterpret_cast<long>(parent_tid);
  register long x3 __asm__("x3") = static_cast<long>(tls);
  register long x4 __asm__("x4") = reinterpret_cast<long>(child_tid);
  __asm__ volatile("svc #0\n\t"
                   "cbnz x0, 1f\n\t"
                   // The child: sp is the new stack. Clear the frame chain so unwinders stop here.
                   "ldp x9, x0, [sp], #16\n\t"
                   "mov x29, xzr\n\t"
                   "mov x30, xzr\n\t"
                   "blr x9\n\t"
                   "mov x8, %[exit_nr]\n\t"
                   "svc #0\n\t"
                   "brk #0\n"
                   "1:"
                   : "+r"(x0)
                   : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), [exit_nr] "i"(nr::exit.value)
                   : "x9", "memory");
  return x0;
}

// The last act of a detached thread: munmap(base, size) of the mapping that holds its own stack, then
// exit(0), with nothing but registers in between (the stack is gone after the first system call). The caller
// has blocked every signal (a handler would run on the freed stack) and cleared its CLONE_CHILD_CLEARTID
// address (the kernel's store would land in the freed mapping).
[[noreturn]] inline void unmap_and_exit(void *base, unsigned long size) {
  register long x8 __asm__("x8") = nr::munmap;
  register long x0 __asm__("x0") = reinterpret_cast<long>(base);
  register long x1 __asm__("x1") = static_cast<long>(size);
  __asm__ volatile("svc #0\n\t"
                   "mov x8, %[exit_nr]\n\t"
                   "mov x0, xzr\n\t"
                   "svc #0\n\t"
                   "brk #0"
                   :
                   : "r"(x8), "r"(x0), "r"(x1), [exit_nr] "i"(nr::exit.value)
                   : "memory");
  __builtin_unreachable();
}

} // namespace solo::arch
