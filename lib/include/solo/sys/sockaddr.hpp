// Socket addresses: the kernel's sockaddr structs for unix, IPv4 and IPv6, and SocketAddress, which holds any
// of them together with the length the kernel needs.
#pragma once

#include <solo/byteorder.hpp>
#include <solo/net/inet.hpp>
#include <solo/result.hpp>
#include <solo/string_view.hpp>

namespace solo::sys {

using socklen_t = uint32_t;
using sa_family_t = uint16_t;

// Address families (the kernel's include/linux/socket.h; not in the uapi headers, checked against the C
// library's in tests/abi).
enum class AddressFamily : sa_family_t {
  Unspec = 0,
  Unix = 1,
  Inet = 2,
  Inet6 = 10,
  Netlink = 16,
  Packet = 17,
};

// struct sockaddr_un. A path address is NUL-terminated inside sun_path; an abstract one starts with a NUL
// byte and its length, not a terminator, says where the name ends.
struct SockaddrUn {
  sa_family_t sun_family = static_cast<sa_family_t>(AddressFamily::Unix);
  char sun_path[108] = {};
};

// struct sockaddr_in. Port and address are in network byte order.
struct SockaddrIn {
  sa_family_t sin_family = static_cast<sa_family_t>(AddressFamily::Inet);
  uint16_t sin_port = 0;
  net::Ipv4Address sin_addr;
  uint8_t sin_zero[8] = {};
};

// struct sockaddr_in6.
struct SockaddrIn6 {
  sa_family_t sin6_family = static_cast<sa_family_t>(AddressFamily::Inet6);
  uint16_t sin6_port = 0;
  uint32_t sin6_flowinfo = 0;
  net::Ipv6Address sin6_addr;
  uint32_t sin6_scope_id = 0;
};

// struct __kernel_sockaddr_storage: room and alignment for any address.
// Aligned as the kernel's __kernel_sockaddr_storage: for a pointer (8 bytes on 64-bit architectures, 4 on 32-bit ones).
struct alignas(alignof(void *)) SockaddrStorage {
  sa_family_t ss_family = 0;
  char data[126] = {};
};

// An address of any family plus its length: what bind/connect/sendto take and getsockname/accept4/recvfrom
// fill in.
class SocketAddress {
public:
  SocketAddress() noexcept = default;

  // A filesystem path: ENAMETOOLONG if it does not fit sun_path with its NUL, EINVAL if empty or containing NUL.
  static Result<SocketAddress> unix_path(StringView path) noexcept {
    if (path.empty()) return Errno::EINVAL;
    if (path.size() >= sizeof(SockaddrUn::sun_path)) return Errno::ENAMETOOLONG;
    SockaddrUn un;
    for (size_t i = 0; i < path.size(); ++i) {
      if (path[i] == '\0') return Errno::EINVAL;
      un.sun_path[i] = path[i];
    }
    return SocketAddress(&un, static_cast<socklen_t>(__builtin_offsetof(SockaddrUn, sun_path) + path.size() + 1));
  }
  // A Linux abstract address: `name` (without the leading NUL, which is added) in no filesystem.
  static Result<SocketAddress> unix_abstract(StringView name) noexcept {
    if (name.size() + 1 > sizeof(SockaddrUn::sun_path)) return Errno::ENAMETOOLONG;
    SockaddrUn un;
    for (size_t i = 0; i < name.size(); ++i) un.sun_path[i + 1] = name[i];
    return SocketAddress(&un, static_cast<socklen_t>(__builtin_offsetof(SockaddrUn, sun_path) + 1 + name.size()));
  }
  // An IPv4 address and a port in host byte order.
  static SocketAddress ipv4(net::Ipv4Address addr, uint16_t port) noexcept {
    SockaddrIn in;
    in.sin_addr = addr;
    in.sin_port = host_to_net16(port);
    return SocketAddress(&in, sizeof(in));
  }
  static SocketAddress ipv6(net::Ipv6Address addr, uint16_t port, uint32_t scope_id = 0) noexcept {
    SockaddrIn6 in6;
    in6.sin6_addr = addr;
    in6.sin6_port = host_to_net16(port);
    in6.sin6_scope_id = scope_id;
    return SocketAddress(&in6, sizeof(in6));
  }

  AddressFamily family() const noexcept { return static_cast<AddressFamily>(storage_.ss_family); }
  socklen_t length() const noexcept { return length_; }

  // Typed views; nullptr when the address is of another family.
  const SockaddrIn *as_ipv4() const noexcept {
    return family() == AddressFamily::Inet && length_ >= sizeof(SockaddrIn)
               ? reinterpret_cast<const SockaddrIn *>(&storage_)
               : nullptr;
  }
  const SockaddrIn6 *as_ipv6() const noexcept {
    return family() == AddressFamily::Inet6 && length_ >= sizeof(SockaddrIn6)
               ? reinterpret_cast<const SockaddrIn6 *>(&storage_)
               : nullptr;
  }
  const SockaddrUn *as_unix() const noexcept {
    return family() == AddressFamily::Unix ? reinterpret_cast<const SockaddrUn *>(&storage_) : nullptr;
  }
  // The port in host byte order for IPv4/IPv6 addresses, else 0.
  uint16_t port() const noexcept {
    if (auto in = as_ipv4()) return net_to_host16(in->sin_port);
    if (auto in6 = as_ipv6()) return net_to_host16(in6->sin6_port);
    return 0;
  }
  // For a unix address: whether it is abstract, and its path or abstract name (without the leading NUL or any
  // trailing NUL). An unnamed socket (length == sizeof(sa_family_t)) has an empty name and is not abstract.
  bool is_abstract() const noexcept {
    auto un = as_unix();
    return un && length_ > __builtin_offsetof(SockaddrUn, sun_path) && un->sun_path[0] == '\0';
  }
  StringView unix_name() const noexcept {
    auto un = as_unix();
    if (!un || length_ <= __builtin_offsetof(SockaddrUn, sun_path)) return {};
    size_t n = length_ - __builtin_offsetof(SockaddrUn, sun_path);
    if (n > sizeof(un->sun_path)) n = sizeof(un->sun_path);
    if (un->sun_path[0] == '\0') return StringView(un->sun_path + 1, n - 1);
    size_t len = 0;
    while (len < n && un->sun_path[len] != '\0') ++len;
    return StringView(un->sun_path, len);
  }

  // For the raw calls: the storage and its length, which the kernel may update.
  const void *data() const noexcept { return &storage_; }
  void *data() noexcept { return &storage_; }
  socklen_t *length_ptr() noexcept { return &length_; }
  static constexpr socklen_t capacity = sizeof(SockaddrStorage);
  // Before a call that fills the address in: the whole storage is available.
  void prepare_to_receive() noexcept { length_ = capacity; }

private:
  SocketAddress(const void *addr, socklen_t length) noexcept : length_(length) {
    __builtin_memcpy(&storage_, addr, length);
  }

  SockaddrStorage storage_;
  socklen_t length_ = 0;
};

} // namespace solo::sys
