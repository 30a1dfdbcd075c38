// Typed file and descriptor system calls. Each is one system call: no retry, no policy (see solo::io for that).
#pragma once

#include <open_flags_arch.hpp>
#include <solo/sys/raw.hpp>

namespace solo::sys {

// Flags for openat. The values of Directory, NoFollow, Direct and LargeFile differ between architectures,
// so they come from arch/<arch>/open_flags_arch.hpp.
enum class OpenFlags : unsigned {
  ReadOnly = 00,
  WriteOnly = 01,
  ReadWrite = 02,
  Create = 0100,
  Exclusive = 0200,
  NoCtty = 0400,
  Truncate = 01000,
  Append = 02000,
  NonBlock = 04000,
  DataSync = 010000,
  Async = 020000,
  Direct = arch::open_direct,
  LargeFile = arch::open_largefile,
  Directory = arch::open_directory,
  NoFollow = arch::open_nofollow,
  NoAtime = 01000000,
  CloseOnExec = 02000000,
  Sync = 04010000,
  Path = 010000000,
  TmpFile = 020000000 | arch::open_directory,
};
constexpr OpenFlags operator|(OpenFlags a, OpenFlags b) noexcept {
  return static_cast<OpenFlags>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}
constexpr OpenFlags operator&(OpenFlags a, OpenFlags b) noexcept {
  return static_cast<OpenFlags>(static_cast<unsigned>(a) & static_cast<unsigned>(b));
}

// The "current directory" pseudo-descriptor for the *at calls.
inline constexpr int at_fdcwd = -100;

inline Result<size_t> read(int fd, void *buf, size_t count) noexcept {
  return result<size_t>(raw(nr::read, fd, buf, count));
}

inline Result<size_t> write(int fd, const void *buf, size_t count) noexcept {
  return result<size_t>(raw(nr::write, fd, buf, count));
}

inline Result<int> openat(int dirfd, const char *path, OpenFlags flags, unsigned mode = 0) noexcept {
  return result<int>(raw(nr::openat, dirfd, path, static_cast<unsigned>(flags), mode));
}

// Never retry close: on Linux the descriptor is released even when close reports EINTR.
inline Result<void> close(int fd) noexcept { return result_void(raw(nr::close, fd)); }

inline Result<void> pipe2(int fds[2], OpenFlags flags = OpenFlags::ReadOnly) noexcept {
  return result_void(raw(nr::pipe2, fds, static_cast<unsigned>(flags)));
}

} // namespace solo::sys
