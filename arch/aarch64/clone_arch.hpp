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

// clone(flags, stack_top) and, in the child, fn(arg) on that stack followed by exit(fn's result). The child
// never returns into compiled code: with CLONE_VM it shares the parent's memory, and returning through the
// parent's frames would corrupt them. fn and arg travel on the child's stack (kept 16-byte aligned, which
// arm64 enforces for sp). Returns the child's pid or -errno in the parent.
inline long clone_run(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg) {
  auto sp = reinterpret_cast<void **>((reinterpret_cast<unsigned long>(stack_top) & ~15ul) - 16);
  sp[0] = reinterpret_cast<void *>(fn);
  sp[1] = arg;
  register long x8 __asm__("x8") = nr::clone;
  register long x0 __asm__("x0") = static_cast<long>(flags);
  register long x1 __asm__("x1") = reinterpret_cast<long>(sp);
  register long x2 __asm__("x2") = 0; // parent_tid
  register long x3 __asm__("x3") = 0; // tls
  register long x4 __asm__("x4") = 0; // child_tid
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

} // namespace solo::arch
