// CPU properties the portable code tunes itself by.
#pragma once

namespace solo::arch {
// x86_64 loads and stores words at any address at (nearly) full speed.
inline constexpr bool fast_unaligned_access = true;
// `pause`: tells the core this is a spin-wait loop (saves power, and avoids the memory-order mis-speculation
// penalty when the awaited store arrives).
inline void spin_pause() noexcept { __builtin_ia32_pause(); }
} // namespace solo::arch
