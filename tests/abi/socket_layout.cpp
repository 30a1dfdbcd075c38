// Sockets: solo's sockaddr structs, option numbers and protocol values against this architecture's uapi headers.
// (msghdr, cmsghdr, linger, ucred and the AF_/SOCK_/MSG_ values are not in the uapi headers: see
// libc_constants.cpp.)
#include <asm/socket.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/socket.h>
#include <linux/tcp.h>
#include <linux/uio.h>
#include <linux/un.h>
#include <stddef.h>

#include <solo/sys/socket.hpp>

namespace sys = solo::sys;

#include "same.hpp"
#define SAME_OPTION(ours, lvl, opt)                                                                                    \
  static_assert(sys::sockopt::ours.level == (lvl) && sys::sockopt::ours.name == (opt), #opt)

SAME_SIZE(sys::SockaddrUn, struct sockaddr_un);
SAME_OFFSET(sys::SockaddrUn, sun_family, struct sockaddr_un, sun_family);
SAME_OFFSET(sys::SockaddrUn, sun_path, struct sockaddr_un, sun_path);
static_assert(sizeof(sys::SockaddrUn::sun_path) == UNIX_PATH_MAX);

SAME_SIZE(sys::SockaddrIn, struct sockaddr_in);
SAME_OFFSET(sys::SockaddrIn, sin_family, struct sockaddr_in, sin_family);
SAME_OFFSET(sys::SockaddrIn, sin_port, struct sockaddr_in, sin_port);
SAME_OFFSET(sys::SockaddrIn, sin_addr, struct sockaddr_in, sin_addr);
static_assert(offsetof(sys::SockaddrIn, sin_zero) == offsetof(struct sockaddr_in, __pad));

SAME_SIZE(sys::SockaddrIn6, struct sockaddr_in6);
SAME_OFFSET(sys::SockaddrIn6, sin6_family, struct sockaddr_in6, sin6_family);
SAME_OFFSET(sys::SockaddrIn6, sin6_port, struct sockaddr_in6, sin6_port);
SAME_OFFSET(sys::SockaddrIn6, sin6_flowinfo, struct sockaddr_in6, sin6_flowinfo);
SAME_OFFSET(sys::SockaddrIn6, sin6_addr, struct sockaddr_in6, sin6_addr);
SAME_OFFSET(sys::SockaddrIn6, sin6_scope_id, struct sockaddr_in6, sin6_scope_id);

SAME_SIZE(sys::SockaddrStorage, struct __kernel_sockaddr_storage);
static_assert(alignof(sys::SockaddrStorage) == alignof(struct __kernel_sockaddr_storage));
SAME_OFFSET(sys::SockaddrStorage, ss_family, struct __kernel_sockaddr_storage, ss_family);

SAME_SIZE(sys::Iovec, struct iovec);
SAME_OFFSET(sys::Iovec, iov_base, struct iovec, iov_base);
SAME_OFFSET(sys::Iovec, iov_len, struct iovec, iov_len);

SAME_VALUE(sys::IpProto::Icmp, IPPROTO_ICMP);
SAME_VALUE(sys::IpProto::Tcp, IPPROTO_TCP);
SAME_VALUE(sys::IpProto::Udp, IPPROTO_UDP);
SAME_VALUE(sys::IpProto::Ipv6, IPPROTO_IPV6);
SAME_VALUE(sys::IpProto::Icmpv6, IPPROTO_ICMPV6);
SAME_VALUE(sys::IpProto::Raw, IPPROTO_RAW);

SAME_VALUE(sys::sol_socket, SOL_SOCKET);
SAME_OPTION(debug, SOL_SOCKET, SO_DEBUG);
SAME_OPTION(reuseaddr, SOL_SOCKET, SO_REUSEADDR);
SAME_OPTION(type, SOL_SOCKET, SO_TYPE);
SAME_OPTION(error, SOL_SOCKET, SO_ERROR);
SAME_OPTION(dontroute, SOL_SOCKET, SO_DONTROUTE);
SAME_OPTION(broadcast, SOL_SOCKET, SO_BROADCAST);
SAME_OPTION(sndbuf, SOL_SOCKET, SO_SNDBUF);
SAME_OPTION(rcvbuf, SOL_SOCKET, SO_RCVBUF);
SAME_OPTION(keepalive, SOL_SOCKET, SO_KEEPALIVE);
SAME_OPTION(oobinline, SOL_SOCKET, SO_OOBINLINE);
SAME_OPTION(linger, SOL_SOCKET, SO_LINGER);
SAME_OPTION(reuseport, SOL_SOCKET, SO_REUSEPORT);
SAME_OPTION(passcred, SOL_SOCKET, SO_PASSCRED);
SAME_OPTION(peercred, SOL_SOCKET, SO_PEERCRED);
SAME_OPTION(rcvlowat, SOL_SOCKET, SO_RCVLOWAT);
SAME_OPTION(rcvtimeo, SOL_SOCKET, SO_RCVTIMEO_OLD);
SAME_OPTION(sndtimeo, SOL_SOCKET, SO_SNDTIMEO_OLD);
SAME_OPTION(acceptconn, SOL_SOCKET, SO_ACCEPTCONN);
SAME_OPTION(protocol, SOL_SOCKET, SO_PROTOCOL);
SAME_OPTION(domain, SOL_SOCKET, SO_DOMAIN);
// On 64-bit architectures the plain names are the _OLD ones (a timeval of two longs is already 64-bit). The
// 32-bit ones keep the _OLD options too: a timeout is a duration, and 2^31 seconds of it is no 2038 problem.
#if __SIZEOF_POINTER__ == 8
static_assert(SO_RCVTIMEO == SO_RCVTIMEO_OLD && SO_SNDTIMEO == SO_SNDTIMEO_OLD);
#endif
SAME_OPTION(ip_tos, IPPROTO_IP, IP_TOS);
SAME_OPTION(ip_ttl, IPPROTO_IP, IP_TTL);
SAME_OPTION(ipv6_v6only, IPPROTO_IPV6, IPV6_V6ONLY);
SAME_OPTION(tcp_nodelay, IPPROTO_TCP, TCP_NODELAY);
SAME_OPTION(tcp_maxseg, IPPROTO_TCP, TCP_MAXSEG);
SAME_OPTION(tcp_keepidle, IPPROTO_TCP, TCP_KEEPIDLE);
SAME_OPTION(tcp_keepintvl, IPPROTO_TCP, TCP_KEEPINTVL);
SAME_OPTION(tcp_keepcnt, IPPROTO_TCP, TCP_KEEPCNT);
