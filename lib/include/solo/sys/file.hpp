// Typed file-descriptor system calls: opening, closing, duplicating, pipes, memfd, ioctl, flock.
// Each is one system call: no retry, no policy (solo::io adds that).
//
// Descriptors: every call that creates a descriptor returns an owning solo::Fd (closed when it goes out of
// scope; `release()` keeps it open); every call that uses one takes a borrowed solo::FdRef, which a plain int,
// an Fd and at_fdcwd all convert to. Paths are solo::CStr, so the terminating NUL is never in doubt.
#pragma once

#include <open_flags_arch.hpp>
#include <solo/cstr.hpp>
#include <solo/fd.hpp>
#include <solo/flags.hpp>
#include <solo/sys/raw.hpp>
#include <solo/sys/rw.hpp> // read and write came from here first

namespace solo::sys {

// Flags for openat/openat2 and F_GETFL/F_SETFL (uapi asm-generic/fcntl.h). Direct, LargeFile, Directory and
// NoFollow have other values on arm64, so they come from arch/<arch>/open_flags_arch.hpp.
enum class OpenFlags : unsigned {
  ReadOnly = 00,
  WriteOnly = 01,
  ReadWrite = 02,
  AccessMode = 03,
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
  Sync = 04010000, // __O_SYNC | O_DSYNC
  Path = 010000000,
  TmpFile = 020000000 | arch::open_directory, // __O_TMPFILE | O_DIRECTORY
};
SOLO_FLAG_OPERATORS(OpenFlags)

// The "current directory" pseudo-descriptor for the *at calls (AT_FDCWD).
inline constexpr int at_fdcwd = -100;

// AT_* flags of the *at calls (uapi linux/fcntl.h). AT_REMOVEDIR and AT_EACCESS share 0x200, so unlinkat and
// faccessat2 take their own enums instead of this one.
enum class AtFlags : unsigned {
  None = 0,
  SymlinkNoFollow = 0x100,
  SymlinkFollow = 0x400,
  NoAutomount = 0x800,
  EmptyPath = 0x1000,
  StatxForceSync = 0x2000,
  StatxDontSync = 0x4000,
  Recursive = 0x8000,
};
SOLO_FLAG_OPERATORS(AtFlags)

inline Result<Fd> openat(FdRef dirfd, CStr path, OpenFlags flags, unsigned mode = 0) noexcept {
  long r = raw(nr::openat, dirfd.get(), path.c_str(), to_underlying(flags) | arch::open_implied, mode);
  if (is_error(r)) return static_cast<Errno>(-r);
  return Fd(static_cast<int>(r));
}

// RESOLVE_* flags of openat2 (uapi linux/openat2.h).
enum class ResolveFlags : unsigned long long {
  None = 0,
  NoXdev = 0x01,
  NoMagicLinks = 0x02,
  NoSymlinks = 0x04,
  Beneath = 0x08,
  InRoot = 0x10,
  Cached = 0x20,
};
SOLO_FLAG_OPERATORS(ResolveFlags)

// struct open_how: three 64-bit fields; the kernel rejects unknown flag bits and a mode without Create/TmpFile.
struct OpenHow {
  unsigned long long flags = 0;
  unsigned long long mode = 0;
  unsigned long long resolve = 0;

