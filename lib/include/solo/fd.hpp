// File descriptors as types: FdRef borrows a descriptor (what system calls take), Fd owns one and closes it
// when it goes out of scope. A plain int converts to FdRef, so sys::read(0, ...) still reads stdin.
#pragma once

#include <solo/sys/raw.hpp>

namespace solo {

class FdRef {
public:
  constexpr FdRef(int fd) noexcept : fd_(fd) {}
  constexpr int get() const noexcept { return fd_; }

private:
  int fd_;
};

class [[nodiscard]] Fd {
public:
  constexpr Fd() noexcept = default;
  constexpr explicit Fd(int fd) noexcept : fd_(fd) {}
  Fd(Fd &&other) noexcept : fd_(other.release()) {}
  Fd &operator=(Fd &&other) noexcept {
    if (this != &other) reset(other.release());
    return *this;
  }
  Fd(const Fd &) = delete;
  Fd &operator=(const Fd &) = delete;
  ~Fd() { reset(); }

  constexpr int get() const noexcept { return fd_; }
  constexpr bool valid() const noexcept { return fd_ >= 0; }
  constexpr explicit operator bool() const noexcept { return valid(); }
  constexpr operator FdRef() const noexcept { return FdRef(fd_); }

  // Gives the descriptor up without closing it.
  int release() noexcept {
    int fd = fd_;
    fd_ = -1;
    return fd;
  }
  // Closes now and reports what close said. Never retried: Linux releases the descriptor even on EINTR.
  Result<void> close() noexcept { return sys::result_void(sys::raw(sys::nr::close, release())); }

private:
  void reset(int fd = -1) noexcept {
    if (fd_ >= 0) (void)sys::raw(sys::nr::close, fd_);
    fd_ = fd;
  }

  int fd_ = -1;
};

namespace sys {
// The result of a call that creates a descriptor: an owning Fd, or the error.
inline Result<Fd> result_fd(long ret) noexcept {
  if (is_error(ret)) return static_cast<Errno>(-ret);
  return Fd(static_cast<int>(ret));
}
} // namespace sys

} // namespace solo
