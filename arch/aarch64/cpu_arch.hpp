// CPU properties the portable code tunes itself by.
#pragma once

namespace solo::arch {
// aarch64 loads and stores words at any address at (nearly) full speed.
inline constexpr bool fast_unaligned_access = true;
} // namespace solo::arch
