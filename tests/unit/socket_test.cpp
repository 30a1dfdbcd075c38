// Sockets: unix and loopback TCP echo between two processes, UDP, SCM_RIGHTS, options and error paths.
// Only loopback addresses are used.
#include "prelude.hpp"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <vector>

using solo::Errno;
namespace net = solo::net;
namespace sys = solo::sys;

namespace {

// Starts `child` in a forked process, which exits with what it returns (0 = every step in it worked).
template <class F> pid_t start_child(F child) {
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) ::_exit(child());
  return pid;
}

// The child's exit code, or 128 + the signal that ended it.
int wait_child(pid_t pid) {
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Sends everything and reads back exactly as much, on a connected stream; returns whether the echo matched.
bool echo_client(solo::FdRef fd, const char *message) {
  size_t n = strlen(message);
  auto sent = sys::sendto(fd, message, n, sys::MsgFlags::NoSignal);
  if (!sent || *sent != n) return false;
  char buf[256] = {};
  size_t got = 0;
  while (got < n) {
    auto r = sys::recvfrom(fd, buf + got, sizeof(buf) - got, sys::MsgFlags::None);
    if (!r || *r == 0) return false;
    got += *r;
  }
  return got == n && memcmp(buf, message, n) == 0;
}

// Echoes what arrives until the peer shuts down; returns the byte count.
size_t echo_server(solo::FdRef fd) {
  size_t total = 0;
  char buf[256];
  for (;;) {
    auto r = sys::recvfrom(fd, buf, sizeof(buf), sys::MsgFlags::None);
    REQUIRE(r.has_value());
    if (*r == 0) return total;
    total += *r;
    auto w = sys::sendto(fd, buf, *r, sys::MsgFlags::NoSignal);
    REQUIRE(w.value_or(0) == *r);
  }
}

std::string temp_dir() {
  char dir[] = "/tmp/solo-socket-XXXXXX";
  REQUIRE(::mkdtemp(dir) != nullptr);
  return dir;
}

} // namespace

TEST_CASE("unix stream echo between two processes, path and abstract addresses") {
  std::string dir = temp_dir();
  std::string path = dir + "/echo.sock";
  auto by_path = sys::SocketAddress::unix_path(path.c_str());
  REQUIRE(by_path.has_value());
  char abstract_name[64];
  snprintf(abstract_name, sizeof(abstract_name), "solo-test-%d", ::getpid());
  auto abstract = sys::SocketAddress::unix_abstract(abstract_name);
  REQUIRE(abstract.has_value());
  CHECK(abstract->is_abstract());
  CHECK_FALSE(by_path->is_abstract());

  for (const sys::SocketAddress *addr : {&*by_path, &*abstract}) {
    auto server = sys::socket(sys::AddressFamily::Unix, sys::SocketType::Stream | sys::SocketType::CloseOnExec);
    REQUIRE(server.has_value());
    REQUIRE(sys::bind(*server, *addr).has_value());
    REQUIRE(sys::listen(*server, 4).has_value());
    auto name = sys::getsockname(*server);
    REQUIRE(name.has_value());
    CHECK(name->family() == sys::AddressFamily::Unix);
    CHECK(name->is_abstract() == addr->is_abstract());
    CHECK(name->unix_name() == addr->unix_name());

    pid_t child = start_child([&] {
      auto c = sys::socket(sys::AddressFamily::Unix, sys::SocketType::Stream);
      if (!c || !sys::connect(*c, *addr)) return 1;
      if (!echo_client(*c, "hello over a unix socket")) return 2;
      if (!echo_client(*c, "and again")) return 3;
      return sys::shutdown(*c, sys::ShutdownHow::Write) ? 0 : 4;
    });
    sys::SocketAddress peer;
    auto conn = sys::accept4(*server, &peer);
    REQUIRE(conn.has_value());
    CHECK(peer.family() == sys::AddressFamily::Unix);
    CHECK(peer.unix_name().empty()); // the client never bound a name
    CHECK(echo_server(*conn) == strlen("hello over a unix socket") + strlen("and again"));
    CHECK(wait_child(child) == 0);
  }
  ::unlink(path.c_str());
  ::rmdir(dir.c_str());
}

