// struct statx and its mask bits: the same on every architecture (uapi linux/stat.h).
#pragma once

#include <solo/flags.hpp>

namespace solo::sys {

// STATX_* request/result mask bits (uapi linux/stat.h).
enum class StatxMask : unsigned {
  Type = 0x001,
  Mode = 0x002,
  Nlink = 0x004,
  Uid = 0x008,
  Gid = 0x010,
  Atime = 0x020,
  Mtime = 0x040,
  Ctime = 0x080,
  Ino = 0x100,
  Size = 0x200,
  Blocks = 0x400,
  BasicStats = 0x7ff,
  Btime = 0x800,
  MntId = 0x1000,
  DioAlign = 0x2000,
};
SOLO_FLAG_OPERATORS(StatxMask)

struct StatxTimestamp {
  long long tv_sec;
  unsigned int tv_nsec;
  int reserved_;
};

// struct statx: 256 bytes, identical on every architecture. stx_mask says which fields the kernel filled.
struct Statx {
  unsigned int stx_mask;
  unsigned int stx_blksize;
  unsigned long long stx_attributes;
  unsigned int stx_nlink;
  unsigned int stx_uid;
  unsigned int stx_gid;
  unsigned short stx_mode;
  unsigned short spare0_[1];
  unsigned long long stx_ino;
  unsigned long long stx_size;
  unsigned long long stx_blocks;
  unsigned long long stx_attributes_mask;
  StatxTimestamp stx_atime;
  StatxTimestamp stx_btime;
  StatxTimestamp stx_ctime;
  StatxTimestamp stx_mtime;
  unsigned int stx_rdev_major;
  unsigned int stx_rdev_minor;
  unsigned int stx_dev_major;
  unsigned int stx_dev_minor;
  unsigned long long stx_mnt_id;
  unsigned int stx_dio_mem_align;
  unsigned int stx_dio_offset_align;
  unsigned long long spare3_[12];

  StatxMask mask() const noexcept { return static_cast<StatxMask>(stx_mask); }
};

} // namespace solo::sys
