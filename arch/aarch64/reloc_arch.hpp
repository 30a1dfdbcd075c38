// What a static PIE's self-relocation (crt/relocate.cpp) needs to know about aarch64. The one relocation type it
// applies: R_AARCH64_RELATIVE, "base + addend" (value from the psABI, as in <elf.h>). With -z pack-relative-relocs most
// of them move to DT_RELR, which has no type.
#pragma once

namespace solo::arch {
// 4, 16 or 64 KiB, as the kernel was configured: 0 sends start-up to the auxiliary vector (AT_PAGESZ).
inline constexpr unsigned long page_size = 0;
inline constexpr unsigned long r_relative = 1027;
// RELA (DT_RELA, explicit addends) rather than REL.
inline constexpr bool relocations_have_addends = true;
} // namespace solo::arch

// The address of `symbol` computed from the program counter, for symbols the linker may leave undefined and
// weak (hidden): such a symbol then reads as its link address 0 moved like everything else, so two of them
// compare equal. Compilers reach weak symbols through a GOT instead, which a program would gain just for this.
#define SOLO_PC_RELATIVE_ADDRESS(symbol)                                                                               \
  ({                                                                                                                   \
    const void *solo_address;                                                                                          \
    __asm__("adrp %0, " #symbol "\n\tadd %0, %0, :lo12:" #symbol : "=r"(solo_address));                                \
    solo_address;                                                                                                      \
  })
