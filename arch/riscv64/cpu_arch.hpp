// CPU properties the portable code tunes itself by.
#pragma once

namespace solo::arch {
// The RISC-V base ISA allows misaligned loads but many cores trap and emulate them in firmware (hundreds of
// cycles each), and the compiler splits them into bytes anyway: word copies must use aligned loads only.
inline constexpr bool fast_unaligned_access = false;
// Zihintpause's `pause` (encoded as a FENCE with no successor set, so a core without the extension runs it as
// an ordinary hint-sized no-op): a hint that this is a spin-wait loop.
inline void spin_pause() noexcept { __asm__ volatile(".insn i 0x0f, 0, x0, x0, 0x010" ::: "memory"); }
} // namespace solo::arch
