// Descriptor calls under the EINTR policy (solo/io/retry.hpp).
#include <solo/io/retry.hpp>

namespace solo::io {

using detail::resume;

Result<size_t> read(FdRef fd, void *buf, size_t count) noexcept {
  return sys::result<size_t>(resume([&] { return detail::cancellable(sys::nr::read, fd, buf, count); }));
}

Result<size_t> write(FdRef fd, const void *buf, size_t count) noexcept {
  return sys::result<size_t>(resume([&] { return detail::cancellable(sys::nr::write, fd, buf, count); }));
}

Result<size_t> readv(FdRef fd, const sys::Iovec *iov, int iovcnt) noexcept {
  return sys::result<size_t>(resume([&] { return detail::cancellable(sys::nr::readv, fd, iov, iovcnt); }));
}

Result<size_t> writev(FdRef fd, const sys::Iovec *iov, int iovcnt) noexcept {
  return sys::result<size_t>(resume([&] { return detail::cancellable(sys::nr::writev, fd, iov, iovcnt); }));
}

Result<Fd> openat(FdRef dirfd, CStr path, sys::OpenFlags flags, unsigned mode) noexcept {
  return sys::result_fd(resume([&] {
    return detail::cancellable(sys::nr::openat, dirfd, path, static_cast<unsigned>(flags) | arch::open_implied, mode);
  }));
}

Result<void> flock(FdRef fd, sys::FlockOp op) noexcept {
  return sys::result_void(resume([&] { return detail::cancellable(sys::nr::flock, fd, to_underlying(op)); }));
}

} // namespace solo::io