TEST_CASE("loopback TCP echo between two processes") {
  auto server =
      sys::socket(sys::AddressFamily::Inet, sys::SocketType::Stream | sys::SocketType::CloseOnExec, sys::IpProto::Tcp);
  REQUIRE(server.has_value());
  REQUIRE(sys::setsockopt(*server, sys::sockopt::reuseaddr, 1).has_value());
  REQUIRE(sys::bind(*server, sys::SocketAddress::ipv4(net::Ipv4Address::loopback(), 0)).has_value());
  REQUIRE(sys::listen(*server, 4).has_value());
  CHECK(sys::getsockopt(*server, sys::sockopt::acceptconn).value_or(0) == 1);
  auto local = sys::getsockname(*server);
  REQUIRE(local.has_value());
  REQUIRE(local->as_ipv4() != nullptr);
  CHECK(local->as_ipv4()->sin_addr == net::Ipv4Address::loopback());
  uint16_t port = local->port();
  CHECK(port != 0); // the kernel chose one

  pid_t child = start_child([&] {
    auto c = sys::socket(sys::AddressFamily::Inet, sys::SocketType::Stream);
    if (!c) return 1;
    if (!sys::connect(*c, sys::SocketAddress::ipv4(net::parse_ipv4("127.0.0.1").value(), port))) return 2;
    if (!sys::setsockopt(*c, sys::sockopt::tcp_nodelay, 1)) return 3;
    if (sys::getsockopt(*c, sys::sockopt::tcp_nodelay).value_or(0) == 0) return 4;
    auto peer = sys::getpeername(*c);
    if (!peer || peer->port() != port) return 5;
    if (!echo_client(*c, "hello over TCP")) return 6;
    return sys::shutdown(*c, sys::ShutdownHow::Write) ? 0 : 7;
  });
  sys::SocketAddress peer;
  auto conn = sys::accept4(*server, &peer, sys::SocketFlags::CloseOnExec);
  REQUIRE(conn.has_value());
  REQUIRE(peer.as_ipv4() != nullptr);
  CHECK(peer.as_ipv4()->sin_addr == net::Ipv4Address::loopback());
  CHECK(peer.port() != port);
  CHECK(echo_server(*conn) == strlen("hello over TCP"));
  CHECK(wait_child(child) == 0);
  // After the client's shutdown and exit, the peer is gone for writes too.
  CHECK(sys::getsockopt(*conn, sys::sockopt::error).value_or(-1) == 0);
}

TEST_CASE("UDP sendto/recvfrom on loopback, IPv4 and (when the host has it) IPv6") {
  auto a = sys::socket(sys::AddressFamily::Inet, sys::SocketType::Dgram | sys::SocketType::CloseOnExec);
  auto b = sys::socket(sys::AddressFamily::Inet, sys::SocketType::Dgram | sys::SocketType::CloseOnExec);
  REQUIRE(a.has_value());
  REQUIRE(b.has_value());
  REQUIRE(sys::bind(*b, sys::SocketAddress::ipv4(net::Ipv4Address::loopback(), 0)).has_value());
  auto b_addr = sys::getsockname(*b).value();
  REQUIRE(sys::sendto(*a, "datagram", 8, sys::MsgFlags::None, &b_addr).value_or(0) == 8);
  char buf[32] = {};
  sys::SocketAddress from;
  auto n = sys::recvfrom(*b, buf, sizeof(buf), sys::MsgFlags::None, &from);
  REQUIRE(n.has_value());
  CHECK(*n == 8);
  CHECK(std::string(buf) == "datagram");
  CHECK(from.port() == sys::getsockname(*a).value().port());
  // Nothing more: a non-blocking receive says so.
  CHECK(sys::recvfrom(*b, buf, sizeof(buf), sys::MsgFlags::DontWait).error() == Errno::EAGAIN);
  CHECK(sys::getsockopt(*b, sys::sockopt::type).value_or(0) == static_cast<int>(sys::SocketType::Dgram));

  auto c6 = sys::socket(sys::AddressFamily::Inet6, sys::SocketType::Dgram);
  if (!c6) {
    MESSAGE("no IPv6 on this host: " << solo::name(c6.error()));
    CHECK(c6.error() == Errno::EAFNOSUPPORT);
    return;
  }
  auto bound = sys::bind(*c6, sys::SocketAddress::ipv6(net::Ipv6Address::loopback(), 0));
  if (!bound) {
    MESSAGE("no IPv6 loopback on this host: " << solo::name(bound.error()));
    CHECK(bound.error() == Errno::EADDRNOTAVAIL);
    return;
  }
  REQUIRE(sys::setsockopt(*c6, sys::sockopt::ipv6_v6only, 1).error() == Errno::EINVAL); // too late once bound
  auto self = sys::getsockname(*c6).value();
  REQUIRE(self.as_ipv6() != nullptr);
  CHECK(self.as_ipv6()->sin6_addr == net::Ipv6Address::loopback());
  REQUIRE(sys::sendto(*c6, "six", 3, sys::MsgFlags::None, &self).value_or(0) == 3);
  n = sys::recvfrom(*c6, buf, sizeof(buf), sys::MsgFlags::None, &from);
  REQUIRE(n.has_value());
  CHECK(*n == 3);
  CHECK(from.port() == self.port());
}

