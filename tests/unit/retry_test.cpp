// The EINTR layer's descriptor and socket wrappers on the happy path (the storm and interrupt cases are
// hermetic tests: tests/hermetic/signal_storm.cpp, signal_interrupt.cpp), and that each takes exactly the
// types of the typed call in solo::sys.
#include "prelude.hpp"

#include <sys/socket.h>
#include <sys/un.h>

#include <string.h>

namespace io = solo::io;

TEST_CASE("readv and writev move scattered buffers, send and recv work on a socket pair") {
  int sv[2];
  REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  char a[] = "scatter", b[] = "-gather";
  solo::sys::Iovec out[2] = {{a, 7}, {b, 7}};
  CHECK(io::writev(sv[0], out, 2).value_or(0) == 14);
  char x[5] = {}, y[9] = {};
  solo::sys::Iovec in[2] = {{x, 5}, {y, 9}};
  CHECK(io::readv(sv[1], in, 2).value_or(0) == 14);
  CHECK(std::string(x, 5) + std::string(y, 9) == "scatter-gather");

  CHECK(io::send(sv[1], "ping", 4).value_or(0) == 4);
  char buf[8] = {};
  CHECK(io::recv(sv[0], buf, sizeof buf).value_or(0) == 4);
  CHECK(std::string(buf, 4) == "ping");
  ::close(sv[0]);
  ::close(sv[1]);
}

TEST_CASE("connect and accept4 through the policy, and connect reports refusal as an Errno") {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::string name = "solo-retry-test-" + std::to_string(::getpid());
  memcpy(addr.sun_path + 1, name.data(), name.size()); // abstract: nothing on disk
  socklen_t len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());

  int client = ::socket(AF_UNIX, SOCK_STREAM, 0);
  CHECK(io::connect(client, &addr, len).error() == solo::Errno::ECONNREFUSED);
  ::close(client);

  int server = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(::bind(server, reinterpret_cast<sockaddr *>(&addr), len) == 0);
  REQUIRE(::listen(server, 1) == 0);
  client = ::socket(AF_UNIX, SOCK_STREAM, 0);
  CHECK(io::connect(client, &addr, len).has_value());
  auto conn = io::accept4(server, nullptr);
  REQUIRE(conn.has_value());
  CHECK(io::write_all(client, "hello", 5).has_value());
  char buf[5];
  CHECK(io::read_exact(*conn, buf, 5).value_or(0) == 5);
  CHECK(std::string(buf, 5) == "hello");
  ::close(client); // end of file for the reader
  CHECK(io::read_exact(*conn, buf, 5).value_or(99) == 0);
  (void)conn->close();
  ::close(server);
}

TEST_CASE("copy moves everything to end of file and counts it") {
  int a[2], b[2];
  REQUIRE(::pipe(a) == 0);
  REQUIRE(::pipe(b) == 0);
  std::string data(40000, 'z'); // under both pipes' 64 KiB: no other thread needed
  data[123] = 'q';
  REQUIRE(io::write_all(a[1], data.data(), data.size()).has_value());
  ::close(a[1]);
  size_t done = 0;
  CHECK(io::copy(a[0], b[1], &done).value_or(0) == data.size());
  CHECK(done == data.size());
  ::close(b[1]);
  std::string got(data.size(), '\0');
  CHECK(io::read_exact(b[0], got.data(), got.size()).value_or(0) == data.size());
  CHECK(got == data);
  ::close(a[0]);
  ::close(b[0]);
}

namespace sys = solo::sys;

namespace {
// The parameter lists of two functions, compared.
template <class... A> struct Params {};
template <class R, class... A> constexpr Params<A...> params(R (*)(A...) noexcept) { return {}; }
template <class A, class B> constexpr bool same_params(A a, B b) {
  return __is_same(decltype(params(a)), decltype(params(b)));
}
} // namespace

// The two layers differ in policy only: the same parameter types, call for call.
static_assert(same_params(&io::read, &sys::read));
static_assert(same_params(&io::write, &sys::write));
static_assert(same_params(&io::readv, &sys::readv));
static_assert(same_params(&io::writev, &sys::writev));
static_assert(same_params(&io::openat, &sys::openat));
static_assert(same_params(&io::flock, &sys::flock));
static_assert(same_params(&io::accept4, &sys::accept4));
static_assert(same_params(&io::recvfrom, &sys::recvfrom));
static_assert(same_params(&io::sendto, &sys::sendto));
static_assert(same_params(&io::recvmsg, &sys::recvmsg));
static_assert(same_params(&io::sendmsg, &sys::sendmsg));
static_assert(
    same_params(static_cast<solo::Result<void> (*)(solo::FdRef, const sys::SocketAddress &) noexcept>(&io::connect),
                static_cast<solo::Result<void> (*)(solo::FdRef, const sys::SocketAddress &) noexcept>(&sys::connect)));
static_assert(same_params(
    static_cast<solo::Result<void> (*)(solo::FdRef, const void *, sys::socklen_t) noexcept>(&io::connect),
    static_cast<solo::Result<void> (*)(solo::FdRef, const void *, sys::socklen_t) noexcept>(&sys::connect)));
