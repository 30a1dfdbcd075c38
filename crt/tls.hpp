// Thread pointer and TLS blocks (crt/tls.cpp): the program's TLS image, and the layout of one thread's TLS
// area (the block of .tdata and .tbss plus the TCB), which differs per architecture (arch/<arch>/thread_arch.hpp).
#pragma once

#include "elf.hpp"

#include <syscall_arch.hpp>
#include <syscall_numbers.hpp>

namespace solo::crt {

// What the PT_TLS segment asks of every thread: `filesz` bytes copied from `init`, zeros up to `memsz`, the
// block placed so that it keeps its link address `vaddr` modulo `align` (the linker computed every variable's
// offset from the thread pointer that way). memsz 0: the program has no thread_local data.
struct TlsImage {
  const unsigned char *init;
  unsigned long vaddr;
  unsigned long filesz;
  unsigned long memsz;
  unsigned long align;
};

// The program's own TLS image, from its program headers.
TlsImage program_tls_image() noexcept;

// The bytes a TLS area for `image` needs at any start address: the block, the TCB and alignment slack.
unsigned long tls_area_size(const TlsImage &image) noexcept;

// Lays out one thread's TLS area in `memory` (tls_area_size bytes, already zero): copies .tdata into the
// block and fills in the TCB. Returns the thread pointer to install for that thread.
void *tls_area_init(const TlsImage &image, void *memory) noexcept;

// Start-up cannot go on without a thread pointer it was asked for: no message helpers exist yet this early.
[[noreturn]] inline void start_failed() noexcept {
  arch::syscall1(arch::nr::exit_group, 127);
  __builtin_unreachable();
}

} // namespace solo::crt

// Installs the main thread's thread pointer (once: later calls return at once): a TLS area for the program's
// thread_local data, or when `need_tcb` (x86-64's canary lives in the TCB) at least a TCB; with neither it
// does nothing.
extern "C" void __solo_main_thread_setup(bool need_tcb) noexcept;
