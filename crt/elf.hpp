// The few ELF64 structures and constants start-up reads (from the ELF specification; the same on all three
// architectures).
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace solo::crt::elf {

struct Ehdr {
  unsigned char ident[16];
  uint16_t type;
  uint16_t machine;
  uint32_t version;
  uint64_t entry;
  uint64_t phoff;
  uint64_t shoff;
  uint32_t flags;
  uint16_t ehsize;
  uint16_t phentsize;
  uint16_t phnum;
  uint16_t shentsize;
  uint16_t shnum;
  uint16_t shstrndx;
};

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

struct Dyn {
  int64_t tag;
  uint64_t value;
};

struct Rela {
  uint64_t offset;
  uint64_t info; // symbol << 32 | type
  int64_t addend;
};

inline constexpr uint32_t pt_dynamic = 2;
inline constexpr uint32_t pt_phdr = 6;
inline constexpr uint32_t pt_tls = 7;
inline constexpr uint32_t pt_gnu_relro = 0x6474e552;

inline constexpr int64_t dt_null = 0;
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