static_assert(same_params(&io::wait4, &sys::wait4));
static_assert(same_params(&io::waitid, &sys::waitid));
static_assert(__is_same(decltype(io::wait4(0)), decltype(sys::wait4(0))));
static_assert(__is_same(decltype(io::epoll_wait(0, nullptr, 0, 0)), decltype(sys::epoll_pwait(0, nullptr, 0, 0))));
static_assert(__is_same(decltype(io::poll(nullptr, 0, 0)), decltype(sys::ppoll(nullptr, 0, nullptr))));

TEST_CASE("the EINTR layer with the typed layer's types: epoll, message flags, addresses, messages, children") {
  // epoll_wait fills sys::EpollEvent.
  auto pair = sys::socketpair(sys::AddressFamily::Unix, sys::SocketType::Stream | sys::SocketType::CloseOnExec);
  REQUIRE(pair.has_value());
  auto ep = sys::epoll_create1();
  REQUIRE(ep.has_value());
  auto interest = sys::epoll_event_for_fd(sys::EpollEvents::In, pair->second.get());
  REQUIRE(sys::epoll_ctl(*ep, sys::EpollOp::Add, pair->second, &interest).has_value());
  sys::EpollEvent events[4];
  CHECK(io::epoll_wait(*ep, events, 4, 0).value_or(99) == 0);
  CHECK(io::send(pair->first, "x", 1, sys::MsgFlags::None).value_or(0) == 1);
  REQUIRE(io::epoll_wait(*ep, events, 4, 1000).value_or(0) == 1);
  sys::EpollData data = events[0].data; // copied out: packed on x86-64
  CHECK(data.fd == pair->second.get());
  CHECK(has(events[0].events, sys::EpollEvents::In));
  char c;
  CHECK(io::recv(pair->second, &c, 1, sys::MsgFlags::DontWait).value_or(0) == 1);
  CHECK(io::recv(pair->second, &c, 1, sys::MsgFlags::DontWait).error() == solo::Errno::EAGAIN);

  // sys::MsgFlags::NoSignal: EPIPE without SIGPIPE.
  (void)pair->second.close();
  CHECK(io::send(pair->first, "x", 1, sys::MsgFlags::NoSignal).error() == solo::Errno::EPIPE);

  // Addresses: a named datagram socket tells the receiver who sent (recvfrom fills a sys::SocketAddress).
  std::string base = "solo-retry-types-" + std::to_string(::getpid());
  auto here = sys::SocketAddress::unix_abstract(solo::StringView((base + "-a").c_str()));
  auto there = sys::SocketAddress::unix_abstract(solo::StringView((base + "-b").c_str()));
  REQUIRE((here && there));
  auto a = sys::socket(sys::AddressFamily::Unix, sys::SocketType::Dgram | sys::SocketType::CloseOnExec);
  auto b = sys::socket(sys::AddressFamily::Unix, sys::SocketType::Dgram | sys::SocketType::CloseOnExec);
  REQUIRE((a && b));
  REQUIRE(sys::bind(*a, *here).has_value());
  REQUIRE(sys::bind(*b, *there).has_value());
  CHECK(io::sendto(*a, "hi", 2, sys::MsgFlags::None, &*there).value_or(0) == 2);
  sys::SocketAddress from;
  char buf[8];
  CHECK(io::recvfrom(*b, buf, sizeof buf, sys::MsgFlags::None, &from).value_or(0) == 2);
  CHECK(from.is_abstract());
  CHECK(std::string(from.unix_name().data(), from.unix_name().size()) == base + "-a");

  // Messages: sys::Msghdr through sendmsg and recvmsg.
  char one[] = "one", two[8] = {};
  sys::Iovec out{one, 3}, in{two, sizeof two};
  sys::Msghdr sent;
  sent.msg_iov = &out;
  sent.msg_iovlen = 1;
  CHECK(io::sendmsg(*a, sent, sys::MsgFlags::None).has_value() == false); // not connected: no destination
  sent.msg_name = const_cast<void *>(there->data());
  sent.msg_namelen = static_cast<int>(there->length());
  CHECK(io::sendmsg(*a, sent, sys::MsgFlags::None).value_or(0) == 3);
  sys::Msghdr received;
  received.msg_iov = &in;
  received.msg_iovlen = 1;
  CHECK(io::recvmsg(*b, received, sys::MsgFlags::None).value_or(0) == 3);
  CHECK(std::string(two) == "one");

  // Children: wait4 and waitid give sys::Waited (a sys::ChildStatus) and fill sys::Rusage.
  pid_t child = ::fork();
  if (child == 0) ::_exit(7);
  sys::Rusage usage;
  usage.ru_maxrss = -1;
  auto w = io::wait4(child, sys::WaitOptions::None, &usage);
  REQUIRE(w.has_value());
  CHECK(w->pid == child);
  CHECK(w->status.exit_code() == 7);
  CHECK(usage.ru_maxrss >= 0);
  child = ::fork();
  if (child == 0) {
    ::kill(::getpid(), SIGKILL);
    ::_exit(0);
  }
  auto v = io::waitid(sys::IdType::Pid, child, sys::WaitOptions::Exited);
  REQUIRE(v.has_value());
  CHECK(v->pid == child);
  CHECK(v->status.signaled());
  CHECK(v->status.signal() == SIGKILL);
  CHECK(io::wait4(-1, sys::WaitOptions::NoHang).error() == solo::Errno::ECHILD);
}
