// What a static PIE's self-relocation (crt/relocate.cpp) needs to know about 32-bit ARM. The one relocation type
// it applies: R_ARM_RELATIVE (23, from the ARM ELF ABI), "base + the word already there": ARM's dynamic
// relocations are REL, their addend is the relocated word itself. With -z pack-relative-relocs most of them move
// to DT_RELR, which has no type.
#pragma once

namespace solo::arch {
// Linux on 32-bit ARM has only 4 KiB pages: start-up need not ask the auxiliary vector (AT_PAGESZ).
inline constexpr unsigned long page_size = 4096;
inline constexpr unsigned long r_relative = 23;
// REL (DT_REL, implicit addends) rather than RELA.
inline constexpr bool relocations_have_addends = false;
} // namespace solo::arch

// The address of `symbol` computed from the program counter, for symbols the linker may leave undefined and
// weak (hidden): such a symbol then reads as its link address 0 moved like everything else, so two of them
// compare equal. Compilers reach weak symbols through a GOT instead, which a program would gain just for this.
// ARM has no pc-relative add of a far symbol: a literal word holds the symbol's distance from the add (reading pc
// in ARM state gives the instruction's address + 8), as R_ARM_REL32. lld resolves that word to 0 for an undefined
// weak symbol, whatever the place: the word being 0 therefore means "undefined", and the address is then 0 too
// (no defined symbol of interest can be the literal itself, which is where a distance of 0 would point).
#define SOLO_PC_RELATIVE_ADDRESS(symbol)                                                                               \
  ({                                                                                                                   \
    const void *solo_address;                                                                                          \
    __asm__("ldr %0, 2f\n"                                                                                             \
            "1:\tcmp %0, #0\n\t"                                                                                       \
            "addne %0, %0, pc\n\t"                                                                                     \
            "b 3f\n"                                                                                                   \
            "2:\t.word " #symbol " - (1b + 12)\n"                                                                      \
            "3:"                                                                                                       \
            : "=r"(solo_address)                                                                                       \
            :                                                                                                          \
            : "cc");                                                                                                   \
    solo_address;                                                                                                      \
  })
