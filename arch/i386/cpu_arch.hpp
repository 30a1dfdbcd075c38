// CPU properties the portable code tunes itself by.
#pragma once

namespace solo::arch {
// x86 loads and stores words at any address at (nearly) full speed, in 32-bit mode as in 64-bit mode.
inline constexpr bool fast_unaligned_access = true;
} // namespace solo::arch
