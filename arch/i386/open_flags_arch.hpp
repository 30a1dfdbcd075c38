// openat flags whose values are architecture-specific. i386 has the asm-generic ones (O_DIRECT 040000,
// O_LARGEFILE 0100000, O_DIRECTORY 0200000, O_NOFOLLOW 0400000; uapi asm-generic/fcntl.h), but, unlike the
// 64-bit kernels, does not force O_LARGEFILE.
#pragma once

namespace solo::arch {
inline constexpr unsigned open_direct = 040000;
inline constexpr unsigned open_largefile = 0100000;
inline constexpr unsigned open_directory = 0200000;
inline constexpr unsigned open_nofollow = 0400000;
// i386 keeps the 32-bit off_t of old programs (CONFIG_ARCH_32BIT_OFF_T): without O_LARGEFILE the kernel refuses
// to open a file of 2 GiB or more (EOVERFLOW). solo's offsets are 64-bit everywhere, so every open asks.
inline constexpr unsigned open_implied = open_largefile;
} // namespace solo::arch
