// Socket calls under the EINTR policy (solo/io/retry.hpp), with the typed layer's types (solo/sys/socket.hpp).
#include <solo/io/retry.hpp>

namespace solo::io {

using detail::resume;

Result<Fd> accept4(FdRef fd, sys::SocketAddress *peer, sys::SocketFlags flags) noexcept {
  return sys::result_fd(resume([&] {
    if (peer) peer->prepare_to_receive(); // the length is value-result: set again for every attempt
    return detail::cancellable(sys::nr::accept4, fd, peer ? peer->data() : nullptr, peer ? peer->length_ptr() : nullptr,
                               static_cast<int>(flags));
  }));
}

Result<size_t> recvfrom(FdRef fd, void *buf, size_t len, sys::MsgFlags flags, sys::SocketAddress *src) noexcept {
  return sys::result<size_t>(resume([&] {
    if (src) src->prepare_to_receive();
    return detail::cancellable(sys::nr::recvfrom, fd, buf, len, static_cast<int>(flags), src ? src->data() : nullptr,
                               src ? src->length_ptr() : nullptr);
  }));
}

Result<size_t> sendto(FdRef fd, const void *buf, size_t len, sys::MsgFlags flags,
                      const sys::SocketAddress *dest) noexcept {
  return sys::result<size_t>(resume([&] {
    return detail::cancellable(sys::nr::sendto, fd, buf, len, static_cast<int>(flags), dest ? dest->data() : nullptr,
                               dest ? dest->length() : 0);
  }));
}

Result<size_t> recvmsg(FdRef fd, sys::Msghdr &msg, sys::MsgFlags flags) noexcept {
  return sys::result<size_t>(
      resume([&] { return detail::cancellable(sys::nr::recvmsg, fd, &msg, static_cast<int>(flags)); }));
}

Result<size_t> sendmsg(FdRef fd, const sys::Msghdr &msg, sys::MsgFlags flags) noexcept {
  return sys::result<size_t>(
      resume([&] { return detail::cancellable(sys::nr::sendmsg, fd, &msg, static_cast<int>(flags)); }));
}

Result<void> connect(FdRef fd, const sys::SocketAddress &addr) noexcept {
  return io::connect(fd, addr.data(), addr.length());
}

Result<void> connect(FdRef fd, const void *addr, sys::socklen_t addrlen) noexcept {
  if (signal::interrupt_requested()) return Errno::EINTR;
  long r = detail::cancellable(sys::nr::connect, fd, addr, addrlen);
  if (r != detail::eintr) return sys::result_void(r);
  // The handshake goes on without us: wait until the socket is writable, then ask how it ended.
  sys::Pollfd p{fd.get(), sys::PollEvents::Out, sys::PollEvents::None};
  if (auto ready = io::poll(&p, 1, -1); !ready) return ready.error();
  auto error = sys::getsockopt(fd, sys::sockopt::error);
  if (!error) return error.error();
  if (*error != 0) return static_cast<Errno>(*error);
  return {};
}

} // namespace solo::io
