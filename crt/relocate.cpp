// Self-relocation of a static PIE: the entry _start (arch/<arch>/start.S) calls __solo_start_pie, which applies
// the binary's own relative relocations, makes PT_GNU_RELRO read-only and only then enters the ordinary
// start-up (__solo_start, crt/start.cpp).
//
// Until the relocations are applied, every pointer stored in the image (GOT entries, vtables, function
// pointer tables, pointers in .data) still holds its link-time value. The code in this file therefore must
// not load any of them. How that is ensured:
//   - it reads no global variable and no string literal: everything comes from the stack pointer the kernel
//     gave, the auxiliary vector and the program headers and dynamic section those point at;
//   - every function it calls is inline (crt/elf.hpp, arch/<arch>/*.hpp) or hidden and called directly, which
//     on all three architectures is a PC-relative branch that needs no relocation;
//   - crt/ is compiled with -fno-stack-protector (on aarch64 and riscv64 the canary is a global reached
//     through the GOT), and this file also with -fno-jump-tables (no tables of addresses), see cmake/solo.cmake;
//   - the test hermetic.relocate_object (tests/hermetic/relocate-object) checks the compiled object: only
//     PC-relative references, no GOT access, no absolute addresses.
// The hermetic test `relocation` checks the result: pointers in data, vtables and function tables are right
// after start-up, the globals are not at their link-time addresses (and natively, two runs see them at
// different addresses), and writing to relocated read-only data faults.
#include "elf.hpp"

#include <reloc_arch.hpp>
#include <syscall_arch.hpp>
#include <syscall_numbers.hpp>

extern "C" [[noreturn, gnu::visibility("hidden")]] void __solo_start(long *sp);

namespace {

using namespace solo::crt::elf;

[[gnu::always_inline]] inline void apply_rela(unsigned long bias, const Rela *r, const Rela *end) {
  // A static PIE has nothing but relative relocations; anything else means a binary solo cannot start
  // correctly, and stopping at once (SIGILL) beats running with a wrong pointer.
  for (; r < end; ++r) {
    if ((r->info & 0xffffffff) != solo::arch::r_relative) __builtin_trap();
    *reinterpret_cast<unsigned long *>(bias + r->offset) = bias + r->addend;
  }
}

// RELR (DT_RELR): an even entry is the address of a word to relocate and starts a run there; an odd entry is
// a bitmap of the next 63 words after the run's current position (bit i+1 = word i), advancing by 63 words.
[[gnu::always_inline]] inline void apply_relr(unsigned long bias, const unsigned long *r, const unsigned long *end) {
  unsigned long *where = nullptr;
  for (; r < end; ++r) {
    unsigned long entry = *r;
    if ((entry & 1) == 0) {
      where = reinterpret_cast<unsigned long *>(bias + entry);
      *where++ += bias;
    } else {
      for (unsigned long bits = entry >> 1, *w = where; bits; bits >>= 1, ++w)
        if (bits & 1) *w += bias;
      where += 63;
    }
  }
}

} // namespace

extern "C" [[noreturn, gnu::visibility("hidden")]] void __solo_start_pie(long *sp) {
  const Phdr *phdrs = nullptr;
  size_t count = 0;
  unsigned long page = 0;
  for (const unsigned long *a = auxv_from_stack(sp); a[0]; a += 2) {
    if (a[0] == at_phdr) phdrs = reinterpret_cast<const Phdr *>(a[1]);
    if (a[0] == at_phnum) count = a[1];
    if (a[0] == at_pagesz) page = a[1];
  }
  unsigned long bias = load_bias(phdrs, count);

  const Phdr *relro = nullptr;
  for (size_t i = 0; i < count; ++i) {
    if (phdrs[i].type == pt_gnu_relro) relro = &phdrs[i];
    if (phdrs[i].type != pt_dynamic) continue;
    unsigned long rela = 0, relasz = 0, relr = 0, relrsz = 0;
    for (auto *d = reinterpret_cast<const Dyn *>(bias + phdrs[i].vaddr); d->tag != dt_null; ++d) {
      if (d->tag == dt_rela) rela = d->value;
      if (d->tag == dt_relasz) relasz = d->value;
      if (d->tag == dt_relr) relr = d->value;
      if (d->tag == dt_relrsz) relrsz = d->value;
    }
    if (rela)
      apply_rela(bias, reinterpret_cast<const Rela *>(bias + rela),
                 reinterpret_cast<const Rela *>(bias + rela + relasz));
    if (relr)
      apply_relr(bias, reinterpret_cast<const unsigned long *>(bias + relr),
                 reinterpret_cast<const unsigned long *>(bias + relr + relrsz));
  }

  // Relocated data that is never written again becomes read-only. Only whole pages: the kernel protects pages,
  // and the partial page at the end (if any) shares its page with ordinary writable data.
  if (relro) {
    unsigned long start = (bias + relro->vaddr) & -page;
    unsigned long end = (bias + relro->vaddr + relro->memsz) & -page;
    if (end > start)
      solo::arch::syscall3(solo::arch::nr::mprotect, static_cast<long>(start), static_cast<long>(end - start),
                           1 /* PROT_READ */);
  }
  __solo_start(sp);
}
