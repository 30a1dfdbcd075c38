// The EINTR layer's descriptor and socket wrappers on the happy path (the storm and interrupt cases are
// hermetic tests: tests/hermetic/signal_storm.cpp, signal_interrupt.cpp).
#include "prelude.hpp"

#include <sys/socket.h>
#include <sys/un.h>

#include <string.h>

namespace io = solo::io;

TEST_CASE("readv and writev move scattered buffers, send and recv work on a socket pair") {
  int sv[2];
  REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  char a[] = "scatter", b[] = "-gather";
  io::IoVec out[2] = {{a, 7}, {b, 7}};
  CHECK(io::writev(sv[0], out, 2).value_or(0) == 14);
  char x[5] = {}, y[9] = {};
  io::IoVec in[2] = {{x, 5}, {y, 9}};
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
  auto conn = io::accept4(server, nullptr, nullptr, SOCK_CLOEXEC);
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
