// clone on i386: the argument order, the thread pointer as a segment descriptor, and a clone that starts a
// function on a new stack.
#pragma once

#include <syscall_numbers.hpp>
#include <thread_arch.hpp>

namespace solo::arch {

// i386 takes (flags, stack, parent_tid, tls, child_tid) (CONFIG_CLONE_BACKWARDS, where x86-64 has child_tid
// before tls), and its tls is not a base address but a struct user_desc *: the descriptor CLONE_SETTLS installs
// for the child (set_thread_area's). solo passes its threads' thread pointer as `tls`: the descriptor is made
// here, for the slot this thread's %gs uses, so the child's inherited selector names its own base.
inline UserDesc tls_descriptor(unsigned long tls) {
  return {tls_entry(), static_cast<unsigned>(tls), 0xfffff, user_desc_flags};
}

inline long clone_syscall(unsigned long flags, void *stack, int *parent_tid, int *child_tid, unsigned long tls) {
  UserDesc desc = tls_descriptor(tls);
  long ret;
  __asm__ volatile("int $0x80"
                   : "=a"(ret)
                   : "a"(nr::clone.value), "b"(flags), "c"(stack), "d"(parent_tid), "S"(&desc), "D"(child_tid)
                   : "memory");
  return ret;
}

// clone(flags, stack_top, parent_tid, child_tid, tls) and, in the child, fn(arg) on that stack followed by
// exit(fn's result). The child never returns into compiled code: with CLONE_VM it shares the parent's memory,
// and returning through the parent's frames would corrupt them. fn and arg travel on the child's stack, arg where
// cdecl wants the first argument with the stack 16-byte aligned at the call (clang's assumption); no compiled
// code runs in the child before that call. This starts solo's threads too (lib/thread/create.cpp, with
// CLONE_SETTLS: the child's first instruction already has its own thread pointer). Returns the child's pid or
// -errno in the parent.
inline long clone_run(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg, int *parent_tid = nullptr,
                      int *child_tid = nullptr, unsigned long tls = 0) {
  auto sp = reinterpret_cast<void **>((reinterpret_cast<unsigned long>(stack_top) & ~15ul) - 16);
  sp[0] = arg;
  sp[1] = reinterpret_cast<void *>(fn);
  UserDesc desc = tls_descriptor(tls);
  long ret;
  __asm__ volatile("int $0x80\n\t"
                   "test %%eax, %%eax\n\t"
                   "jnz 1f\n\t"
                   // The child: esp is sp. Clear the frame pointer so unwinders stop here.
                   "xor %%ebp, %%ebp\n\t"
                   "call *4(%%esp)\n\t"
                   "mov %%eax, %%ebx\n\t"
                   "mov %[exit_nr], %%eax\n\t"
                   "int $0x80\n\t"
                   "hlt\n"
                   "1:"
                   : "=a"(ret)
                   : "a"(nr::clone.value), "b"(flags), "c"(sp), "d"(parent_tid), "S"(&desc),
                     "D"(child_tid), [exit_nr] "i"(nr::exit.value)
                   : "memory", "cc");
  return ret;
}

// The last act of a detached thread: munmap(base, size) of the mapping that holds its own stack, then
// exit(0), with nothing but registers in between (the stack is gone after the first system call). The caller
// has blocked every signal (a handler would run on the freed stack) and cleared its CLONE_CHILD_CLEARTID
// address (the kernel's store would land in the freed mapping).
[[noreturn]] inline void unmap_and_exit(void *base, unsigned long size) {
  __asm__ volatile("int $0x80\n\t"
                   "mov %[exit_nr], %%eax\n\t"
                   "xor %%ebx, %%ebx\n\t"
                   "int $0x80\n\t"
                   "hlt"
                   :
                   : "a"(nr::munmap.value), "b"(base), "c"(size), [exit_nr] "i"(nr::exit.value)
                   : "memory");
  __builtin_unreachable();
}

} // namespace solo::arch
