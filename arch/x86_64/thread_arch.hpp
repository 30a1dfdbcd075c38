// The main thread's thread pointer on x86-64: TLS variant II, the canary in the TCB.
//
//   lower addresses  [ TLS block (.tdata, .tbss) ][ TCB ]  higher addresses
//                                                ^ %fs base (the thread pointer)
// The TLS block ends at the thread pointer; code reads variables at negative %fs offsets. The TCB's first
// word must hold its own address: compiled code loads %fs:0 to turn the thread pointer into an address.
// -fstack-protector code reads the canary at %fs:0x28.
#pragma once

#include <syscall_arch.hpp>
#include <syscall_numbers.hpp>

namespace solo::arch {

inline constexpr unsigned long tcb_size = 0x30; // self pointer at 0, canary at 0x28 (the rest unused)
inline constexpr unsigned long tcb_align = 16;
inline constexpr bool canary_in_tcb = true;

// Where the TLS block starts relative to the thread pointer (tp aligned to the segment's p_align): the
// block ends at tp, moved down so the block has the alignment of its link address modulo p_align, which is
// what the linker assumed when it computed the variables' offsets.
inline long tls_block_offset(unsigned long memsz, unsigned long vaddr, unsigned long align) {
  return -static_cast<long>(memsz + ((0 - vaddr - memsz) & (align - 1)));
}

// Variant II wants the TCB self pointer in place before the thread pointer is used.
inline void init_tcb(void *tp) { *static_cast<void **>(tp) = tp; }

inline constexpr long arch_set_fs = 0x1002; // ARCH_SET_FS from <asm/prctl.h>

inline bool set_thread_pointer(void *tp) {
  return syscall2(nr::arch_prctl, arch_set_fs, reinterpret_cast<long>(tp)) == 0;
}

inline void *thread_pointer() {
  void *tp;
  __asm__("mov %%fs:0, %0" : "=r"(tp));
  return tp;
}

// solo's own per-thread record (solo/detail/thread_control.hpp) sits right above the TCB, at a fixed offset from
// the thread pointer, so any thread finds its own without thread_local data.
inline constexpr long control_offset(unsigned long) { return static_cast<long>(tcb_size); }

inline void store_canary(unsigned long value) { __asm__ volatile("movq %0, %%fs:0x28" : : "r"(value) : "memory"); }
inline unsigned long load_canary() {
  unsigned long value;
  __asm__ volatile("movq %%fs:0x28, %0" : "=r"(value));
  return value;
}

// A new thread's TCB gets the canary of the thread creating it: code compiled once checks one value everywhere.
inline void copy_canary(void *tp) {
  *reinterpret_cast<unsigned long *>(static_cast<char *>(tp) + 0x28) = load_canary();
}

} // namespace solo::arch
