// The main thread's thread pointer on i386: TLS variant II, the canary in the TCB, both reached through %gs.
//
//   lower addresses  [ TLS block (.tdata, .tbss) ][ TCB ]  higher addresses
//                                                ^ the %gs segment's base (the thread pointer)
// The TLS block ends at the thread pointer; code reads variables at negative %gs offsets. The TCB's first word
// must hold its own address: compiled code loads %gs:0 to turn the thread pointer into an address.
// -fstack-protector code reads the canary at %gs:0x14 (0x10 is where a C library keeps AT_SYSINFO; unused here).
//
// The base lives in a segment descriptor, not a register: set_thread_area (243) fills one of the GDT's three TLS
// slots with {base, limit 4 GiB} and says which; the %gs selector then names it (index << 3, RPL 3). The slots
// are per thread (the kernel reloads them on every switch), so every thread uses the same slot and selector with
// a base of its own: a new thread gets its descriptor through clone's tls argument (arch/i386/clone_arch.hpp).
#pragma once

#include <syscall_arch.hpp>
#include <syscall_numbers.hpp>

namespace solo::arch {

inline constexpr unsigned long tcb_size = 0x20; // self pointer at 0, canary at 0x14 (the rest unused)
inline constexpr unsigned long tcb_align = 16;
inline constexpr bool canary_in_tcb = true;

// Where the TLS block starts relative to the thread pointer (as on x86-64, arch/x86_64/thread_arch.hpp).
inline long tls_block_offset(unsigned long memsz, unsigned long vaddr, unsigned long align) {
  return -static_cast<long>(memsz + ((0 - vaddr - memsz) & (align - 1)));
}

// Variant II wants the TCB self pointer in place before the thread pointer is used.
inline void init_tcb(void *tp) { *static_cast<void **>(tp) = tp; }

// struct user_desc (uapi <asm/ldt.h>): flags are the bit fields seg_32bit (bit 0), contents (1-2),
// read_exec_only (3), limit_in_pages (4), seg_not_present (5), useable (6). A flat 32-bit data segment:
// limit 0xfffff pages (4 GiB), seg_32bit | limit_in_pages | useable = 0x51.
struct UserDesc {
  unsigned entry_number;
  unsigned base_addr;
  unsigned limit;
  unsigned flags;
};
inline constexpr unsigned user_desc_flags = 0x51;

// The GDT slot of this thread's %gs, from the selector itself.
inline unsigned tls_entry() {
  unsigned selector;
  __asm__("mov %%gs, %0" : "=r"(selector));
  return selector >> 3;
}

// entry_number -1 asks the kernel for a free slot (the first TLS slot, 6 on an i386 kernel, 12 under an
// x86-64 one) and writes the one it took back into the struct.
inline bool set_thread_pointer(void *tp) {
  UserDesc d{~0u, static_cast<unsigned>(reinterpret_cast<unsigned long>(tp)), 0xfffff, user_desc_flags};
  if (syscall1(nr::set_thread_area, reinterpret_cast<long>(&d)) != 0) return false;
  unsigned selector = (d.entry_number << 3) | 3;
  __asm__ volatile("mov %0, %%gs" : : "r"(selector) : "memory");
  return true;
}

inline void *thread_pointer() {
  void *tp;
  __asm__("mov %%gs:0, %0" : "=r"(tp));
  return tp;
}

// solo's own per-thread record (solo/detail/thread_control.hpp) sits right above the TCB, at a fixed offset from
// the thread pointer, so any thread finds its own without thread_local data.
inline constexpr long control_offset(unsigned long) { return static_cast<long>(tcb_size); }

inline void store_canary(unsigned long value) { __asm__ volatile("movl %0, %%gs:0x14" : : "r"(value) : "memory"); }
inline unsigned long load_canary() {
  unsigned long value;
  __asm__ volatile("movl %%gs:0x14, %0" : "=r"(value));
  return value;
}

// A new thread's TCB gets the canary of the thread creating it: code compiled once checks one value everywhere.
inline void copy_canary(void *tp) {
  *reinterpret_cast<unsigned long *>(static_cast<char *>(tp) + 0x14) = load_canary();
}

} // namespace solo::arch
