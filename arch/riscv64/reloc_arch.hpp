// What a static PIE's self-relocation (crt/relocate.cpp) needs to know about riscv64. The one relocation type it
// applies: R_RISCV_RELATIVE, "base + addend" (value from the psABI, as in <elf.h>). With -z pack-relative-relocs most
// of them move to DT_RELR, which has no type.
#pragma once

namespace solo::arch {
// Linux on riscv64 has only 4 KiB base pages: start-up need not ask the auxiliary vector (AT_PAGESZ).
inline constexpr unsigned long page_size = 4096;
inline constexpr unsigned long r_relative = 3;
// RELA (DT_RELA, explicit addends) rather than REL.
inline constexpr bool relocations_have_addends = true;
} // namespace solo::arch

// The address of `symbol` computed from the program counter, for symbols the linker may leave undefined and
// weak (hidden): such a symbol then reads as its link address 0 moved like everything else, so two of them
// compare equal. Compilers reach weak symbols through a GOT instead, which a program would gain just for this.
#define SOLO_PC_RELATIVE_ADDRESS(symbol)                                                                               \
  ({                                                                                                                   \
    const void *solo_address;                                                                                          \
    __asm__("lla %0, " #symbol : "=r"(solo_address));                                                                  \
    solo_address;                                                                                                      \
  })
