// The main thread's TLS block. The layout (where the block sits relative to the thread pointer, the TCB)
// differs per architecture and comes from arch/<arch>/thread_arch.hpp; this file only finds memory for it.
//
// Memory: a static buffer in .bss (no file size, zero-filled by the kernel, like .tbss needs) serves the
// common case of a few hundred bytes of thread_local data; bigger blocks get an anonymous mmap, also zeroed.
// There is no allocator to ask at this point, and neither source needs freeing: the block lives as long
// as the process.
#include "tls.hpp"

#include <syscall_arch.hpp>
#include <syscall_numbers.hpp>
#include <thread_arch.hpp>

// The linker puts this symbol on the program's own ELF header, which is loaded with the first segment: the
// program headers are found through it without walking past the environment to the auxiliary vector.
[[gnu::visibility("hidden")]] extern const solo::crt::elf::Ehdr __ehdr_start;

namespace solo::crt {

namespace {
constexpr unsigned long static_size = 512;
alignas(64) unsigned char static_block[static_size];

unsigned long round_up(unsigned long v, unsigned long align) { return (v + align - 1) & ~(align - 1); }

[[noreturn]] void die() {
  // No stderr message helpers here on purpose: this runs before anything else is set up.
  arch::syscall1(arch::nr::exit_group, 127);
  __builtin_unreachable();
}
} // namespace

void init_main_thread(bool need_tcb) noexcept {
  auto *phdrs = reinterpret_cast<const elf::Phdr *>(reinterpret_cast<const char *>(&__ehdr_start) + __ehdr_start.phoff);
  // Scalars rather than a zeroed stand-in header: a zeroed struct would be a memset call here.
  unsigned long vaddr = 0, filesz = 0, memsz = 0, tls_align = 1;
  unsigned long bias = 0; // a static PIE's load bias, 0 for a non-PIE
  bool found = false;
  for (const elf::Phdr *p = phdrs; p < phdrs + __ehdr_start.phnum; ++p) {
    if (p->type == elf::pt_tls) {
      found = true;
      vaddr = p->vaddr;
      filesz = p->filesz;
      memsz = p->memsz;
      tls_align = p->align ? p->align : 1;
    }
    if (p->type == elf::pt_phdr) bias = reinterpret_cast<unsigned long>(phdrs) - p->vaddr;
  }
  if (!found && !need_tcb) return;

  // The block's place relative to the thread pointer follows the linker's rule for p_align; the thread
  // pointer itself is aligned for both the block and the TCB.
  unsigned long align = tls_align > arch::tcb_align ? tls_align : arch::tcb_align;
  long block = arch::tls_block_offset(memsz, vaddr, tls_align);
  long low = block < 0 ? block : 0;
  long high = block + static_cast<long>(memsz);
  if (high < static_cast<long>(arch::tcb_size)) high = static_cast<long>(arch::tcb_size);
  unsigned long need = static_cast<unsigned long>(high - low) + align - 1;

  auto memory = reinterpret_cast<unsigned long>(static_block);
  if (need > static_size) {
    memory = static_cast<unsigned long>(arch::syscall6(arch::nr::mmap, 0, static_cast<long>(need),
                                                       3 /* PROT_READ|PROT_WRITE */,
                                                       0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0));
    if (memory > -4096UL) die();
  }
  auto *tp = reinterpret_cast<unsigned char *>(round_up(memory - low, align));
  // .tdata is copied; .tbss (the rest up to memsz) is already zero. A byte loop: crt/ is built with
  // -fno-builtin, and memcpy's word loops would be more code than a start-up copy deserves.
  const auto *src = reinterpret_cast<const unsigned char *>(bias + vaddr);
  for (unsigned long i = 0; i < filesz; ++i) tp[block + i] = src[i];
  arch::init_tcb(tp);
  if (!arch::set_thread_pointer(tp)) die();
}

} // namespace solo::crt
