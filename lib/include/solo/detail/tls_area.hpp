// Thread pointer and TLS areas (crt/tls.cpp): the program's TLS image, and the layout of one thread's TLS area
// (the block of .tdata and .tbss, the TCB and solo's thread record), which differs per architecture
// (arch/<arch>/thread_arch.hpp). The main thread (crt/start.cpp) and every spawned thread (lib/thread) get
// theirs from this same code. Not part of the API.
#pragma once

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

// The bytes a TLS area for `image` needs at any start address: the block, the TCB, the thread record
// (solo/detail/thread_control.hpp) and alignment slack.
unsigned long tls_area_size(const TlsImage &image) noexcept;

// Lays out one thread's TLS area in `memory` (tls_area_size bytes, already zero): copies .tdata into the
// block and fills in the TCB. Returns the thread pointer to install for that thread.
void *tls_area_init(const TlsImage &image, void *memory) noexcept;

// Makes sure the main thread has its area and thread pointer, once, whatever the program has: the first spawn
// needs the main thread's record. false when there is no memory for it.
bool ensure_main_thread_area() noexcept;

} // namespace solo::crt
