// The kernel's struct stat for newfstatat/fstat on x86-64 (uapi asm/stat.h, the !__i386__ branch). x86-64 has
// its own layout, unlike arm64 and riscv64 (asm-generic): st_nlink is 64-bit and comes before st_mode, and
// st_blksize is a long. The times are (seconds, nanoseconds) pairs, written here as StatTime members.
#pragma once

namespace solo::arch {

struct StatTime {
  long tv_sec;
  long tv_nsec;
};

struct Stat {
  unsigned long st_dev;
  unsigned long st_ino;
  unsigned long st_nlink;
  unsigned int st_mode;
  unsigned int st_uid;
  unsigned int st_gid;
  unsigned int pad0_;
  unsigned long st_rdev;
  long st_size;
  long st_blksize;
  long st_blocks; // in 512-byte units
  StatTime st_atim;
  StatTime st_mtim;
  StatTime st_ctim;
  long unused_[3];
};

} // namespace solo::arch
