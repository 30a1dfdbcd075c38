// Self-relocation of a static PIE: the entry _start (arch/<arch>/start.S) calls __solo_start_pie, which applies
// the binary's own relative relocations, makes PT_GNU_RELRO read-only and only then goes on with the ordinary
// start-up (crt/start_program.hpp, as crt/start.cpp does for a non-PIE).
//
// Until the relocations are applied, every pointer stored in the image (GOT entries, vtables, function
// pointer tables, pointers in .data) still holds its link-time value. The code in this file therefore must
// not load any of them. How that is ensured:
//   - it reads no global variable and no string literal: everything comes from the program's own ELF header
//     (reached PC-relative), the program headers and dynamic section it leads to, and the stack pointer the
//     kernel gave;
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
#include "start_program.hpp"

#include <reloc_arch.hpp>
#include <syscall_arch.hpp>
#include <syscall_numbers.hpp>

namespace {

using namespace solo::crt::elf;

[[gnu::always_inline, maybe_unused]] inline void apply_rela(unsigned long bias, const Rela *r, const Rela *end) {
  // A static PIE has nothing but relative relocations; anything else means a binary solo cannot start
  // correctly, and stopping at once (SIGILL) beats running with a wrong pointer.
  for (; r < end; ++r) {
    if (relocation_type(r->info) != solo::arch::r_relative) __builtin_trap();
    *reinterpret_cast<unsigned long *>(bias + r->offset) = bias + r->addend;
  }
}

// REL: the same, with the addend already in the word to relocate.
[[gnu::always_inline, maybe_unused]] inline void apply_rel(unsigned long bias, const Rel *r, const Rel *end) {
  for (; r < end; ++r) {
    if (relocation_type(r->info) != solo::arch::r_relative) __builtin_trap();
    *reinterpret_cast<unsigned long *>(bias + r->offset) += bias;
  }
}

// RELR (DT_RELR): an even entry is the address of a word to relocate and starts a run there; an odd entry is
// a bitmap of the next 63 words (31 on a 32-bit architecture: a word's bits but one) after the run's current
// position (bit i+1 = word i), advancing by that many words.
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
      where += 8 * sizeof(unsigned long) - 1;
    }
  }
}

} // namespace

// The program's own ELF header, loaded with the first segment (the linker defines the symbol). Reached
// PC-relative, it gives the program headers without the auxiliary vector, which lies past the environment.
[[gnu::visibility("hidden")]] extern const Ehdr __ehdr_start;
// The dynamic section (defined by the linker in a PIE).
__asm__(".weak _DYNAMIC\n.hidden _DYNAMIC");

extern "C" [[noreturn, gnu::visibility("hidden")]] void __solo_start_pie(long *sp) {
  auto *phdrs = reinterpret_cast<const Phdr *>(reinterpret_cast<const char *>(&__ehdr_start) + __ehdr_start.phoff);
  const Phdr *end = phdrs + __ehdr_start.phnum;
  // The load bias: what was added to every link-time address. The program headers are where PT_PHDR says
  // they were linked, plus the bias; the linker puts PT_PHDR first (the ELF specification has it precede every
  // loadable segment). A binary without it could not be relocated here: stopping at once (SIGILL) beats
  // running with wrong pointers.
  if (phdrs->type != pt_phdr) __builtin_trap();
  unsigned long bias = reinterpret_cast<unsigned long>(phdrs) - phdrs->vaddr;

  // At most one PT_GNU_RELRO, which linkers put near the end.
  const Phdr *relro = nullptr;
  for (const Phdr *p = end; --p != phdrs;)
    if (p->type == pt_gnu_relro) {
      relro = p;
      break;
    }

  // The dynamic section, where the linker says it is: a static PIE always has one. (A program linked without
  // -pie that still starts here has none: the weak symbol is then 0, and so is the load bias.)
  if (auto *d = static_cast<const Dyn *>(SOLO_PC_RELATIVE_ADDRESS(_DYNAMIC))) {
    // The four values, at (tag & 1) | (tag >> 4 & 2): DT_RELASZ (or DT_RELSZ) 0, DT_RELA (DT_REL) 1, DT_RELR 2,
    // DT_RELRSZ 3. The architecture's relocations are either RELA or REL (arch/<arch>/reloc_arch.hpp).
    constexpr bool rela = solo::arch::relocations_have_addends;
    constexpr int64_t dt_table = rela ? dt_rela : dt_rel, dt_table_size = rela ? dt_relasz : dt_relsz;
    unsigned long value[4] = {};
    constexpr uint64_t wanted_tags =
        1ULL << dt_null | 1ULL << dt_table | 1ULL << dt_table_size | 1ULL << dt_relr | 1ULL << dt_relrsz;
    for (;;) {
      // One bit test on the low six bits (shifts count modulo 64 on all three architectures) passes most tags
      // by; DT_NULL, among the bits, ends the section; below DT_RELR + 1 the bits admit only the four wanted.
      unsigned long tag;
      do tag = static_cast<unsigned long>((d++)->tag);
      while (((wanted_tags >> (tag & 63)) & 1) == 0);
      if (tag == dt_null) break;
      if (tag <= dt_relr) value[(tag & 1) | ((tag >> 4) & 2)] = d[-1].value;
    }
    static_assert(((dt_table_size & 1) | ((dt_table_size >> 4) & 2)) == 0 &&
                  ((dt_table & 1) | ((dt_table >> 4) & 2)) == 1 && ((dt_relr & 1) | ((dt_relr >> 4) & 2)) == 2 &&
                  ((dt_relrsz & 1) | ((dt_relrsz >> 4) & 2)) == 3);
    // A table the program does not have is empty here (address and size both 0); a program without
    // relocations skips both at once.
    if ((value[0] | value[3]) != 0) {
      if constexpr (rela)
        apply_rela(bias, reinterpret_cast<const Rela *>(bias + value[1]),
                   reinterpret_cast<const Rela *>(bias + value[1] + value[0]));
      else
        apply_rel(bias, reinterpret_cast<const Rel *>(bias + value[1]),
                  reinterpret_cast<const Rel *>(bias + value[1] + value[0]));
      apply_relr(bias, reinterpret_cast<const unsigned long *>(bias + value[2]),
                 reinterpret_cast<const unsigned long *>(bias + value[2] + value[3]));
    }
  }

  // Relocated data that is never written again becomes read-only. Only whole pages: the kernel protects pages,
  // and the partial page at the end (if any) shares its page with ordinary writable data. (A program whose
  // relocations and dynamic section are all it would protect has no PT_GNU_RELRO at all: the link puts the
  // dynamic section, which only this code reads, with the read-only data; see toolchain/pie-link-flags.)
  if (relro) {
    unsigned long page = solo::arch::page_size ? solo::arch::page_size : auxv_value(auxv_from_stack(sp), at_pagesz);
    unsigned long start = (bias + relro->vaddr) & -page;
    unsigned long stop = (bias + relro->vaddr + relro->memsz) & -page;
    if (stop > start)
      solo::arch::syscall3(solo::arch::nr::mprotect, static_cast<long>(start), static_cast<long>(stop - start),
                           1 /* PROT_READ */);
  }
  solo::crt::start_program(sp);
}
