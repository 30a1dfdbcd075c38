// The main thread's thread pointer on aarch64: TLS variant I, canary in the global __stack_chk_guard.
//
//   lower addresses  [ TCB, 16 bytes ][ TLS block (.tdata, .tbss) ]  higher addresses
//                    ^ tpidr_el0 (the thread pointer)
// The linker computes every local-exec offset as 16 + the variable's place in the block, rounded so the
// block keeps the alignment of its link address modulo p_align. The 16-byte TCB belongs to the runtime
// (two words, unused by solo for now).
#pragma once

namespace solo::arch {

inline constexpr unsigned long tcb_size = 16;
inline constexpr unsigned long tcb_align = 16;
inline constexpr bool canary_in_tcb = false;

inline long tls_block_offset(unsigned long, unsigned long vaddr, unsigned long align) {
  return static_cast<long>(tcb_size + ((vaddr - tcb_size) & (align - 1)));
}

inline void init_tcb(void *) {}

// solo's own per-thread record (solo/detail/thread_control.hpp) sits below the 16-byte TCB, at a fixed offset
// from the thread pointer, so any thread finds its own without thread_local data.
inline constexpr long control_offset(unsigned long size) { return -static_cast<long>((size + 15) & ~15ul); }

inline bool set_thread_pointer(void *tp) {
  __asm__ volatile("msr tpidr_el0, %0" : : "r"(tp) : "memory");
  return true;
}

inline void *thread_pointer() {
  void *tp;
  __asm__("mrs %0, tpidr_el0" : "=r"(tp));
  return tp;
}

} // namespace solo::arch

// -fstack-protector code on aarch64 compares against this global (defined in crt/stack_chk.cpp).
extern "C" unsigned long __stack_chk_guard;

namespace solo::arch {
inline void store_canary(unsigned long value) { __stack_chk_guard = value; }
inline unsigned long load_canary() { return __stack_chk_guard; }
// One global canary serves every thread.
inline void copy_canary(void *) {}
} // namespace solo::arch
