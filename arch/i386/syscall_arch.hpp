// i386 system-call stubs. `int $0x80` takes the number in eax and arguments in ebx, ecx, edx, esi, edi and ebp;
// the result replaces eax, and the kernel preserves every other register (Linux arch/x86/entry/entry_32.S).
// ebp is the frame pointer, which inline assembly cannot name as an operand: the six-argument stub is a
// function of its own. (int $0x80 works on every kernel; the vDSO's __kernel_vsyscall would be faster on
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

// Six arguments take all seven registers, ebp included: out of line then, where cdecl leaves every value on the
// stack for the stub to load. Naked (no frame, no canary): inline, with its values in a local array for the
// assembly to read, every function making such a call would carry a stack-protector check.
[[gnu::naked]] inline long syscall6(long, long, long, long, long, long, long) {
  __asm__ volatile("push %ebp\n\t"
                   "push %ebx\n\t"
                   "push %esi\n\t"
                   "push %edi\n\t" // callee-saved; the number is now at 20(%esp), the sixth argument at 44(%esp)
                   "mov 20(%esp), %eax\n\t"
                   "mov 24(%esp), %ebx\n\t"
                   "mov 28(%esp), %ecx\n\t"
                   "mov 32(%esp), %edx\n\t"
                   "mov 36(%esp), %esi\n\t"
                   "mov 40(%esp), %edi\n\t"
                   "mov 44(%esp), %ebp\n\t"
                   "int $0x80\n\t"
                   "pop %edi\n\t"
                   "pop %esi\n\t"
                   "pop %ebx\n\t"
                   "pop %ebp\n\t"
                   "ret");
}

} // namespace solo::arch