TEST_CASE("SCM_RIGHTS passes a descriptor from one process to another") {
  auto pair = sys::socketpair(sys::AddressFamily::Unix, sys::SocketType::Stream | sys::SocketType::CloseOnExec);
  REQUIRE(pair.has_value());
  pid_t child = start_child([&] {
    // A pipe that exists only in the child: its read end goes to the parent, with one byte of payload.
    int p[2];
    if (::pipe(p) != 0) return 1;
    if (::write(p[1], "from the child", 14) != 14) return 2;
    char payload = 'R';
    sys::Iovec iov{&payload, 1};
    sys::Msghdr msg;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    sys::ControlBuffer<sys::cmsg_space(sizeof(int))> control;
    if (!sys::put_scm_rights(msg, control.bytes, sizeof(control.bytes), &p[0], 1)) return 3;
    return sys::sendmsg(pair->second, msg, sys::MsgFlags::None).value_or(0) == 1 ? 0 : 4;
  });
  CHECK(wait_child(child) == 0);

  char payload = 0;
  sys::Iovec iov{&payload, 1};
  sys::Msghdr msg;
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  sys::ControlBuffer<sys::cmsg_space(sizeof(int) * 4)> control;
  msg.msg_control = control.bytes;
  msg.msg_controllen = sizeof(control.bytes);
  auto n = sys::recvmsg(pair->first, msg, sys::MsgFlags::CmsgCloexec);
  REQUIRE(n.has_value());
  CHECK(*n == 1);
  CHECK(payload == 'R');
  // Nothing was cut short (the kernel echoes MSG_CMSG_CLOEXEC back in msg_flags).
  CHECK_FALSE(sys::has(msg.msg_flags, sys::MsgFlags::Ctrunc));
  CHECK_FALSE(sys::has(msg.msg_flags, sys::MsgFlags::Trunc));
  std::vector<int> fds;
  for (auto *c = sys::cmsg_firsthdr(msg); c; c = sys::cmsg_nxthdr(msg, c))
    for (size_t i = 0; i < sys::scm_rights_count(c); ++i) fds.push_back(sys::scm_rights_fd(c, i));
  REQUIRE(fds.size() == 1);
  CHECK((::fcntl(fds[0], F_GETFD) & FD_CLOEXEC) != 0); // MSG_CMSG_CLOEXEC
  char buf[32] = {};
  CHECK(::read(fds[0], buf, sizeof(buf)) == 14);
  CHECK(std::string(buf) == "from the child");
  ::close(fds[0]);

  // A control buffer too small for the message is an error, not an overflow.
  sys::Msghdr small;
  char tiny[8];
  int fd = 0;
  CHECK(sys::put_scm_rights(small, tiny, sizeof(tiny), &fd, 1).error() == Errno::EINVAL);
}

TEST_CASE("socket options: typed set and get") {
  auto pair = sys::socketpair(sys::AddressFamily::Unix, sys::SocketType::Stream);
  REQUIRE(pair.has_value());
  auto cred = sys::getsockopt(pair->first, sys::sockopt::peercred);
  REQUIRE(cred.has_value());
  CHECK(cred->pid == ::getpid());
  CHECK(cred->uid == ::getuid());
  CHECK(cred->gid == ::getgid());

  sys::Timeval timeout{2, 500000};
  REQUIRE(sys::setsockopt(pair->first, sys::sockopt::rcvtimeo, timeout).has_value());
  auto got = sys::getsockopt(pair->first, sys::sockopt::rcvtimeo);
  REQUIRE(got.has_value());
  CHECK(got->tv_sec == 2);
  CHECK(got->tv_usec == 500000);

  sys::Linger linger{1, 3};
  REQUIRE(sys::setsockopt(pair->first, sys::sockopt::linger, linger).has_value());
  auto l = sys::getsockopt(pair->first, sys::sockopt::linger);
  REQUIRE(l.has_value());
  CHECK(l->l_onoff == 1);
  CHECK(l->l_linger == 3);

  REQUIRE(sys::setsockopt(pair->first, sys::sockopt::sndbuf, 65536).has_value());
  CHECK(sys::getsockopt(pair->first, sys::sockopt::sndbuf).value_or(0) >= 65536); // the kernel doubles it
  CHECK(sys::getsockopt(pair->first, sys::sockopt::domain).value_or(0) == static_cast<int>(sys::AddressFamily::Unix));
  CHECK(sys::getsockopt(pair->first, sys::sockopt::type).value_or(0) == static_cast<int>(sys::SocketType::Stream));

  CHECK(sys::setsockopt(pair->first, sys::sockopt::tcp_nodelay, 1).error() == Errno::EOPNOTSUPP);
  CHECK(sys::setsockopt(pair->first, 1, 9999, &timeout, sizeof(int)).error() == Errno::ENOPROTOOPT);
  int devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  REQUIRE(devnull >= 0);
  CHECK(sys::getsockopt(devnull, sys::sockopt::type).error() == Errno::ENOTSOCK);
  ::close(devnull);
}

