// CPU properties the portable code tunes itself by.
#pragma once

namespace solo::arch {
// The RISC-V base ISA allows misaligned loads but many cores trap and emulate them in firmware (hundreds of
// cycles each), and the compiler splits them into bytes anyway: word copies must use aligned loads only.
inline constexpr bool fast_unaligned_access = false;
} // namespace solo::arch
