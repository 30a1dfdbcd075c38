// File-system statistics: statfs and fstatfs. struct statfs is the kernel's 64-bit layout on x86-64, aarch64
// and riscv64 alike (every field a long but f_fsid, two ints; uapi asm-generic/statfs.h, which x86-64's
// <asm/statfs.h> includes unchanged for 64-bit), 120 bytes.
#pragma once

#include <solo/cstr.hpp>
#include <solo/fd.hpp>
#include <solo/result.hpp>
#include <solo/sys/raw.hpp>

namespace solo::sys {

struct Statfs {
  long f_type;                               // the file system's magic number (EXT4_SUPER_MAGIC, TMPFS_MAGIC ...)
  long f_bsize;                              // the optimal transfer block size
  unsigned long f_blocks, f_bfree, f_bavail; // in f_frsize units
  unsigned long f_files, f_ffree;
  int f_fsid[2];
  long f_namelen;
  long f_frsize; // the fundamental block size
  long f_flags;  // ST_RDONLY, ST_NOSUID ... (mount flags)
  long f_spare[4];
};
static_assert(sizeof(Statfs) == 120);

inline Result<void> statfs(CStr path, Statfs &out) noexcept { return result_void(raw(nr::statfs, path.c_str(), &out)); }
inline Result<void> fstatfs(FdRef fd, Statfs &out) noexcept { return result_void(raw(nr::fstatfs, fd.get(), &out)); }

} // namespace solo::sys
