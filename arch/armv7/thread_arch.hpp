// The main thread's thread pointer on 32-bit ARM: TLS variant I, canary in the global __stack_chk_guard.
//
//   lower addresses  [ TCB, 8 bytes ][ TLS block (.tdata, .tbss) ]  higher addresses
//                    ^ TPIDRURO (the thread pointer)
// The linker computes every local-exec offset as 8 + the variable's place in the block (the ARM ELF ABI's TCB
// is two words), rounded so the block keeps the alignment of its link address modulo p_align.
// The thread pointer is the read-only user register TPIDRURO (cp15 c13/c0/3): code reads it with mrc
// (-mtp=cp15, toolchain/armv7.flags), only the kernel writes it, through the ARM-private set_tls call.
#pragma once

#include <syscall_arch.hpp>

namespace solo::arch {

inline constexpr unsigned long tcb_size = 8;
inline constexpr unsigned long tcb_align = 8;
inline constexpr bool canary_in_tcb = false;

inline long tls_block_offset(unsigned long, unsigned long vaddr, unsigned long align) {
  return static_cast<long>(tcb_size + ((vaddr - tcb_size) & (align - 1)));
}

inline void init_tcb(void *) {}

// solo's own per-thread record (solo/detail/thread_control.hpp) sits below the TCB, at a fixed offset from the
// thread pointer, so any thread finds its own without thread_local data.
inline constexpr long control_offset(unsigned long size) { return -static_cast<long>((size + 15) & ~15ul); }

// __ARM_NR_set_tls: __ARM_NR_BASE (0x0f0000) + 5, outside the ordinary table (arch/arm/include/uapi/asm/unistd.h).
inline constexpr long arm_nr_set_tls = 0x0f0005;

inline bool set_thread_pointer(void *tp) { return syscall1(arm_nr_set_tls, reinterpret_cast<long>(tp)) == 0; }

inline void *thread_pointer() {
  void *tp;
  __asm__("mrc p15, 0, %0, c13, c0, 3" : "=r"(tp));
  return tp;
}

} // namespace solo::arch

// -fstack-protector code on 32-bit ARM compares against this global (defined in crt/stack_chk.cpp).
extern "C" unsigned long __stack_chk_guard;

namespace solo::arch {
inline void store_canary(unsigned long value) { __stack_chk_guard = value; }
inline unsigned long load_canary() { return __stack_chk_guard; }
// One global canary serves every thread.
inline void copy_canary(void *) {}
} // namespace solo::arch
