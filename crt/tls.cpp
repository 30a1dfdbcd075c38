// The program's TLS image, the layout of a TLS area, and the main thread's set-up.
//
// Linked by default: crt/start.cpp links the start-up step __solo_tls_step, so a program sets up its thread
// pointer when it has a PT_TLS segment. toolchain/solo-ld links every program first without that step (an
// assertion in the link checks the program has no TLS segment) and only if that fails with it: a program
// without thread_local data then runs none of this code. (On x86-64 the canary's step still uses the set-up
// below for the TCB it needs.)
//
// An area holds the TLS block, the architecture's TCB and solo's thread record (solo/detail/thread_control.hpp),
// each placed relative to the thread pointer as arch/<arch>/thread_arch.hpp says. Spawned threads lay theirs out
// in their own mappings with the same code (lib/thread/create.cpp); a program that spawns one and had no area
// gets the main thread's then (ensure_main_thread_area).
//
// The main thread's block: a static buffer in .bss (no file size, zero-filled by the kernel, as .tbss needs)
// serves the common case of a few hundred bytes of thread_local data; bigger blocks get an anonymous mmap,
// also zeroed. There is no allocator to ask at this point, and neither needs freeing: the main thread's block
// lives as long as the process.
#include "tls.hpp"

#include <calls_arch.hpp>

#include <solo/detail/link.hpp>
#include <solo/detail/thread_control.hpp>
#include <thread_arch.hpp>

// The linker puts this symbol on the program's own ELF header, which is loaded with the first segment: the
// program headers are found through it without walking past the environment to the auxiliary vector.
[[gnu::visibility("hidden")]] extern const solo::crt::elf::Ehdr __ehdr_start;

namespace solo::crt {

namespace {
unsigned long round_up(unsigned long v, unsigned long align) { return (v + align - 1) & ~(align - 1); }

// The block's offset from the thread pointer, and the span of the whole area around the thread pointer.
struct Extent {
  long block;
  long low;
  long high;
  unsigned long align; // of the thread pointer: for the block, the TCB and the record
};

Extent extent(const TlsImage &image) {
  constexpr long record_low = arch::control_offset(sizeof(detail::ThreadControl));
  constexpr long record_high = record_low + static_cast<long>(sizeof(detail::ThreadControl));
  Extent e;
  e.align = image.align > arch::tcb_align ? image.align : arch::tcb_align;
  e.block = arch::tls_block_offset(image.memsz, image.vaddr, image.align);
  e.low = e.block < record_low ? e.block : record_low;
  if (e.low > 0) e.low = 0;
  e.high = e.block + static_cast<long>(image.memsz);
  if (e.high < static_cast<long>(arch::tcb_size)) e.high = static_cast<long>(arch::tcb_size);
  if (e.high < record_high) e.high = record_high;
  return e;
}
} // namespace

TlsImage program_tls_image() noexcept {
  auto *phdrs = reinterpret_cast<const elf::Phdr *>(reinterpret_cast<const char *>(&__ehdr_start) + __ehdr_start.phoff);
  // Scalars rather than a zeroed stand-in header: a zeroed struct would be a memset call here.
  unsigned long vaddr = 0, filesz = 0, memsz = 0, align = 1;
  unsigned long bias = 0; // a static PIE's load bias, 0 for a non-PIE
  for (const elf::Phdr *p = phdrs; p < phdrs + __ehdr_start.phnum; ++p) {
    if (p->type == elf::pt_tls) {
      vaddr = p->vaddr;
      filesz = p->filesz;
      memsz = p->memsz;
      align = p->align ? p->align : 1;
    }
    if (p->type == elf::pt_phdr) bias = reinterpret_cast<unsigned long>(phdrs) - p->vaddr;
  }
  return {reinterpret_cast<const unsigned char *>(bias + vaddr), vaddr, filesz, memsz, align};
}

unsigned long tls_area_size(const TlsImage &image) noexcept {
  Extent e = extent(image);
  return static_cast<unsigned long>(e.high - e.low) + e.align - 1;
}

void *tls_area_init(const TlsImage &image, void *memory) noexcept {
  Extent e = extent(image);
  auto *tp = reinterpret_cast<unsigned char *>(round_up(reinterpret_cast<unsigned long>(memory) - e.low, e.align));
  // .tdata is copied; .tbss (the rest up to memsz) is already zero. A byte loop: crt/ is built with
  // -fno-builtin, and memcpy's word loops would be more code than a start-up copy deserves.
  for (unsigned long i = 0; i < image.filesz; ++i) tp[e.block + i] = image.init[i];
  arch::init_tcb(tp);
  return tp;
}

namespace {
constexpr unsigned long static_size = 512;
alignas(64) unsigned char static_area[static_size];
bool installed = false;
} // namespace

} // namespace solo::crt

namespace solo::crt {
namespace {
// The main thread's area, from the static buffer or a fresh mapping. false without memory for it.
bool install_main(const TlsImage &image) noexcept {
  unsigned long size = tls_area_size(image);
  void *memory = static_area;
  if (size > static_size) {
    long m = arch::calls::mmap(nullptr, static_cast<long>(size), 3 /* PROT_READ|PROT_WRITE */,
                               0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
    if (static_cast<unsigned long>(m) > -4096UL) return false;
    memory = reinterpret_cast<void *>(m);
  }
  if (!arch::set_thread_pointer(tls_area_init(image, memory))) return false;
  installed = true;
  return true;
}
} // namespace

bool ensure_main_thread_area() noexcept { return installed || install_main(program_tls_image()); }

} // namespace solo::crt

extern "C" void __solo_main_thread_setup(bool need_tcb) noexcept {
  using namespace solo::crt;
  if (installed) return;
  TlsImage image = program_tls_image();
  if (image.memsz == 0 && !need_tcb) return;
  if (!install_main(image)) start_failed();
}

// The start-up step of thread_local data: crt/start.cpp's reference to it is what links it.
extern "C" void __solo_tls_step(long *) {
  SOLO_STEP(__solo_tls_step, SOLO_STEP_START);
  __solo_main_thread_setup(false);
}
