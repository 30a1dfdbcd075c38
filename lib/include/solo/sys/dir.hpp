// Directories and names: getdents64 and a range-for over a directory's entries, mkdirat, mknodat, unlinkat,
// renameat2, linkat, symlinkat, readlinkat, chdir, fchdir, getcwd, chroot. Only the *at forms exist on
// aarch64 and riscv64, so they are the only forms here: mkdir(p) is mkdirat(at_fdcwd, p, mode).
#pragma once

#include <solo/sys/file.hpp>

namespace solo::sys {

// struct linux_dirent64 as getdents64 writes it: records of d_reclen bytes (8-byte aligned), each a name
// with its NUL. The kernel has no uapi header for it; tests/abi checks it against the C library's dirent64.
// A record holds only as much of d_name as its name needs: read the name up to its NUL, never past d_reclen.
// (d_name has the C library's 256 bytes rather than a flexible array, which ISO C++ does not have.)
struct Dirent64 {
  unsigned long long d_ino;
  long long d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[256];
};

// Fills `buf` with whole records and returns the number of bytes used; 0 at the end of the directory,
// EINVAL when the buffer cannot hold even one record.
inline Result<size_t> getdents64(FdRef fd, void *buf, size_t size) noexcept {
  return result<size_t>(raw(nr::getdents64, fd.get(), buf, size));
}

// DT_* values of d_type. Unknown means the file system did not say: ask newfstatat.
enum class DirType : unsigned char {
  Unknown = 0,
  Fifo = 1,
  CharDevice = 2,
  Directory = 4,
  BlockDevice = 6,
  Regular = 8,
  Symlink = 10,
  Socket = 12,
  Whiteout = 14,
};

// One entry, pointing into the buffer it came from: valid until the next refill of that buffer.
struct DirEntry {
  unsigned long long ino = 0;
  DirType type = DirType::Unknown;
  const char *name_ = "";

  CStr name() const noexcept { return CStr(name_); }
  // "." and "..", which most walkers skip.
  bool is_dot_or_dotdot() const noexcept {
    return name_[0] == '.' && (name_[1] == '\0' || (name_[1] == '.' && name_[2] == '\0'));
  }
};

// Reads a directory through a caller-provided buffer, calling getdents64 again whenever the buffer is used up.
// `for (DirEntry e : entries)` visits every entry ("." and ".." included, in the kernel's order); the loop also
// ends on an error, which error() then reports.
class DirEntries {
public:
  DirEntries(FdRef fd, void *buf, size_t size) noexcept
      : fd_(fd), buf_(static_cast<unsigned char *>(buf)), capacity_(size) {}

  // The next entry into `out`: true, false at the end, or the error of the getdents64 that failed.
  Result<bool> next(DirEntry &out) noexcept;
  Errno error() const noexcept { return error_; }

  struct End {};
  class Iterator {
  public:
    explicit Iterator(DirEntries *d) noexcept : d_(d) { advance(); }
    const DirEntry &operator*() const noexcept { return entry_; }
    const DirEntry *operator->() const noexcept { return &entry_; }
    Iterator &operator++() noexcept {
      advance();
      return *this;
    }
    bool operator!=(End) const noexcept { return !done_; }
    bool operator==(End) const noexcept { return done_; }

  private:
    void advance() noexcept {
      auto r = d_->next(entry_);
      done_ = !r || !*r;
    }
    DirEntries *d_;
    DirEntry entry_;
    bool done_ = false;
  };
  Iterator begin() noexcept { return Iterator(this); }
  End end() const noexcept { return {}; }

private:
  FdRef fd_;
  unsigned char *buf_;
  size_t capacity_;
  size_t pos_ = 0;
  size_t len_ = 0;
  Errno error_ = Errno(0);
  bool at_end_ = false;
};

// An open directory with its own buffer: `auto d = sys::Dir::open(at_fdcwd, "/tmp"); for (auto e : *d) ...`
// The buffer is on the heap (solo::mem), so a Dir costs a few words wherever it lives: a recursive walk keeps
// one per level on the stack, and a tree thousands of levels deep is no problem. Opening reports ENOMEM when
// the buffer cannot be had (and then closes the descriptor).
class Dir {
public:
  static constexpr size_t buffer_size = 8192;

