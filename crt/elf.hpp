// The few ELF structures and constants start-up reads (from the ELF specification; the same on every
// architecture but for the word width).
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace solo::crt::elf {

// The ELF class is the word's: ELFCLASS64 on the 64-bit architectures, ELFCLASS32 on the 32-bit ones.
#if __SIZEOF_POINTER__ == 8
using Addr = uint64_t;
using Sword = int64_t;
#else
using Addr = uint32_t;
using Sword = int32_t;
#endif

struct Ehdr {
  unsigned char ident[16];
  uint16_t type;
  uint16_t machine;
  uint32_t version;
  Addr entry;
  Addr phoff;
  Addr shoff;
  uint32_t flags;
  uint16_t ehsize;
  uint16_t phentsize;
  uint16_t phnum;
  uint16_t shentsize;
  uint16_t shnum;
  uint16_t shstrndx;
};

// ELF64 moved p_flags up next to p_type (for alignment); ELF32 has it after p_memsz.
#if __SIZEOF_POINTER__ == 8
struct Phdr {
  uint32_t type;
  uint32_t flags;
  uint64_t offset;
  uint64_t vaddr;
  uint64_t paddr;
  uint64_t filesz;
  uint64_t memsz;
  uint64_t align;
};
#else
struct Phdr {
  uint32_t type;
  uint32_t offset;
  uint32_t vaddr;
  uint32_t paddr;
  uint32_t filesz;
  uint32_t memsz;
  uint32_t flags;
  uint32_t align;
};
#endif

struct Dyn {
  Sword tag;
  Addr value;
};

struct Rela {
  Addr offset;
  Addr info; // ELF64: symbol << 32 | type; ELF32: symbol << 8 | type
  Sword addend;
};

// REL: the addend is the word at offset.
struct Rel {
  Addr offset;
  Addr info;
};

// The relocation type in r_info.
constexpr unsigned long relocation_type(Addr info) { return sizeof(Addr) == 8 ? info & 0xffffffff : info & 0xff; }

inline constexpr uint32_t pt_dynamic = 2;
inline constexpr uint32_t pt_phdr = 6;
inline constexpr uint32_t pt_tls = 7;
inline constexpr uint32_t pt_gnu_relro = 0x6474e552;

inline constexpr int64_t dt_null = 0;
inline constexpr int64_t dt_rel = 17;
inline constexpr int64_t dt_relsz = 18;
inline constexpr int64_t dt_rela = 7;
inline constexpr int64_t dt_relasz = 8;
inline constexpr int64_t dt_relaent = 9;
inline constexpr int64_t dt_relrsz = 35;
inline constexpr int64_t dt_relr = 36;

// Auxiliary vector types start-up needs before solo::auxv can be used.
inline constexpr unsigned long at_pagesz = 6;
inline constexpr unsigned long at_random = 25;

// The auxiliary vector on the initial stack: after argv's NULL, envp and its NULL.
inline unsigned long *auxv_from_stack(long *sp) {
  long argc = sp[0];
  long *p = sp + 1 + argc + 1;
  while (*p) ++p;
  return reinterpret_cast<unsigned long *>(p + 1);
}

inline unsigned long auxv_value(const unsigned long *auxv, unsigned long type) {
  for (; auxv[0]; auxv += 2)
    if (auxv[0] == type) return auxv[1];
  return 0;
}

} // namespace solo::crt::elf
