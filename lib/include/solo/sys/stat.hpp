// File status and attributes: newfstatat/fstat (Stat, whose layout is per architecture), statx (Statx, the
// same everywhere), faccessat2, fchmod/fchmodat, fchown/fchownat, utimensat, umask, and mode-bit helpers.
#pragma once

#include <solo/sys/file.hpp>
#include <solo/sys/statx.hpp>
#include <solo/timespec.hpp>
#include <stat_arch.hpp>

namespace solo::sys {

using uid_t = unsigned int;
using gid_t = unsigned int;

// struct stat as the kernel writes it on this architecture (arch/<arch>/stat_arch.hpp).
using Stat = arch::Stat;

// File types and permission bits of st_mode (uapi linux/stat.h).
enum class FileType : unsigned {
  Fifo = 0010000,
  CharDevice = 0020000,
  Directory = 0040000,
  BlockDevice = 0060000,
  Regular = 0100000,
  Symlink = 0120000,
  Socket = 0140000,
};
inline constexpr unsigned mode_type_mask = 0170000; // S_IFMT
inline constexpr unsigned mode_set_uid = 04000;
inline constexpr unsigned mode_set_gid = 02000;
inline constexpr unsigned mode_sticky = 01000;
inline constexpr unsigned mode_permissions = 07777;

constexpr FileType file_type(unsigned mode) noexcept { return static_cast<FileType>(mode & mode_type_mask); }
constexpr bool is_directory(unsigned mode) noexcept { return file_type(mode) == FileType::Directory; }
constexpr bool is_regular(unsigned mode) noexcept { return file_type(mode) == FileType::Regular; }
constexpr bool is_symlink(unsigned mode) noexcept { return file_type(mode) == FileType::Symlink; }

inline Result<void> statx(FdRef dirfd, CStr path, AtFlags flags, StatxMask mask, Statx &out) noexcept {
  return result_void(raw(nr::statx, dirfd.get(), path.c_str(), to_underlying(flags), to_underlying(mask), &out));
}

// Through statx on the architectures whose kernel stat has 32-bit times (arch/<arch>/calls_arch.hpp).
inline Result<void> fstat(FdRef fd, Stat &st) noexcept { return result_void(arch::calls::fstat(fd.get(), &st)); }

// stat is newfstatat(at_fdcwd, path, st); lstat adds AtFlags::SymlinkNoFollow; fstat is also
// newfstatat(fd, "", st, AtFlags::EmptyPath).
inline Result<void> newfstatat(FdRef dirfd, CStr path, Stat &st, AtFlags flags = AtFlags::None) noexcept {
  return result_void(arch::calls::fstatat(dirfd.get(), path.c_str(), &st, to_underlying(flags)));
}

// faccessat2's mode (F_OK/X_OK/W_OK/R_OK) and flags. AccessFlags::EAccess (AT_EACCESS) shares its value with
// AT_REMOVEDIR, which is why it is not an AtFlags.
enum class AccessMode : int {
  Exists = 0,
  Execute = 1,
  Write = 2,
  Read = 4,
};
SOLO_FLAG_OPERATORS(AccessMode)

enum class AccessFlags : int {
  None = 0,
  SymlinkNoFollow = 0x100,
  EAccess = 0x200, // check with the effective ids instead of the real ones
  EmptyPath = 0x1000,
};
SOLO_FLAG_OPERATORS(AccessFlags)

inline Result<void> faccessat2(FdRef dirfd, CStr path, AccessMode mode,
                               AccessFlags flags = AccessFlags::None) noexcept {
  return result_void(raw(nr::faccessat2, dirfd.get(), path.c_str(), to_underlying(mode), to_underlying(flags)));
}

inline Result<void> fchmod(FdRef fd, unsigned mode) noexcept { return result_void(raw(nr::fchmod, fd.get(), mode)); }

// The system call has no flags argument (that is fchmodat2, Linux 6.6): symlinks are always followed.
inline Result<void> fchmodat(FdRef dirfd, CStr path, unsigned mode) noexcept {
  return result_void(raw(nr::fchmodat, dirfd.get(), path.c_str(), mode));
}

// An id of -1 (as unsigned: ~0u) leaves that id unchanged.
inline constexpr unsigned id_unchanged = ~0u;

inline Result<void> fchown(FdRef fd, uid_t owner, gid_t group) noexcept {
  return result_void(raw(idnr::fchown, fd.get(), owner, group));
}

inline Result<void> fchownat(FdRef dirfd, CStr path, uid_t owner, gid_t group, AtFlags flags = AtFlags::None) noexcept {
  return result_void(raw(nr::fchownat, dirfd.get(), path.c_str(), owner, group, to_underlying(flags)));
}

// Special tv_nsec values for utimensat: "now" and "leave this one alone".
inline constexpr long utime_now = (1L << 30) - 1;
inline constexpr long utime_omit = (1L << 30) - 2;

// times[0] is the access time, times[1] the modification time; times == nullptr sets both to now.
inline Result<void> utimensat(FdRef dirfd, CStr path, const Timespec *times, AtFlags flags = AtFlags::None) noexcept {
  return result_void(raw(tnr::utimensat, dirfd.get(), path.c_str(), times, to_underlying(flags)));
}
// With no path the descriptor itself is changed (what libc calls futimens).
inline Result<void> utimensat(FdRef fd, decltype(nullptr), const Timespec *times,
                              AtFlags flags = AtFlags::None) noexcept {
  return result_void(raw(tnr::utimensat, fd.get(), nullptr, times, to_underlying(flags)));
}

// Sets the file-creation mask and returns the previous one; cannot fail.
inline unsigned umask(unsigned mask) noexcept { return static_cast<unsigned>(raw(nr::umask, mask & 0777)); }

} // namespace solo::sys