  static Result<Dir> open(FdRef dirfd, CStr path) noexcept;
  // A directory descriptor already open (for instance with OpenFlags::NoFollow); it is closed on ENOMEM too.
  static Result<Dir> from_fd(Fd fd) noexcept;
  Dir(Dir &&other) noexcept;
  Dir &operator=(Dir &&other) noexcept;
  ~Dir();

  DirEntries::Iterator begin() noexcept { return entries_.begin(); }
  DirEntries::End end() const noexcept { return {}; }
  Result<bool> next(DirEntry &out) noexcept { return entries_.next(out); }
  Errno error() const noexcept { return entries_.error(); }
  FdRef fd() const noexcept { return fd_; }

private:
  Dir(Fd fd, void *buffer) noexcept : fd_(std::move(fd)), entries_(fd_, buffer, buffer_size), buf_(buffer) {}

  Fd fd_;
  DirEntries entries_;
  void *buf_; // buffer_size bytes from solo::mem, 16-byte aligned; null once moved from
};

inline Result<void> mkdirat(FdRef dirfd, CStr path, unsigned mode) noexcept {
  return result_void(raw(nr::mkdirat, dirfd.get(), path.c_str(), mode));
}

// mode holds the file type (FileType bits) and permissions; dev matters only for devices.
inline Result<void> mknodat(FdRef dirfd, CStr path, unsigned mode, unsigned dev = 0) noexcept {
  return result_void(raw(nr::mknodat, dirfd.get(), path.c_str(), mode, dev));
}

enum class UnlinkFlags : int {
  None = 0,
  RemoveDir = 0x200, // AT_REMOVEDIR: rmdir instead of unlink
};
SOLO_FLAG_OPERATORS(UnlinkFlags)

inline Result<void> unlinkat(FdRef dirfd, CStr path, UnlinkFlags flags = UnlinkFlags::None) noexcept {
  return result_void(raw(nr::unlinkat, dirfd.get(), path.c_str(), to_underlying(flags)));
}

// RENAME_* (uapi linux/fs.h).
enum class RenameFlags : unsigned {
  None = 0,
  NoReplace = 1,
  Exchange = 2,
  Whiteout = 4,
};
SOLO_FLAG_OPERATORS(RenameFlags)

// renameat2 is the rename every architecture has (aarch64 and riscv64 have no rename or renameat).
inline Result<void> renameat2(FdRef olddirfd, CStr oldpath, FdRef newdirfd, CStr newpath,
                              RenameFlags flags = RenameFlags::None) noexcept {
  return result_void(
      raw(nr::renameat2, olddirfd.get(), oldpath.c_str(), newdirfd.get(), newpath.c_str(), to_underlying(flags)));
}

// Flags: AtFlags::SymlinkFollow (link to what a symlink points at), AtFlags::EmptyPath (link an open fd).
inline Result<void> linkat(FdRef olddirfd, CStr oldpath, FdRef newdirfd, CStr newpath,
                           AtFlags flags = AtFlags::None) noexcept {
  return result_void(
      raw(nr::linkat, olddirfd.get(), oldpath.c_str(), newdirfd.get(), newpath.c_str(), to_underlying(flags)));
}

inline Result<void> symlinkat(CStr target, FdRef newdirfd, CStr linkpath) noexcept {
  return result_void(raw(nr::symlinkat, target.c_str(), newdirfd.get(), linkpath.c_str()));
}

// The link's text, not NUL-terminated, truncated to `size`: a result equal to `size` may be truncated.
inline Result<size_t> readlinkat(FdRef dirfd, CStr path, char *buf, size_t size) noexcept {
  return result<size_t>(raw(nr::readlinkat, dirfd.get(), path.c_str(), buf, size));
}

inline Result<void> chdir(CStr path) noexcept { return result_void(raw(nr::chdir, path.c_str())); }
inline Result<void> fchdir(FdRef fd) noexcept { return result_void(raw(nr::fchdir, fd.get())); }
inline Result<void> chroot(CStr path) noexcept { return result_void(raw(nr::chroot, path.c_str())); }

// Writes the NUL-terminated working directory into buf and returns its length *including* the NUL (the raw
// system call's answer); ERANGE when it does not fit.
inline Result<size_t> getcwd(char *buf, size_t size) noexcept { return result<size_t>(raw(nr::getcwd, buf, size)); }

} // namespace solo::sys
