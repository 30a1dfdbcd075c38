// solo's struct stat on the 32-bit architectures: not a kernel layout. Their kernels' own (stat64) keeps
// 32-bit seconds, so fstat and fstatat go through statx (arch/generic/calls_ilp32.hpp) and
// fill this, with the same members and widths as the 64-bit layouts: 64-bit sizes, inodes and seconds.
#pragma once

namespace solo::arch {

struct StatTime {
  long long tv_sec;
  long long tv_nsec;
};

struct Stat {
  unsigned long long st_dev;
  unsigned long long st_ino;
  unsigned int st_mode;
  unsigned int st_nlink;
  unsigned int st_uid;
  unsigned int st_gid;
  unsigned long long st_rdev;
  long long st_size;
  long st_blksize;
  long long st_blocks; // in 512-byte units
  StatTime st_atim;
  StatTime st_mtim;
  StatTime st_ctim;
};

} // namespace solo::arch