  constexpr OpenHow() noexcept = default;
  constexpr OpenHow(OpenFlags f, unsigned m = 0, ResolveFlags r = ResolveFlags::None) noexcept
      : flags(to_underlying(f)), mode(m), resolve(to_underlying(r)) {}
};

inline Result<Fd> openat2(FdRef dirfd, CStr path, const OpenHow &how) noexcept {
  long r = raw(nr::openat2, dirfd.get(), path.c_str(), &how, sizeof(OpenHow));
  if (is_error(r)) return static_cast<Errno>(-r);
  return Fd(static_cast<int>(r));
}

// Never retry close: on Linux the descriptor is released even when close reports EINTR.
inline Result<void> close(FdRef fd) noexcept { return result_void(raw(nr::close, fd.get())); }

enum class CloseRangeFlags : unsigned {
  None = 0,
  Unshare = 1u << 1,
  CloseOnExec = 1u << 2, // mark the range close-on-exec instead of closing it
};
SOLO_FLAG_OPERATORS(CloseRangeFlags)

// Closes (or marks) every descriptor in [first, last]; last = ~0u means "to the end".
inline Result<void> close_range(unsigned first, unsigned last, CloseRangeFlags flags = CloseRangeFlags::None) noexcept {
  return result_void(raw(nr::close_range, first, last, to_underlying(flags)));
}

inline Result<Fd> dup(FdRef fd) noexcept {
  long r = raw(nr::dup, fd.get());
  if (is_error(r)) return static_cast<Errno>(-r);
  return Fd(static_cast<int>(r));
}

// dup3 places a copy at a number the caller chose (often 0, 1 or 2), so it returns nothing to own: the
// caller already knows `newfd`. Only OpenFlags::CloseOnExec is accepted; oldfd == newfd is EINVAL.
// This is also dup2 on every architecture (aarch64 and riscv64 have no dup2).
inline Result<void> dup3(FdRef oldfd, FdRef newfd, OpenFlags flags = OpenFlags::ReadOnly) noexcept {
  return result_void(raw(nr::dup3, oldfd.get(), newfd.get(), to_underlying(flags)));
}

// Both ends of a pipe, each owned.
struct Pipe {
  Fd read;
  Fd write;
};

// The kernel's own shape: two plain descriptors the caller closes.
inline Result<void> pipe2(int (&fds)[2], OpenFlags flags = OpenFlags::ReadOnly) noexcept {
  return result_void(raw(nr::pipe2, fds, to_underlying(flags)));
}

// Flags: CloseOnExec, NonBlock, Direct (packet mode). Built on pipe2, which every architecture has.
inline Result<Pipe> pipe2(OpenFlags flags = OpenFlags::ReadOnly) noexcept {
  int fds[2];
  long r = raw(nr::pipe2, fds, to_underlying(flags));
  if (is_error(r)) return static_cast<Errno>(-r);
  return Pipe{Fd(fds[0]), Fd(fds[1])};
}

// MFD_* flags of memfd_create (uapi linux/memfd.h).
enum class MemfdFlags : unsigned {
  None = 0,
  CloseOnExec = 1,
  AllowSealing = 2,
  HugeTlb = 4,
};
SOLO_FLAG_OPERATORS(MemfdFlags)

inline Result<Fd> memfd_create(CStr name, MemfdFlags flags = MemfdFlags::CloseOnExec) noexcept {
  long r = raw(nr::memfd_create, name.c_str(), to_underlying(flags));
  if (is_error(r)) return static_cast<Errno>(-r);
  return Fd(static_cast<int>(r));
}

// ioctl: the request decides what the argument is, so the argument stays untyped (a pointer or an integer).
// A few requests every tool needs, identical on the three architectures (asm-generic/ioctls.h, x86 uses it too):
inline constexpr unsigned long ioctl_tcgets = 0x5401;     // TCGETS: termios of a terminal; ENOTTY otherwise
inline constexpr unsigned long ioctl_tiocgwinsz = 0x5413; // TIOCGWINSZ: terminal window size
inline constexpr unsigned long ioctl_fionread = 0x541B;   // FIONREAD: bytes ready to read, into an int
inline constexpr unsigned long ioctl_fionbio = 0x5421;    // FIONBIO: set/clear non-blocking from an int
inline constexpr unsigned long ioctl_fioclex = 0x5451;    // FIOCLEX: set close-on-exec
inline constexpr unsigned long ioctl_fionclex = 0x5450;   // FIONCLEX: clear close-on-exec

template <class Arg = long> inline Result<long> ioctl(FdRef fd, unsigned long request, Arg arg = 0) noexcept {
  return result<long>(raw(nr::ioctl, fd.get(), request, arg));
}

// flock(2) operations (LOCK_* in uapi asm-generic/fcntl.h).
enum class FlockOp : unsigned {
  Shared = 1,
  Exclusive = 2,
  NonBlock = 4, // or-ed with Shared/Exclusive: EWOULDBLOCK instead of waiting
  Unlock = 8,
};
SOLO_FLAG_OPERATORS(FlockOp)

inline Result<void> flock(FdRef fd, FlockOp op) noexcept {
  return result_void(raw(nr::flock, fd.get(), to_underlying(op)));
}

} // namespace solo::sys
