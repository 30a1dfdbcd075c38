// Socket calls under the EINTR policy (solo/io/retry.hpp).
#include <solo/io/retry.hpp>

namespace solo::io {

using detail::resume;

Result<Fd> accept4(FdRef fd, void *address, unsigned *address_size, int flags) noexcept {
  return sys::result_fd(
      resume([&] { return detail::cancellable(sys::nr::accept4, fd, address, address_size, flags); }));
}

Result<size_t> recvfrom(FdRef fd, void *buf, size_t count, int flags, void *address, unsigned *address_size) noexcept {
  return sys::result<size_t>(
      resume([&] { return detail::cancellable(sys::nr::recvfrom, fd, buf, count, flags, address, address_size); }));
}

Result<size_t> sendto(FdRef fd, const void *buf, size_t count, int flags, const void *address,
                      unsigned address_size) noexcept {
  return sys::result<size_t>(
      resume([&] { return detail::cancellable(sys::nr::sendto, fd, buf, count, flags, address, address_size); }));
}

Result<size_t> recvmsg(FdRef fd, void *message, int flags) noexcept {
  return sys::result<size_t>(resume([&] { return detail::cancellable(sys::nr::recvmsg, fd, message, flags); }));
}

Result<size_t> sendmsg(FdRef fd, const void *message, int flags) noexcept {
  return sys::result<size_t>(resume([&] { return detail::cancellable(sys::nr::sendmsg, fd, message, flags); }));
}

Result<void> connect(FdRef fd, const void *address, unsigned address_size) noexcept {
  if (signal::interrupt_requested()) return Errno::EINTR;
  long r = detail::cancellable(sys::nr::connect, fd, address, address_size);
  if (r != detail::eintr) return sys::result_void(r);
  // The handshake goes on without us: wait until the socket is writable, then ask how it ended.
  PollFd p{fd.get(), sys::PollEvents::Out, sys::PollEvents::None};
  if (auto ready = poll(&p, 1, -1); !ready) return ready.error();
  int error = 0;
  unsigned size = sizeof error;
  constexpr int sol_socket = 1, so_error = 4; // the same on all three architectures (asm-generic/socket.h)
  if (auto g = sys::result_void(sys::raw(sys::nr::getsockopt, fd, sol_socket, so_error, &error, &size)); !g)
    return g.error();
  if (error != 0) return static_cast<Errno>(error);
  return {};
}

} // namespace solo::io
