// i386 system-call stubs. `int $0x80` takes the number in eax and arguments in ebx, ecx, edx, esi, edi and ebp;
// the result replaces eax, and the kernel preserves every other register (Linux arch/x86/entry/entry_32.S).
// ebp is the frame pointer, which inline assembly cannot name as an operand: the six-argument stub saves it on
// the stack and loads the sixth argument from memory that eax points at, with the number beside it, since all
// seven registers are taken. (int $0x80 works on every kernel; the vDSO's __kernel_vsyscall would be faster on
// real hardware but needs AT_SYSINFO, which QEMU 7.2 does not give.)
#pragma once

namespace solo::arch {

inline long syscall0(long n) {
  long r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(n) : "memory");
  return r;
}

inline long syscall1(long n, long a) {
  long r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a) : "memory");
  return r;
}

inline long syscall2(long n, long a, long b) {
  long r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b) : "memory");
  return r;
}

inline long syscall3(long n, long a, long b, long c) {
  long r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory");
  return r;
}

inline long syscall4(long n, long a, long b, long c, long d) {
  long r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d) : "memory");
  return r;
}

inline long syscall5(long n, long a, long b, long c, long d, long e) {
  long r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e) : "memory");
  return r;
}

// The number and the sixth argument travel in memory: eax points at {n, f} until the stub loads both.
inline long syscall6(long n, long a, long b, long c, long d, long e, long f) {
  const long nf[2] = {n, f};
  long r;
  __asm__ volatile("push %%ebp\n\t"
                   "mov 4(%%eax), %%ebp\n\t"
                   "mov (%%eax), %%eax\n\t"
                   "int $0x80\n\t"
                   "pop %%ebp"
                   : "=a"(r)
                   : "a"(nf), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e), "m"(nf)
                   : "memory");
  return r;
}

} // namespace solo::arch
