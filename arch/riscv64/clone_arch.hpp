// clone on riscv64: the argument order and a clone that starts a function on a new stack.
#pragma once

#include <syscall_numbers.hpp>

namespace solo::arch {

// riscv64 (like arm64) takes (flags, stack, parent_tid, tls, child_tid): CONFIG_CLONE_BACKWARDS, where x86-64
// has child_tid before tls.
inline long clone_syscall(unsigned long flags, void *stack, int *parent_tid, int *child_tid, unsigned long tls) {
  register long a7 __asm__("a7") = nr::clone;
  register long a0 __asm__("a0") = static_cast<long>(flags);
  register long a1 __asm__("a1") = reinterpret_cast<long>(stack);
  register long a2 __asm__("a2") = reinterpret_cast<long>(parent_tid);
  register long a3 __asm__("a3") = static_cast<long>(tls);
  register long a4 __asm__("a4") = reinterpret_cast<long>(child_tid);
  __asm__ volatile("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4) : "memory");
  return a0;
}

// clone(flags, stack_top, parent_tid, child_tid, tls) and, in the child, fn(arg) on that stack followed by
// exit(fn's result). The child never returns into compiled code: with CLONE_VM it shares the parent's memory,
// and returning through the parent's frames would corrupt them. fn and arg travel on the child's stack
// (16-byte aligned, as the psABI wants); no compiled code runs in the child before the call. This starts solo's threads
// too (lib/thread/create.cpp, with CLONE_SETTLS: the child's first instruction already has its own thread pointer).
// Returns the child's pid or -errno in the parent.
inline long clone_run(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg, int *parent_tid = nullptr,
                      int *child_tid = nullptr, unsigned long tls = 0) {
  auto sp = reinterpret_cast<void **>((reinterpret_cast<unsigned long>(stack_top) & ~15ul) - 16);
  sp[0] = reinterpret_cast<void *>(fn);
  sp[1] = arg;
  register long a7 __asm__("a7") = nr::clone;
  register long a0 __asm__("a0") = static_cast<long>(flags);
  register long a1 __asm__("a1") = reinterpret_cast<long>(sp);
  register long a2 __asm__("a2") = reinterpret_cast<long>(parent_tid);
  register long a3 __asm__("a3") = static_cast<long>(tls);
  register long a4 __asm__("a4") = reinterpret_cast<long>(child_tid);
  __asm__ volatile("ecall\n\t"
                   "bnez a0, 1f\n\t"
                   // The child: sp is the new stack. Clear the frame pointer and return address.
                   "ld t0, 0(sp)\n\t"
                   "ld a0, 8(sp)\n\t"
                   "addi sp, sp, 16\n\t"
                   "mv s0, zero\n\t"
                   "mv ra, zero\n\t"
                   "jalr t0\n\t"
                   "li a7, %[exit_nr]\n\t"
                   "ecall\n\t"
                   "unimp\n"
                   "1:"
                   : "+r"(a0)
                   : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4), [exit_nr] "i"(nr::exit.value)
                   : "t0", "memory");
  return a0;
}

// The last act of a detached thread: munmap(base, size) of the mapping that holds its own stack, then
// exit(0), with nothing but registers in between (the stack is gone after the first system call). The caller
// has blocked every signal (a handler would run on the freed stack) and cleared its CLONE_CHILD_CLEARTID
// address (the kernel's store would land in the freed mapping).
[[noreturn]] inline void unmap_and_exit(void *base, unsigned long size) {
  register long a7 __asm__("a7") = nr::munmap;
  register long a0 __asm__("a0") = reinterpret_cast<long>(base);
  register long a1 __asm__("a1") = static_cast<long>(size);
  __asm__ volatile("ecall\n\t"
                   "li a7, %[exit_nr]\n\t"
                   "li a0, 0\n\t"
                   "ecall\n\t"
                   "unimp"
                   :
                   : "r"(a7), "r"(a0), "r"(a1), [exit_nr] "i"(nr::exit.value)
                   : "memory");
  __builtin_unreachable();
}

} // namespace solo::arch
