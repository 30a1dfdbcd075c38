// File-system statistics: statfs and fstatfs. Sys::Statfs is the kernel's struct statfs on the 64-bit
// architectures (every field a long but f_fsid, two ints; uapi asm-generic/statfs.h, which x86-64's
// <asm/statfs.h> includes unchanged for 64-bit), 120 bytes, and its struct statfs64 on the 32-bit ones (the
// counts 64-bit, the rest a word; statfs64 and fstatfs64 are told its size), 84 bytes: ARM EABI packs it to
// 4-byte alignment so that it is the same as i386's, where a 64-bit member is 4-byte aligned anyway.
#pragma once

#include <solo/cstr.hpp>
#include <solo/fd.hpp>
#include <solo/result.hpp>
#include <solo/sys/raw.hpp>

namespace solo::sys {

struct Statfs {
  long f_type;                                    // the file system's magic number (EXT4_SUPER_MAGIC, TMPFS_MAGIC ...)
  long f_bsize;                                   // the optimal transfer block size
  unsigned long long f_blocks, f_bfree, f_bavail; // in f_frsize units
  unsigned long long f_files, f_ffree;
  int f_fsid[2];
  long f_namelen;
  long f_frsize; // the fundamental block size
  long f_flags;  // ST_RDONLY, ST_NOSUID ... (mount flags)
  long f_spare[4];
};
// What the kernel fills: up to the end of f_spare (ARM would round the struct up to 88 for its 8-byte members).
inline constexpr unsigned long statfs_size = __builtin_offsetof(Statfs, f_spare) + sizeof(Statfs::f_spare);
static_assert(statfs_size == (sizeof(long) == 8 ? 120 : 84));

inline Result<void> statfs(CStr path, Statfs &out) noexcept {
  return result_void(arch::calls::statfs(path.c_str(), statfs_size, &out));
}
inline Result<void> fstatfs(FdRef fd, Statfs &out) noexcept {
  return result_void(arch::calls::fstatfs(fd.get(), statfs_size, &out));
}

} // namespace solo::sys
