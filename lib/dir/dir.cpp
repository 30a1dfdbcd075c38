#include <solo/sys/dir.hpp>

namespace solo::sys {

Result<bool> DirEntries::next(DirEntry &out) noexcept {
  if (pos_ >= len_) {
    if (at_end_ || error_ != Errno(0)) return error_ != Errno(0) ? Result<bool>(error_) : Result<bool>(false);
    auto n = getdents64(fd_, buf_, capacity_);
    if (!n) {
      error_ = n.error();
      return error_;
    }
    pos_ = 0;
    len_ = *n;
    if (len_ == 0) {
      at_end_ = true;
      return false;
    }
  }
  // Records are 8-byte aligned inside a buffer that is itself aligned, so the cast is to a real object.
  const auto *d = reinterpret_cast<const Dirent64 *>(buf_ + pos_);
  pos_ += d->d_reclen;
  out.ino = d->d_ino;
  out.type = static_cast<DirType>(d->d_type);
  out.name_ = d->d_name;
  return true;
}

Result<Dir> Dir::open(FdRef dirfd, CStr path) noexcept {
  auto fd = openat(dirfd, path, OpenFlags::ReadOnly | OpenFlags::Directory | OpenFlags::CloseOnExec);
  if (!fd) return fd.error();
  return Dir(std::move(*fd));
}

// The entries already read move along with the buffer; only the pointer into it must follow.
Dir::Dir(Dir &&other) noexcept : fd_(std::move(other.fd_)), entries_(other.entries_) {
  __builtin_memcpy(buf_, other.buf_, buffer_size);
  entries_.rebind(buf_);
}

} // namespace solo::sys
