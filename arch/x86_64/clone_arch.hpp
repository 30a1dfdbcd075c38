// clone on x86-64: the argument order and a clone that starts a function on a new stack.
#pragma once

#include <syscall_numbers.hpp>

namespace solo::arch {

// x86-64's clone takes (flags, stack, parent_tid, child_tid, tls); arm64 and riscv64 swap the last two.
inline long clone_syscall(unsigned long flags, void *stack, int *parent_tid, int *child_tid, unsigned long tls) {
  long ret;
  register long r10 __asm__("r10") = reinterpret_cast<long>(child_tid);
  register long r8 __asm__("r8") = static_cast<long>(tls);
  __asm__ volatile("syscall"
                   : "=a"(ret)
                   : "a"(nr::clone.value), "D"(flags), "S"(stack), "d"(parent_tid), "r"(r10), "r"(r8)
                   : "rcx", "r11", "memory");
  return ret;
}

// clone(flags, stack_top, parent_tid, child_tid, tls) and, in the child, fn(arg) on that stack followed by
// exit(fn's result). The child never returns into compiled code: with CLONE_VM it shares the parent's memory,
// and returning through the parent's frames would corrupt them. fn and arg travel on the child's stack, which is
// 16-byte aligned at the call as the psABI requires; no compiled code runs in the child before that call. This
// starts solo's threads too (lib/thread/create.cpp, with CLONE_SETTLS: the child's first instruction already
// has its own thread pointer). Returns the child's pid or -errno in the parent.
inline long clone_run(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg, int *parent_tid = nullptr,
                      int *child_tid = nullptr, unsigned long tls = 0) {
  auto sp = reinterpret_cast<void **>((reinterpret_cast<unsigned long>(stack_top) & ~15ul) - 16);
  sp[0] = reinterpret_cast<void *>(fn);
  sp[1] = arg;
  long ret;
  register long r10 __asm__("r10") = reinterpret_cast<long>(child_tid);
  register long r8 __asm__("r8") = static_cast<long>(tls);
  __asm__ volatile("syscall\n\t"
                   "test %%rax, %%rax\n\t"
                   "jnz 1f\n\t"
                   // The child: rsp is sp. Clear the frame pointer so unwinders stop here.
                   "xor %%ebp, %%ebp\n\t"
                   "pop %%rax\n\t"
                   "pop %%rdi\n\t"
                   "call *%%rax\n\t"
                   "mov %%eax, %%edi\n\t"
                   "mov %[exit_nr], %%eax\n\t"
                   "syscall\n\t"
                   "hlt\n"
                   "1:"
                   : "=a"(ret)
                   : "a"(nr::clone.value), "D"(flags), "S"(sp), "d"(parent_tid), "r"(r10),
                     "r"(r8), [exit_nr] "i"(nr::exit.value)
                   : "rcx", "r11", "memory");
  return ret;
}

// The last act of a detached thread: munmap(base, size) of the mapping that holds its own stack, then
// exit(0), with nothing but registers in between (the stack is gone after the first system call). The caller
// has blocked every signal (a handler would run on the freed stack) and cleared its CLONE_CHILD_CLEARTID
// address (the kernel's store would land in the freed mapping).
[[noreturn]] inline void unmap_and_exit(void *base, unsigned long size) {
  __asm__ volatile("syscall\n\t"
                   "mov %[exit_nr], %%eax\n\t"
                   "xor %%edi, %%edi\n\t"
                   "syscall\n\t"
                   "hlt"
                   :
                   : "a"(nr::munmap.value), "D"(base), "S"(size), [exit_nr] "i"(nr::exit.value)
                   : "rcx", "r11", "memory");
  __builtin_unreachable();
}

} // namespace solo::arch