TEST_CASE("socket errors") {
  CHECK(sys::socket(static_cast<sys::AddressFamily>(9999), sys::SocketType::Stream).error() == Errno::EAFNOSUPPORT);
  CHECK(sys::socket(sys::AddressFamily::Inet, sys::SocketType::Stream, sys::IpProto::Udp).error() ==
        Errno::EPROTONOSUPPORT);
  CHECK(sys::socketpair(sys::AddressFamily::Inet, sys::SocketType::Stream).error() == Errno::EOPNOTSUPP);

  auto s = sys::socket(sys::AddressFamily::Inet, sys::SocketType::Stream);
  REQUIRE(s.has_value());
  CHECK(sys::getpeername(*s).error() == Errno::ENOTCONN);
  CHECK(sys::accept4(*s, nullptr).error() == Errno::EINVAL); // not listening
  CHECK(sys::shutdown(*s, sys::ShutdownHow::ReadWrite).error() == Errno::ENOTCONN);
  CHECK(sys::sendto(*s, "x", 1, sys::MsgFlags::NoSignal).error() == Errno::EPIPE);
  REQUIRE(sys::bind(*s, sys::SocketAddress::ipv4(net::Ipv4Address::loopback(), 0)).has_value());
  CHECK(sys::bind(*s, sys::SocketAddress::ipv4(net::Ipv4Address::loopback(), 0)).error() == Errno::EINVAL);
  uint16_t port = sys::getsockname(*s).value().port();
  // Nobody listens on that port: connecting is refused.
  auto c = sys::socket(sys::AddressFamily::Inet, sys::SocketType::Stream);
  REQUIRE(c.has_value());
  CHECK(sys::connect(*c, sys::SocketAddress::ipv4(net::Ipv4Address::loopback(), port)).error() == Errno::ECONNREFUSED);
  // Binding the same address again is EADDRINUSE (after listen, even with SO_REUSEADDR).
  REQUIRE(sys::listen(*s, 1).has_value());
  auto d = sys::socket(sys::AddressFamily::Inet, sys::SocketType::Stream);
  REQUIRE(d.has_value());
  CHECK(sys::bind(*d, sys::SocketAddress::ipv4(net::Ipv4Address::loopback(), port)).error() == Errno::EADDRINUSE);

  auto u = sys::socket(sys::AddressFamily::Unix, sys::SocketType::Stream);
  REQUIRE(u.has_value());
  CHECK(sys::connect(*u, sys::SocketAddress::unix_path("/nonexistent/solo.sock").value()).error() == Errno::ENOENT);
  CHECK(sys::bind(-1, sys::SocketAddress::unix_abstract("x").value()).error() == Errno::EBADF);
  int devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  REQUIRE(devnull >= 0);
  CHECK(sys::listen(devnull, 1).error() == Errno::ENOTSOCK);
  ::close(devnull);

  std::string long_path(200, 'a');
  CHECK(sys::SocketAddress::unix_path(long_path.c_str()).error() == Errno::ENAMETOOLONG);
  CHECK(sys::SocketAddress::unix_path("").error() == Errno::EINVAL);
  CHECK(sys::SocketAddress::unix_abstract(long_path.c_str()).error() == Errno::ENAMETOOLONG);
}

