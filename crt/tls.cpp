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

void init_main_thread(const elf::Phdr *phdrs, size_t count, bool need_tcb) noexcept {
  const elf::Phdr *tls = nullptr;
  for (size_t i = 0; i < count; ++i)
    if (phdrs[i].type == elf::pt_tls) tls = &phdrs[i];
  if (!tls && !need_tcb) return;
  unsigned long memsz = tls ? tls->memsz : 0;
  unsigned long vaddr = tls ? tls->vaddr : 0;
  // The block's place relative to the thread pointer follows the linker's rule for p_align; the thread
  // pointer itself is aligned for both the block and the TCB.
  unsigned long tls_align = tls && tls->align ? tls->align : 1;
  unsigned long align = tls_align > arch::tcb_align ? tls_align : arch::tcb_align;
  long block = arch::tls_block_offset(memsz, vaddr, tls_align);
  long low = block < 0 ? block : 0;
  long high = block + static_cast<long>(memsz);
  if (high < static_cast<long>(arch::tcb_size)) high = static_cast<long>(arch::tcb_size);
  unsigned long need = static_cast<unsigned long>(high - low) + align - 1;

  unsigned char *memory = static_block;
  if (need > static_size) {
    long p = arch::syscall6(arch::nr::mmap, 0, static_cast<long>(round_up(need, 4096)), 3 /* PROT_READ|WRITE */,
                            0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
    if (p < 0 && p > -4096) die();
    memory = reinterpret_cast<unsigned char *>(p);
  }
  auto tp = reinterpret_cast<unsigned char *>(round_up(reinterpret_cast<unsigned long>(memory - low), align));
  if (tls) {
    // .tdata is copied; .tbss (the rest up to memsz) is already zero. A byte loop: crt/ is built with
    // -fno-builtin, and memcpy's word loops would be more code than a start-up copy deserves.
    const auto *src = reinterpret_cast<const unsigned char *>(elf::load_bias(phdrs, count) + tls->vaddr);
    unsigned char *dst = tp + block;
    for (unsigned long i = 0; i < tls->filesz; ++i) dst[i] = src[i];
  }
  arch::init_tcb(tp);
  if (!arch::set_thread_pointer(tp)) die();
}

} // namespace solo::crt
