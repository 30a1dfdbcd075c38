// openat flags whose values are architecture-specific, as asm-generic/fcntl.h has them (x86-64 and riscv64 use
// these; arm64 has its own).
#pragma once

namespace solo::arch {
inline constexpr unsigned open_direct = 040000;
inline constexpr unsigned open_largefile = 0100000;
inline constexpr unsigned open_directory = 0200000;
inline constexpr unsigned open_nofollow = 0400000;
// What every open adds by itself: nothing on a 64-bit kernel, which forces O_LARGEFILE anyway.
inline constexpr unsigned open_implied = 0;
} // namespace solo::arch
