#include <solo/detail/placement_new.hpp>
#include <solo/mem.hpp>
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
  return from_fd(std::move(*fd));
}

Result<Dir> Dir::from_fd(Fd fd) noexcept {
  void *buffer = mem::allocate(buffer_size, alignof(Dirent64));
  if (!buffer) return Errno::ENOMEM; // `fd` closes on the way out
  return Dir(std::move(fd), buffer);
}

// The buffer (with the entries already read into it) changes hands; nothing is copied.
Dir::Dir(Dir &&other) noexcept : fd_(std::move(other.fd_)), entries_(other.entries_), buf_(other.buf_) {
  other.buf_ = nullptr;
}

Dir &Dir::operator=(Dir &&other) noexcept {
  if (this != &other) {
    this->~Dir();
    new (this) Dir(std::move(other));
  }
  return *this;
}

Dir::~Dir() {
  if (buf_) mem::release(buf_, buffer_size);
}

} // namespace solo::sys
