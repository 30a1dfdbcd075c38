// openat flags whose values are architecture-specific. 32-bit ARM has its own (arch/arm/include/uapi/asm/fcntl.h):
// O_DIRECTORY 040000, O_NOFOLLOW 0100000, O_DIRECT 0200000, O_LARGEFILE 0400000.
#pragma once

namespace solo::arch {
inline constexpr unsigned open_direct = 0200000;
inline constexpr unsigned open_largefile = 0400000;
inline constexpr unsigned open_directory = 040000;
inline constexpr unsigned open_nofollow = 0100000;
// 32-bit ARM keeps the 32-bit off_t of old programs (CONFIG_ARCH_32BIT_OFF_T): without O_LARGEFILE the kernel
// refuses to open a file of 2 GiB or more (EOVERFLOW). solo's offsets are 64-bit everywhere, so every open asks.
inline constexpr unsigned open_implied = open_largefile;
} // namespace solo::arch
