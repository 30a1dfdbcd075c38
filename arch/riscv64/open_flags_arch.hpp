// openat flags whose values are architecture-specific; here the asm-generic values (asm-generic/fcntl.h).
#pragma once

namespace solo::arch {
inline constexpr unsigned open_direct = 040000;
inline constexpr unsigned open_largefile = 0100000;
inline constexpr unsigned open_directory = 0200000;
inline constexpr unsigned open_nofollow = 0400000;
} // namespace solo::arch
