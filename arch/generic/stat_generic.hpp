// The kernel's struct stat for newfstatat/fstat in the asm-generic layout (uapi asm-generic/stat.h), which
// arm64 and riscv64 use. Unlike x86-64, st_mode comes before a 32-bit st_nlink, and st_blksize is an int
// followed by padding. The times are (seconds, nanoseconds) pairs, written here as StatTime members.
#pragma once

namespace solo::arch {

struct StatTime {
  long tv_sec;
  long tv_nsec;
};

struct Stat {
  unsigned long st_dev;
  unsigned long st_ino;
  unsigned int st_mode;
  unsigned int st_nlink;
  unsigned int st_uid;
  unsigned int st_gid;
  unsigned long st_rdev;
  unsigned long pad1_;
  long st_size;
  int st_blksize;
  int pad2_;
  long st_blocks; // in 512-byte units
  StatTime st_atim;
  StatTime st_mtim;
  StatTime st_ctim;
  unsigned int unused4_;
  unsigned int unused5_;
};

} // namespace solo::arch
