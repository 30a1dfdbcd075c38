// Typed socket calls: socket, socketpair, bind, listen, accept4, connect, getsockname, getpeername, sendto,
// recvfrom, sendmsg, recvmsg, shutdown, setsockopt, getsockopt. One system call each (every architecture has
// these as direct calls, none through socketcall), with Msghdr and control-message helpers for SCM_RIGHTS.
#pragma once

#include <solo/flags.hpp>
#include <solo/sys/fd_result.hpp>
#include <solo/sys/iovec.hpp>
#include <solo/sys/sockaddr.hpp>
#include <solo/sys/timer.hpp>

namespace solo::sys {

// The type argument of socket/socketpair: a type plus creation flags.
enum class SocketType : int {
  Stream = 1,
  Dgram = 2,
  Raw = 3,
  Rdm = 4,
  SeqPacket = 5,
  NonBlock = 04000,       // = O_NONBLOCK
  CloseOnExec = 02000000, // = O_CLOEXEC
};
SOLO_FLAG_OPERATORS(SocketType)

// The flags argument of accept4 (only these two).
enum class SocketFlags : int {
  None = 0,
  NonBlock = 04000,
  CloseOnExec = 02000000,
};
SOLO_FLAG_OPERATORS(SocketFlags)

// IP protocol numbers for the protocol argument and option levels (uapi <linux/in.h>).
enum class IpProto : int {
  Default = 0,
  Icmp = 1,
  Tcp = 6,
  Udp = 17,
  Ipv6 = 41,
  Icmpv6 = 58,
  Raw = 255,
};

// send/recv flags (the kernel's include/linux/socket.h, checked against the C library's in tests/abi).
enum class MsgFlags : int {
  None = 0,
  Oob = 0x1,
  Peek = 0x2,
  DontRoute = 0x4,
  Ctrunc = 0x8, // msg_flags: control data was cut short
  Trunc = 0x20,
  DontWait = 0x40,
  Eor = 0x80,
  WaitAll = 0x100,
  ErrQueue = 0x2000,
  NoSignal = 0x4000, // no SIGPIPE on a broken stream
  More = 0x8000,
  CmsgCloexec = 0x40000000, // recvmsg: received descriptors are close-on-exec
};
SOLO_FLAG_OPERATORS(MsgFlags)

enum class ShutdownHow : int {
  Read = 0,
  Write = 1,
  ReadWrite = 2,
};

inline Result<Fd> socket(AddressFamily domain, SocketType type, IpProto protocol = IpProto::Default) noexcept {
  return fd_result(raw(nr::socket, static_cast<int>(domain), static_cast<int>(type), static_cast<int>(protocol)));
}

struct SocketPair {
  Fd first;
  Fd second;
};

inline Result<SocketPair> socketpair(AddressFamily domain, SocketType type,
                                     IpProto protocol = IpProto::Default) noexcept {
  int sv[2] = {-1, -1};
  long r = raw(nr::socketpair, static_cast<int>(domain), static_cast<int>(type), static_cast<int>(protocol), sv);
  if (is_error(r)) return static_cast<Errno>(-r);
  return SocketPair{Fd(sv[0]), Fd(sv[1])};
}

// The raw forms take any sockaddr and its length; the SocketAddress forms carry the length themselves.
inline Result<void> bind(FdRef fd, const void *addr, socklen_t addrlen) noexcept {
  return result_void(raw(nr::bind, fd.get(), addr, addrlen));
}
inline Result<void> bind(FdRef fd, const SocketAddress &addr) noexcept { return bind(fd, addr.data(), addr.length()); }

inline Result<void> listen(FdRef fd, int backlog) noexcept { return result_void(raw(nr::listen, fd.get(), backlog)); }

// Takes the next connection; fills `*peer` with its address when given.
inline Result<Fd> accept4(FdRef fd, SocketAddress *peer, SocketFlags flags = SocketFlags::CloseOnExec) noexcept {
  if (peer) peer->prepare_to_receive();
  return fd_result(raw(nr::accept4, fd.get(), peer ? peer->data() : nullptr, peer ? peer->length_ptr() : nullptr,
                       static_cast<int>(flags)));
}

inline Result<void> connect(FdRef fd, const void *addr, socklen_t addrlen) noexcept {
  return result_void(raw(nr::connect, fd.get(), addr, addrlen));
}
inline Result<void> connect(FdRef fd, const SocketAddress &addr) noexcept {
  return connect(fd, addr.data(), addr.length());
}

inline Result<SocketAddress> getsockname(FdRef fd) noexcept {
  SocketAddress a;
  a.prepare_to_receive();
  long r = raw(nr::getsockname, fd.get(), a.data(), a.length_ptr());
  if (is_error(r)) return static_cast<Errno>(-r);
  return a;
}

inline Result<SocketAddress> getpeername(FdRef fd) noexcept {
  SocketAddress a;
  a.prepare_to_receive();
  long r = raw(nr::getpeername, fd.get(), a.data(), a.length_ptr());
  if (is_error(r)) return static_cast<Errno>(-r);
  return a;
}

// `dest` may be null on a connected socket.
inline Result<size_t> sendto(FdRef fd, const void *buf, size_t len, MsgFlags flags,
                             const SocketAddress *dest = nullptr) noexcept {
  return result<size_t>(raw(nr::sendto, fd.get(), buf, len, static_cast<int>(flags), dest ? dest->data() : nullptr,
                            dest ? dest->length() : 0));
}

// Fills `*src` with the sender's address when given.
inline Result<size_t> recvfrom(FdRef fd, void *buf, size_t len, MsgFlags flags, SocketAddress *src = nullptr) noexcept {
  if (src) src->prepare_to_receive();
  return result<size_t>(raw(nr::recvfrom, fd.get(), buf, len, static_cast<int>(flags), src ? src->data() : nullptr,
                            src ? src->length_ptr() : nullptr));
}

// struct user_msghdr.
struct Msghdr {
  void *msg_name = nullptr; // optional address (sendmsg: destination; recvmsg: filled with the source)
  int msg_namelen = 0;
  Iovec *msg_iov = nullptr;
  size_t msg_iovlen = 0;
  void *msg_control = nullptr; // ancillary data: a sequence of Cmsghdr, each aligned to 8 bytes
  size_t msg_controllen = 0;
  MsgFlags msg_flags = MsgFlags::None; // recvmsg: Trunc, Ctrunc, ...
};

inline Result<size_t> sendmsg(FdRef fd, const Msghdr &msg, MsgFlags flags) noexcept {
  return result<size_t>(raw(nr::sendmsg, fd.get(), &msg, static_cast<int>(flags)));
}

// The kernel updates msg_namelen, msg_controllen and msg_flags.
inline Result<size_t> recvmsg(FdRef fd, Msghdr &msg, MsgFlags flags) noexcept {
  return result<size_t>(raw(nr::recvmsg, fd.get(), &msg, static_cast<int>(flags)));
}

inline Result<void> shutdown(FdRef fd, ShutdownHow how) noexcept {
  return result_void(raw(nr::shutdown, fd.get(), static_cast<int>(how)));
}

// ---- control messages (struct cmsghdr)

struct Cmsghdr {
  size_t cmsg_len; // header plus data, without the trailing padding
  int cmsg_level;
  int cmsg_type;
};

inline constexpr int sol_socket = 1;
// Control message types at level SOL_SOCKET.
inline constexpr int scm_rights = 1;      // an array of int descriptors
inline constexpr int scm_credentials = 2; // a Ucred

// Control messages are aligned to sizeof(long).
constexpr size_t cmsg_align(size_t n) noexcept { return (n + sizeof(long) - 1) & ~(sizeof(long) - 1); }
// cmsg_len for `data_len` bytes of data.
constexpr size_t cmsg_len(size_t data_len) noexcept { return cmsg_align(sizeof(Cmsghdr)) + data_len; }
// The room one message with `data_len` bytes of data takes in a control buffer.
constexpr size_t cmsg_space(size_t data_len) noexcept { return cmsg_align(sizeof(Cmsghdr)) + cmsg_align(data_len); }
inline unsigned char *cmsg_data(Cmsghdr *c) noexcept {
  return reinterpret_cast<unsigned char *>(c) + cmsg_align(sizeof(Cmsghdr));
}
inline const unsigned char *cmsg_data(const Cmsghdr *c) noexcept {
  return reinterpret_cast<const unsigned char *>(c) + cmsg_align(sizeof(Cmsghdr));
}

// The first control message of `msg`, or null.
inline Cmsghdr *cmsg_firsthdr(const Msghdr &msg) noexcept {
  return msg.msg_controllen >= sizeof(Cmsghdr) ? static_cast<Cmsghdr *>(msg.msg_control) : nullptr;
}
// The message after `c`, or null when the next one would not fit in msg_controllen.
inline Cmsghdr *cmsg_nxthdr(const Msghdr &msg, const Cmsghdr *c) noexcept {
  if (c->cmsg_len < sizeof(Cmsghdr)) return nullptr;
  auto *base = static_cast<unsigned char *>(msg.msg_control);
  auto *next = const_cast<unsigned char *>(reinterpret_cast<const unsigned char *>(c)) + cmsg_align(c->cmsg_len);
  size_t used = static_cast<size_t>(next - base);
  if (used + sizeof(Cmsghdr) > msg.msg_controllen) return nullptr;
  auto *h = reinterpret_cast<Cmsghdr *>(next);
  if (used + cmsg_align(h->cmsg_len) > msg.msg_controllen) return nullptr;
  return h;
}

// A correctly aligned control buffer of `Bytes` bytes: `ControlBuffer<cmsg_space(sizeof(int) * 3)>`.
template <size_t Bytes> struct alignas(Cmsghdr) ControlBuffer {
  unsigned char bytes[Bytes] = {};
};

// Fills `control` (at least cmsg_space(n * sizeof(int)) bytes, aligned) with one SCM_RIGHTS message carrying
// fds[0..n) and points msg at it. EINVAL if it does not fit.
inline Result<void> put_scm_rights(Msghdr &msg, void *control, size_t control_size, const int *fds, size_t n) noexcept {
  size_t data_len = n * sizeof(int);
  if (control_size < cmsg_space(data_len)) return Errno::EINVAL;
  auto *c = static_cast<Cmsghdr *>(control);
  c->cmsg_len = cmsg_len(data_len);
  c->cmsg_level = sol_socket;
  c->cmsg_type = scm_rights;
  __builtin_memcpy(cmsg_data(c), fds, data_len);
  msg.msg_control = control;
  msg.msg_controllen = cmsg_space(data_len);
  return {};
}

// The number of descriptors an SCM_RIGHTS message carries; copy them out with scm_rights_fd.
inline size_t scm_rights_count(const Cmsghdr *c) noexcept {
  if (c->cmsg_level != sol_socket || c->cmsg_type != scm_rights || c->cmsg_len < cmsg_len(0)) return 0;
  return (c->cmsg_len - cmsg_len(0)) / sizeof(int);
}
inline int scm_rights_fd(const Cmsghdr *c, size_t i) noexcept {
  int fd;
  __builtin_memcpy(&fd, cmsg_data(c) + i * sizeof(int), sizeof(int));
  return fd;
}

// ---- socket options

// struct linger (SO_LINGER).
struct Linger {
  int l_onoff = 0;
  int l_linger = 0;
};

// struct ucred (SO_PEERCRED, SCM_CREDENTIALS).
struct Ucred {
  int pid = 0;
  uint32_t uid = 0;
  uint32_t gid = 0;
};

// One option: its level, its name and the type of its value, so setsockopt/getsockopt check the size.
template <class Type> struct SocketOption {
  int level;
  int name;
};

namespace sockopt {
// Level SOL_SOCKET (uapi <asm-generic/socket.h>, which x86-64, aarch64 and riscv64 all use).
inline constexpr SocketOption<int> debug{1, 1};
inline constexpr SocketOption<int> reuseaddr{1, 2};
inline constexpr SocketOption<int> type{1, 3};  // read-only
inline constexpr SocketOption<int> error{1, 4}; // read-only: takes and clears the pending error
inline constexpr SocketOption<int> dontroute{1, 5};
inline constexpr SocketOption<int> broadcast{1, 6};
inline constexpr SocketOption<int> sndbuf{1, 7};
inline constexpr SocketOption<int> rcvbuf{1, 8};
inline constexpr SocketOption<int> keepalive{1, 9};
inline constexpr SocketOption<int> oobinline{1, 10};
inline constexpr SocketOption<Linger> linger{1, 13};
inline constexpr SocketOption<int> reuseport{1, 15};
inline constexpr SocketOption<int> passcred{1, 16};
inline constexpr SocketOption<Ucred> peercred{1, 17}; // read-only
inline constexpr SocketOption<int> rcvlowat{1, 18};
// The 64-bit architectures' original SO_RCVTIMEO/SO_SNDTIMEO take a struct timeval of two longs.
inline constexpr SocketOption<Timeval> rcvtimeo{1, 20};
inline constexpr SocketOption<Timeval> sndtimeo{1, 21};
inline constexpr SocketOption<int> acceptconn{1, 30}; // read-only
inline constexpr SocketOption<int> protocol{1, 38};   // read-only
inline constexpr SocketOption<int> domain{1, 39};     // read-only
// Level IPPROTO_IP (uapi <linux/in.h>).
inline constexpr SocketOption<int> ip_tos{0, 1};
inline constexpr SocketOption<int> ip_ttl{0, 2};
// Level IPPROTO_IPV6 (uapi <linux/in6.h>).
inline constexpr SocketOption<int> ipv6_v6only{41, 26};
// Level IPPROTO_TCP (uapi <linux/tcp.h>).
inline constexpr SocketOption<int> tcp_nodelay{6, 1};
inline constexpr SocketOption<int> tcp_maxseg{6, 2};
inline constexpr SocketOption<int> tcp_keepidle{6, 4};
inline constexpr SocketOption<int> tcp_keepintvl{6, 5};
inline constexpr SocketOption<int> tcp_keepcnt{6, 6};
} // namespace sockopt

inline Result<void> setsockopt(FdRef fd, int level, int optname, const void *optval, socklen_t optlen) noexcept {
  return result_void(raw(nr::setsockopt, fd.get(), level, optname, optval, optlen));
}
template <class Type> inline Result<void> setsockopt(FdRef fd, SocketOption<Type> opt, const Type &value) noexcept {
  return setsockopt(fd, opt.level, opt.name, &value, sizeof(Type));
}

// The kernel writes the value's real length back into `*optlen`.
inline Result<void> getsockopt(FdRef fd, int level, int optname, void *optval, socklen_t *optlen) noexcept {
  return result_void(raw(nr::getsockopt, fd.get(), level, optname, optval, optlen));
}
template <class Type> inline Result<Type> getsockopt(FdRef fd, SocketOption<Type> opt) noexcept {
  Type value{};
  socklen_t len = sizeof(Type);
  long r = raw(nr::getsockopt, fd.get(), opt.level, opt.name, &value, &len);
  if (is_error(r)) return static_cast<Errno>(-r);
  return value;
}

} // namespace solo::sys
