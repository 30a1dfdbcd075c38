// openat flags whose values are architecture-specific. arm64 swaps them around relative to asm-generic
// (arch/arm64/include/uapi/asm/fcntl.h): O_DIRECTORY 040000, O_NOFOLLOW 0100000, O_DIRECT 0200000,
// O_LARGEFILE 0400000.
#pragma once

namespace solo::arch {
inline constexpr unsigned open_direct = 0200000;
inline constexpr unsigned open_largefile = 0400000;
inline constexpr unsigned open_directory = 040000;
inline constexpr unsigned open_nofollow = 0100000;
// What every open adds by itself: nothing on a 64-bit kernel, which forces O_LARGEFILE anyway.
inline constexpr unsigned open_implied = 0;
} // namespace solo::arch
