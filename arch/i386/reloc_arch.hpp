// What a static PIE's self-relocation (crt/relocate.cpp) needs to know about i386. The one relocation type it
// applies: R_386_RELATIVE (8, from the i386 psABI), "base + the word already there": i386's dynamic relocations
// are REL, their addend is the relocated word itself. With -z pack-relative-relocs most of them move to DT_RELR,
// which has no type.
#pragma once

namespace solo::arch {
// Linux on i386 has only 4 KiB base pages: start-up need not ask the auxiliary vector (AT_PAGESZ).
inline constexpr unsigned long page_size = 4096;
inline constexpr unsigned long r_relative = 8;
// REL (DT_REL, implicit addends) rather than RELA.
inline constexpr bool relocations_have_addends = false;
} // namespace solo::arch

// The address of `symbol` computed from the program counter, for symbols the linker may leave undefined and
// weak (hidden): such a symbol then reads as its link address 0 moved like everything else, so two of them
// compare equal. Compilers reach weak symbols through a GOT instead, which a program would gain just for this.
// i386 has no pc-relative addressing: a call pushes the address of the next instruction, which is popped and
// moved by the symbol's distance from it (R_386_PC32; lld gives an undefined weak symbol the address 0, as it
// does on x86-64).
#define SOLO_PC_RELATIVE_ADDRESS(symbol)                                                                               \
  ({                                                                                                                   \
    const void *solo_address;                                                                                          \
    __asm__("call 1f\n"                                                                                                \
            "1:\tpop %0\n\t"                                                                                           \
            "add $" #symbol " - 1b, %0"                                                                                \
            : "=r"(solo_address)                                                                                       \
            :                                                                                                          \
            : "cc");                                                                                                   \
    solo_address;                                                                                                      \
  })
