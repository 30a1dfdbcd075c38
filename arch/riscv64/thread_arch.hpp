// The main thread's thread pointer on riscv64: TLS variant I with no gap, canary in __stack_chk_guard.
//
//   lower addresses  [ TLS block (.tdata, .tbss) ]  higher addresses
//                    ^ tp (the thread pointer)
// The linker computes every local-exec offset as the variable's place in the block, rounded so the block
// keeps the alignment of its link address modulo p_align. (A runtime's TCB, if it has one, sits below tp.)
#pragma once

namespace solo::arch {

inline constexpr unsigned long tcb_size = 0;
inline constexpr unsigned long tcb_align = 16;
inline constexpr bool canary_in_tcb = false;

inline long tls_block_offset(unsigned long, unsigned long vaddr, unsigned long align) {
  return static_cast<long>(vaddr & (align - 1));
}

inline void init_tcb(void *) {}

// solo's own per-thread record (solo/detail/thread_control.hpp) sits right below the thread pointer (the TLS block
// starts at it), at a fixed offset from the thread pointer, so any thread finds its own without thread_local data.
inline constexpr long control_offset(unsigned long size) { return -static_cast<long>((size + 15) & ~15ul); }

inline bool set_thread_pointer(void *tp) {
  __asm__ volatile("mv tp, %0" : : "r"(tp) : "memory");
  return true;
}

inline void *thread_pointer() {
  void *tp;
  __asm__("mv %0, tp" : "=r"(tp));
  return tp;
}

} // namespace solo::arch

// -fstack-protector code on riscv64 compares against this global (defined in crt/stack_chk.cpp).
extern "C" unsigned long __stack_chk_guard;

namespace solo::arch {
inline void store_canary(unsigned long value) { __stack_chk_guard = value; }
inline unsigned long load_canary() { return __stack_chk_guard; }
// One global canary serves every thread.
inline void copy_canary(void *) {}
} // namespace solo::arch
