// CPU properties the portable code tunes itself by.
#pragma once

namespace solo::arch {
// aarch64 loads and stores words at any address at (nearly) full speed.
inline constexpr bool fast_unaligned_access = true;
// `yield`: a hint that this is a spin-wait loop, so a core with several hardware threads runs another.
inline void spin_pause() noexcept { __asm__ volatile("yield" ::: "memory"); }
} // namespace solo::arch