TEST_CASE("control message helpers walk a buffer of several messages") {
  sys::ControlBuffer<sys::cmsg_space(sizeof(int) * 3) + sys::cmsg_space(sizeof(int))> control;
  sys::Msghdr msg;
  int three[3] = {5, 6, 7};
  REQUIRE(sys::put_scm_rights(msg, control.bytes, sizeof(control.bytes), three, 3).has_value());
  CHECK(msg.msg_controllen == sys::cmsg_space(12));
  // Append a second message by hand after the first.
  auto *second = reinterpret_cast<sys::Cmsghdr *>(control.bytes + sys::cmsg_space(12));
  second->cmsg_len = sys::cmsg_len(sizeof(int));
  second->cmsg_level = sys::sol_socket;
  second->cmsg_type = sys::scm_rights;
  int eight = 8;
  memcpy(sys::cmsg_data(second), &eight, sizeof(int));
  msg.msg_controllen = sizeof(control.bytes);

  std::vector<int> fds;
  for (auto *c = sys::cmsg_firsthdr(msg); c; c = sys::cmsg_nxthdr(msg, c))
    for (size_t i = 0; i < sys::scm_rights_count(c); ++i) fds.push_back(sys::scm_rights_fd(c, i));
  CHECK(fds == std::vector<int>{5, 6, 7, 8});

  // A length that claims more than the buffer holds ends the walk.
  msg.msg_controllen = sys::cmsg_space(12) + sizeof(sys::Cmsghdr);
  second->cmsg_len = 64;
  size_t count = 0;
  for (auto *c = sys::cmsg_firsthdr(msg); c; c = sys::cmsg_nxthdr(msg, c)) ++count;
  CHECK(count == 1);
  msg.msg_controllen = 0;
  CHECK(sys::cmsg_firsthdr(msg) == nullptr);
}

TEST_CASE("sendmsg gathers and recvmsg scatters, with the peer's address in msg_name; MSG_TRUNC on a short buffer") {
  auto a = sys::socket(sys::AddressFamily::Inet, sys::SocketType::Dgram | sys::SocketType::CloseOnExec);
  auto b = sys::socket(sys::AddressFamily::Inet, sys::SocketType::Dgram | sys::SocketType::CloseOnExec);
  REQUIRE(a.has_value());
  REQUIRE(b.has_value());
  REQUIRE(sys::bind(*b, sys::SocketAddress::ipv4(net::Ipv4Address::loopback(), 0)).has_value());
  sys::SocketAddress to = sys::getsockname(*b).value();

  sys::Iovec out[2] = {{"gath", 4}, {"ered", 4}};
  sys::Msghdr send;
  send.msg_name = const_cast<void *>(to.data());
  send.msg_namelen = static_cast<int>(to.length());
  send.msg_iov = out;
  send.msg_iovlen = 2;
  REQUIRE(sys::sendmsg(*a, send, sys::MsgFlags::None).value_or(0) == 8);

  char first[3] = {}, second[16] = {};
  sys::Iovec in[2] = {{first, sizeof(first)}, {second, sizeof(second)}};
  sys::SockaddrIn from{};
  sys::Msghdr recv;
  recv.msg_name = &from;
  recv.msg_namelen = sizeof(from);
  recv.msg_iov = in;
  recv.msg_iovlen = 2;
  REQUIRE(sys::recvmsg(*b, recv, sys::MsgFlags::None).value_or(0) == 8);
  CHECK(std::string(first, 3) == "gat");
  CHECK(std::string(second) == "hered");
  CHECK(recv.msg_namelen == sizeof(sys::SockaddrIn));
  CHECK(from.sin_addr == net::Ipv4Address::loopback());
  CHECK(solo::net_to_host16(from.sin_port) == sys::getsockname(*a).value().port());

  // A datagram longer than the buffers: the rest is dropped and MSG_TRUNC says so.
  REQUIRE(sys::sendmsg(*a, send, sys::MsgFlags::None).value_or(0) == 8);
  char tiny[2];
  sys::Iovec one{tiny, sizeof(tiny)};
  sys::Msghdr small;
  small.msg_iov = &one;
  small.msg_iovlen = 1;
  REQUIRE(sys::recvmsg(*b, small, sys::MsgFlags::None).value_or(0) == 2);
  CHECK(sys::has(small.msg_flags, sys::MsgFlags::Trunc));

  CHECK(sys::recvmsg(*b, small, sys::MsgFlags::DontWait).error() == Errno::EAGAIN);
  CHECK(sys::sendmsg(-1, send, sys::MsgFlags::None).error() == Errno::EBADF);
}
