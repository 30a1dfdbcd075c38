// The program's TLS image, the layout of a thread's TLS area, and the main thread's set-up.
//
// An area holds the TLS block, the architecture's TCB and solo's thread record, each placed relative to the
// thread pointer as arch/<arch>/thread_arch.hpp says; this file only finds the bounds and the memory.
//
// The main thread's area: a static buffer in .bss (no file size, zero-filled by the kernel, as .tbss needs)
// serves the common case of a few hundred bytes of thread_local data; bigger areas get an anonymous mmap,
// also zeroed. There is no allocator to ask at this point, and neither needs freeing: the main thread's area
// lives as long as the process. Spawned threads carve theirs from their own mapping (lib/thread/create.cpp).
#include "tls.hpp"

#include <solo/detail/thread_control.hpp>
#include <syscall_arch.hpp>
#include <syscall_numbers.hpp>
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

long min(long a, long b) { return a < b ? a : b; }
long max(long a, long b) { return a > b ? a : b; }

Extent extent(const TlsImage &image) {
  Extent e;
  e.align = image.align > arch::tcb_align ? image.align : arch::tcb_align;
  e.block = arch::tls_block_offset(image.memsz, image.vaddr, image.align);
  constexpr long record = arch::control_offset(sizeof(detail::ThreadControl));
  e.low = min(min(e.block, 0), record);
  e.high = max(max(e.block + static_cast<long>(image.memsz), static_cast<long>(arch::tcb_size)),
               record + static_cast<long>(sizeof(detail::ThreadControl)));
  return e;
}

[[noreturn]] void die() {
  // No stderr message helpers here on purpose: this runs before anything else is set up.
  arch::syscall1(arch::nr::exit_group, 127);
  __builtin_unreachable();
}

constexpr unsigned long static_size = 512;
alignas(64) unsigned char static_area[static_size];
bool installed = false;

// The main thread's area, from the static buffer or a fresh mapping. false without memory for it.
bool install_main(const TlsImage &image) noexcept {
  unsigned long size = tls_area_size(image);
  void *memory = static_area;
  if (size > static_size) {
    long m = arch::syscall6(arch::nr::mmap, 0, static_cast<long>(size), 3 /* PROT_READ|PROT_WRITE */,
                            0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
    if (static_cast<unsigned long>(m) > -4096UL) return false;
    memory = reinterpret_cast<void *>(m);
  }
  if (!arch::set_thread_pointer(tls_area_init(image, memory))) return false;
  installed = true;
  return true;
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

void init_main_thread(bool need_tcb) noexcept {
  TlsImage image = program_tls_image();
  if (image.memsz == 0 && !need_tcb) return;
  if (!install_main(image)) die();
}

bool ensure_main_thread_area() noexcept { return installed || install_main(program_tls_image()); }

} // namespace solo::crt
