// fcntl as one typed function per command: each command takes and returns something different, so one
// untyped fcntl(fd, cmd, arg) would let a pointer go where an int belongs. sys::fcntl is there for the rest.
#pragma once

#include <solo/sys/file.hpp>

namespace solo::sys {

// F_* commands (uapi asm-generic/fcntl.h and linux/fcntl.h; x86-64, arm64 and riscv64 all use these values
// on 64-bit, where F_GETLK64 and friends are the same as F_GETLK).
enum class FcntlCmd : int {
  DupFd = 0,
  GetFd = 1,
  SetFd = 2,
  GetFl = 3,
  SetFl = 4,
  GetLk = 5,
  SetLk = 6,
  SetLkW = 7,
  SetOwn = 8,
  GetOwn = 9,
  SetSig = 10,
  GetSig = 11,
  OfdGetLk = 36,
  OfdSetLk = 37,
  OfdSetLkW = 38,
  SetLease = 1024,
  GetLease = 1025,
  Notify = 1026,
  DupFdCloseOnExec = 1030,
  SetPipeSize = 1031,
  GetPipeSize = 1032,
  AddSeals = 1033,
  GetSeals = 1034,
};

inline Result<long> fcntl(FdRef fd, FcntlCmd cmd, long arg = 0) noexcept {
  return result<long>(raw(nr::fcntl, fd.get(), static_cast<int>(cmd), arg));
}

// Descriptor flags (F_GETFD/F_SETFD): only FD_CLOEXEC exists.
enum class FdFlags : int {
  None = 0,
  CloseOnExec = 1,
};
SOLO_FLAG_OPERATORS(FdFlags)

inline Result<FdFlags> fcntl_getfd(FdRef fd) noexcept {
  long r = raw(nr::fcntl, fd.get(), static_cast<int>(FcntlCmd::GetFd));
  if (is_error(r)) return static_cast<Errno>(-r);
  return static_cast<FdFlags>(r);
}
inline Result<void> fcntl_setfd(FdRef fd, FdFlags flags) noexcept {
  return result_void(raw(nr::fcntl, fd.get(), static_cast<int>(FcntlCmd::SetFd), to_underlying(flags)));
}

// File status flags (F_GETFL/F_SETFL): the access mode and O_* status flags. F_SETFL changes only Append,
// Async, Direct, NoAtime and NonBlock.
inline Result<OpenFlags> fcntl_getfl(FdRef fd) noexcept {
  long r = raw(nr::fcntl, fd.get(), static_cast<int>(FcntlCmd::GetFl));
  if (is_error(r)) return static_cast<Errno>(-r);
  return static_cast<OpenFlags>(r);
}
inline Result<void> fcntl_setfl(FdRef fd, OpenFlags flags) noexcept {
  return result_void(raw(nr::fcntl, fd.get(), static_cast<int>(FcntlCmd::SetFl), to_underlying(flags)));
}

// The lowest free descriptor >= min_fd, a copy of fd, optionally close-on-exec.
inline Result<Fd> fcntl_dupfd(FdRef fd, int min_fd, bool close_on_exec = true) noexcept {
  auto cmd = close_on_exec ? FcntlCmd::DupFdCloseOnExec : FcntlCmd::DupFd;
  long r = raw(nr::fcntl, fd.get(), static_cast<int>(cmd), min_fd);
  if (is_error(r)) return static_cast<Errno>(-r);
  return Fd(static_cast<int>(r));
}

// Record locks: struct flock64 (uapi asm-generic/fcntl.h), which is struct flock on the 64-bit architectures:
// 64-bit start and length everywhere (arch/<arch>/calls_arch.hpp picks the commands that take it).
enum class LockType : short {
  Read = 0,   // F_RDLCK
  Write = 1,  // F_WRLCK
  Unlock = 2, // F_UNLCK
};

struct Flock {
  LockType l_type = LockType::Unlock;
  short l_whence = 0; // SEEK_SET/CUR/END as numbers (the kernel field is a short)
  long long l_start = 0;
  long long l_len = 0; // 0: to the end of the file, however it grows
  int l_pid = 0;       // F_GETLK: the holder (process-associated locks); OFD locks need 0 here on input
};

// Process-associated locks (F_GETLK/F_SETLK/F_SETLKW): released when the process closes *any* descriptor of
// the file. Open-file-description locks (the Ofd commands) belong to the open file and suit threads.
inline Result<void> fcntl_lock(FdRef fd, FcntlCmd cmd, Flock &lock) noexcept {
  return result_void(arch::calls::fcntl_lock(fd.get(), static_cast<int>(cmd), &lock));
}
inline Result<void> fcntl_getlk(FdRef fd, Flock &lock) noexcept { return fcntl_lock(fd, FcntlCmd::GetLk, lock); }
inline Result<void> fcntl_setlk(FdRef fd, Flock &lock) noexcept { return fcntl_lock(fd, FcntlCmd::SetLk, lock); }
inline Result<void> fcntl_setlkw(FdRef fd, Flock &lock) noexcept { return fcntl_lock(fd, FcntlCmd::SetLkW, lock); }
inline Result<void> fcntl_ofd_getlk(FdRef fd, Flock &lock) noexcept { return fcntl_lock(fd, FcntlCmd::OfdGetLk, lock); }
inline Result<void> fcntl_ofd_setlk(FdRef fd, Flock &lock) noexcept { return fcntl_lock(fd, FcntlCmd::OfdSetLk, lock); }
inline Result<void> fcntl_ofd_setlkw(FdRef fd, Flock &lock) noexcept {
  return fcntl_lock(fd, FcntlCmd::OfdSetLkW, lock);
}

// Pipe capacity: the kernel rounds up to a power-of-two number of pages and returns the size it chose.
inline Result<int> fcntl_getpipe_sz(FdRef fd) noexcept {
  return result<int>(raw(nr::fcntl, fd.get(), static_cast<int>(FcntlCmd::GetPipeSize)));
}
inline Result<int> fcntl_setpipe_sz(FdRef fd, int size) noexcept {
  return result<int>(raw(nr::fcntl, fd.get(), static_cast<int>(FcntlCmd::SetPipeSize), size));
}

// F_SEAL_* for memfds created with MemfdFlags::AllowSealing (uapi linux/fcntl.h).
enum class Seals : int {
  None = 0,
  Seal = 0x01,
  Shrink = 0x02,
  Grow = 0x04,
  Write = 0x08,
  FutureWrite = 0x10,
};
SOLO_FLAG_OPERATORS(Seals)

inline Result<void> fcntl_add_seals(FdRef fd, Seals seals) noexcept {
  return result_void(raw(nr::fcntl, fd.get(), static_cast<int>(FcntlCmd::AddSeals), to_underlying(seals)));
}
inline Result<Seals> fcntl_get_seals(FdRef fd) noexcept {
  long r = raw(nr::fcntl, fd.get(), static_cast<int>(FcntlCmd::GetSeals));
  if (is_error(r)) return static_cast<Errno>(-r);
  return static_cast<Seals>(r);
}

} // namespace solo::sys
