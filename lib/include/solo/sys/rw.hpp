// Typed data-transfer system calls: read/write and their positional and vector forms, lseek, the in-kernel
// copies (copy_file_range, sendfile, splice, tee), size and space (ftruncate, fallocate), syncing and advice.
// One system call each: short transfers and EINTR are the caller's (or solo::io's) business.
#pragma once

#include <calls_arch.hpp>
#include <solo/fd.hpp>
#include <solo/flags.hpp>
#include <solo/sys/iovec.hpp>
#include <solo/sys/raw.hpp>

namespace solo::sys {

using off_t = long long; // the kernel's loff_t: 64-bit on every architecture, whatever the word

// struct iovec: one buffer of a vectored transfer.
inline Result<size_t> read(FdRef fd, void *buf, size_t count) noexcept {
  return result<size_t>(raw(nr::read, fd.get(), buf, count));
}

inline Result<size_t> write(FdRef fd, const void *buf, size_t count) noexcept {
  return result<size_t>(raw(nr::write, fd.get(), buf, count));
}

inline Result<size_t> pread64(FdRef fd, void *buf, size_t count, off_t offset) noexcept {
  return result<size_t>(arch::calls::pread(fd.get(), buf, count, offset));
}

inline Result<size_t> pwrite64(FdRef fd, const void *buf, size_t count, off_t offset) noexcept {
  return result<size_t>(arch::calls::pwrite(fd.get(), buf, count, offset));
}

inline Result<size_t> readv(FdRef fd, const Iovec *iov, int iovcnt) noexcept {
  return result<size_t>(raw(nr::readv, fd.get(), iov, iovcnt));
}

inline Result<size_t> writev(FdRef fd, const Iovec *iov, int iovcnt) noexcept {
  return result<size_t>(raw(nr::writev, fd.get(), iov, iovcnt));
}

// RWF_* flags of preadv2/pwritev2 (uapi linux/fs.h).
enum class RwFlags : int {
  None = 0,
  HiPri = 0x01,
  DataSync = 0x02,
  Sync = 0x04,
  NoWait = 0x08,
  Append = 0x10,
};
SOLO_FLAG_OPERATORS(RwFlags)

// The kernel takes the offset as two halves (pos_l, pos_h) so 32-bit ABIs can pass 64 bits; on a 64-bit
// architecture the whole offset is pos_l and pos_h is ignored. Offset -1 means "at the file position".
inline Result<size_t> preadv2(FdRef fd, const Iovec *iov, int iovcnt, off_t offset,
                              RwFlags flags = RwFlags::None) noexcept {
  return result<size_t>(arch::calls::preadv2(fd.get(), iov, iovcnt, offset, to_underlying(flags)));
}

inline Result<size_t> pwritev2(FdRef fd, const Iovec *iov, int iovcnt, off_t offset,
                               RwFlags flags = RwFlags::None) noexcept {
  return result<size_t>(arch::calls::pwritev2(fd.get(), iov, iovcnt, offset, to_underlying(flags)));
}

// SEEK_* (uapi linux/fs.h).
enum class Whence : unsigned {
  Set = 0,
  Cur = 1,
  End = 2,
  Data = 3,
  Hole = 4,
};

inline Result<off_t> lseek(FdRef fd, off_t offset, Whence whence) noexcept {
  long long r = arch::calls::lseek(fd.get(), offset, static_cast<unsigned>(whence));
  if (r < 0 && r >= -4095) return static_cast<Errno>(-r);
  return r;
}

inline Result<void> ftruncate(FdRef fd, off_t length) noexcept {
  return result_void(arch::calls::ftruncate(fd.get(), length));
}

// FALLOC_FL_* (uapi linux/falloc.h).
enum class FallocateMode : int {
  Allocate = 0,
  KeepSize = 0x01,
  PunchHole = 0x02,
  CollapseRange = 0x08,
  ZeroRange = 0x10,
  InsertRange = 0x20,
  Unshare = 0x40,
};
SOLO_FLAG_OPERATORS(FallocateMode)

inline Result<void> fallocate(FdRef fd, FallocateMode mode, off_t offset, off_t len) noexcept {
  return result_void(arch::calls::fallocate(fd.get(), to_underlying(mode), offset, len));
}

inline Result<void> fsync(FdRef fd) noexcept { return result_void(raw(nr::fsync, fd.get())); }
inline Result<void> fdatasync(FdRef fd) noexcept { return result_void(raw(nr::fdatasync, fd.get())); }
inline void sync() noexcept { (void)raw(nr::sync); } // cannot fail
inline Result<void> syncfs(FdRef fd) noexcept { return result_void(raw(nr::syncfs, fd.get())); }

// Offsets for the copy calls: nullptr means "use and advance the file position"; otherwise the kernel reads
// the offset there, leaves the file position alone and writes the advanced offset back.
inline Result<size_t> copy_file_range(FdRef fd_in, off_t *off_in, FdRef fd_out, off_t *off_out, size_t len,
                                      unsigned flags = 0) noexcept {
  return result<size_t>(raw(nr::copy_file_range, fd_in.get(), off_in, fd_out.get(), off_out, len, flags));
}

inline Result<size_t> sendfile(FdRef out_fd, FdRef in_fd, off_t *offset, size_t count) noexcept {
  return result<size_t>(arch::calls::sendfile(out_fd.get(), in_fd.get(), offset, count));
}

// SPLICE_F_*: not in the uapi headers (the kernel keeps them in include/linux/splice.h; C libraries copy them).
enum class SpliceFlags : unsigned {
  None = 0,
  Move = 0x01,
  NonBlock = 0x02,
  More = 0x04,
  Gift = 0x08,
};
SOLO_FLAG_OPERATORS(SpliceFlags)

// One side of a splice must be a pipe; a pipe side must have a null offset.
inline Result<size_t> splice(FdRef fd_in, off_t *off_in, FdRef fd_out, off_t *off_out, size_t len,
                             SpliceFlags flags = SpliceFlags::None) noexcept {
  return result<size_t>(raw(nr::splice, fd_in.get(), off_in, fd_out.get(), off_out, len, to_underlying(flags)));
}

// Duplicates pipe data without consuming it; both ends must be pipes.
inline Result<size_t> tee(FdRef fd_in, FdRef fd_out, size_t len, SpliceFlags flags = SpliceFlags::None) noexcept {
  return result<size_t>(raw(nr::tee, fd_in.get(), fd_out.get(), len, to_underlying(flags)));
}

// POSIX_FADV_* (uapi linux/fadvise.h; 4 and 5 differ only on s390, which solo does not support).
enum class FileAdvice : int {
  Normal = 0,
  Random = 1,
  Sequential = 2,
  WillNeed = 3,
  DontNeed = 4,
  NoReuse = 5,
};

// x86-64 calls it fadvise64, the generic table fadvise64_64: the same (fd, offset, len, advice) on 64-bit.
inline Result<void> fadvise64(FdRef fd, off_t offset, off_t len, FileAdvice advice) noexcept {
  return result_void(arch::calls::fadvise(fd.get(), offset, len, static_cast<int>(advice)));
}

inline Result<void> readahead(FdRef fd, off_t offset, size_t count) noexcept {
  return result_void(arch::calls::readahead(fd.get(), offset, count));
}

} // namespace solo::sys
