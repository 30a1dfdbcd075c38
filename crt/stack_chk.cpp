// The stack protector's runtime side. Every function compiled with -fstack-protector-strong that has a local
// array (or takes a local's address) stores the canary below its return address and compares it before
// returning; a mismatch calls __stack_chk_fail. Linking this file (any protected function references it) is
// also what makes start-up fill the canary in: see the weak __solo_init_canary in crt/start.cpp.
#include <solo/panic.hpp>
#include <thread_arch.hpp>

// aarch64 and riscv64 read the canary from this global; x86-64 reads %fs:0x28 and leaves it unused.
extern "C" unsigned long __stack_chk_guard = 0;

// `random` is the first 8 of the kernel's 16 AT_RANDOM bytes. The lowest byte is cleared: the canary then
// starts with a NUL on these little-endian machines, so a string overflow that copies up to a NUL cannot write
// the canary back intact, and a string read cannot print it.
extern "C" void __solo_init_canary(unsigned long random) { solo::arch::store_canary(random & ~0xffUL); }

extern "C" [[noreturn]] void __stack_chk_fail() { solo::panic("stack smashing detected"); }
