// The classic path calls (open, stat, mkdir, rename, dup2, pipe, ...). aarch64 and riscv64 never had them, only
// the *at forms, and x86-64 keeps them for compatibility: here each is built on the call every architecture
// has, relative to the current directory, so a program reads the same and runs the same on all three.
#pragma once

#include <solo/sys/dir.hpp>
#include <solo/sys/fcntl.hpp>
#include <solo/sys/stat.hpp>

namespace solo::sys {

inline Result<Fd> open(CStr path, OpenFlags flags, unsigned mode = 0) noexcept {
  return openat(at_fdcwd, path, flags, mode);
}

inline Result<void> stat(CStr path, Stat &st) noexcept { return newfstatat(at_fdcwd, path, st); }
inline Result<void> lstat(CStr path, Stat &st) noexcept {
  return newfstatat(at_fdcwd, path, st, AtFlags::SymlinkNoFollow);
}

// access() checks with the real ids, as faccessat without flags does (faccessat2 adds the flags).
inline Result<void> access(CStr path, AccessMode mode) noexcept {
  return result_void(raw(nr::faccessat, at_fdcwd, path.c_str(), to_underlying(mode)));
}

inline Result<void> mkdir(CStr path, unsigned mode) noexcept { return mkdirat(at_fdcwd, path, mode); }
inline Result<void> rmdir(CStr path) noexcept { return unlinkat(at_fdcwd, path, UnlinkFlags::RemoveDir); }
inline Result<void> unlink(CStr path) noexcept { return unlinkat(at_fdcwd, path); }
inline Result<void> rename(CStr oldpath, CStr newpath) noexcept {
  return renameat2(at_fdcwd, oldpath, at_fdcwd, newpath);
}
inline Result<void> link(CStr oldpath, CStr newpath) noexcept { return linkat(at_fdcwd, oldpath, at_fdcwd, newpath); }
inline Result<void> symlink(CStr target, CStr linkpath) noexcept { return symlinkat(target, at_fdcwd, linkpath); }
inline Result<size_t> readlink(CStr path, char *buf, size_t size) noexcept {
  return readlinkat(at_fdcwd, path, buf, size);
}
inline Result<void> mknod(CStr path, unsigned mode, unsigned dev = 0) noexcept {
  return mknodat(at_fdcwd, path, mode, dev);
}
inline Result<void> chmod(CStr path, unsigned mode) noexcept { return fchmodat(at_fdcwd, path, mode); }
inline Result<void> chown(CStr path, uid_t owner, gid_t group) noexcept {
  return fchownat(at_fdcwd, path, owner, group);
}
inline Result<void> lchown(CStr path, uid_t owner, gid_t group) noexcept {
  return fchownat(at_fdcwd, path, owner, group, AtFlags::SymlinkNoFollow);
}

// dup2 differs from dup3 when both numbers are equal: it checks that oldfd is open and does nothing else
// (dup3 says EINVAL). newfd is the caller's number, so nothing is returned to own.
inline Result<void> dup2(FdRef oldfd, FdRef newfd) noexcept {
  if (oldfd.get() == newfd.get()) {
    auto r = fcntl_getfd(oldfd);
    return r ? Result<void>() : Result<void>(r.error());
  }
  return dup3(oldfd, newfd);
}

inline Result<Pipe> pipe() noexcept { return pipe2(); }

} // namespace solo::sys
