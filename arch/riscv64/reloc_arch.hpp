// The one relocation type a static PIE has to apply to itself on riscv64: R_RISCV_RELATIVE, "base + addend"
// (value from the psABI, as in <elf.h>). With -z pack-relative-relocs most of them move to DT_RELR, which has no type.
#pragma once

namespace solo::arch {
inline constexpr unsigned long r_relative = 3;
} // namespace solo::arch
