// The stack protector's runtime side. Every function compiled with -fstack-protector-strong that has a local
// array (or takes a local's address) stores the canary below its return address and compares it before
// returning; a mismatch calls __stack_chk_fail. So a program in which no such function survives
// --gc-sections references no __stack_chk_fail, and the start-up step that fills in the canary (needed by
// __stack_chk_fail, see solo/detail/link.hpp) is dropped with it: no AT_RANDOM lookup, and on x86-64
// no thread pointer just for the canary.
#include "tls.hpp"

#include <solo/detail/link.hpp>
#include <solo/panic.hpp>
#include <thread_arch.hpp>

// aarch64 and riscv64 read the canary from this global; x86-64 reads %fs:0x28 and leaves it unused.
extern "C" unsigned long __stack_chk_guard = 0;

extern "C" void __solo_canary_step(long *sp);

extern "C" [[noreturn]] void __stack_chk_fail() {
  SOLO_LINK_WITH(__solo_canary_step);
  solo::panic("stack smashing detected");
}

// The thread pointer first where the canary lives in the TCB, then the canary: the first 8 of the kernel's 16
// AT_RANDOM bytes. The lowest byte is cleared: the canary then starts with a NUL on these little-endian
// machines, so a string overflow that copies up to a NUL cannot write the canary back intact, and a string
// read cannot print it. (AT_RANDOM is in the auxiliary vector after the environment: found from the initial
// stack pointer.)
extern "C" void __solo_canary_step(long *sp) {
  SOLO_STEP(__solo_canary_step, SOLO_STEP_START);
  if constexpr (solo::arch::canary_in_tcb) __solo_main_thread_setup(true);
  using namespace solo::crt::elf;
  unsigned long random = auxv_value(auxv_from_stack(sp), at_random);
  // Every kernel since 2.6.29 passes AT_RANDOM; without it, the stack address is the best entropy at hand.
  unsigned long value = random ? *reinterpret_cast<const unsigned long *>(random)
                               : reinterpret_cast<unsigned long>(sp) * 0x9e3779b97f4a7c15UL;
  solo::arch::store_canary(value & ~0xffUL);
}
