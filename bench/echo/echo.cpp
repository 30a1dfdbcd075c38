// Unix-socket ping-pong between two processes, written with solo: the child echoes what the parent sends,
// waiting on epoll; the parent times N round trips with the monotonic clock and prints nanoseconds per trip.
#include <solo.hpp>

namespace sys = solo::sys;

int main(int argc, char **argv) {
  long rounds = 20000;
  if (argc > 1) {
    rounds = 0;
    for (const char *p = argv[1]; *p; ++p) rounds = rounds * 10 + (*p - '0');
  }
  auto pair = sys::socketpair(sys::AddressFamily::Unix, sys::SocketType::Stream | sys::SocketType::CloseOnExec);
  if (!pair) return 1;
  // fork: clone with only the exit signal (the argument order differs by architecture, but all are zero here).
  long pid = sys::raw(sys::nr::clone, 17 /* SIGCHLD */, 0, 0, 0, 0);
  if (pid < 0) return 2;
  char buf[64] = {};
  if (pid == 0) {
    auto ep = sys::epoll_create1();
    if (!ep) sys::exit_group(3);
    auto ev = sys::epoll_event_for_fd(sys::EpollEvents::In, pair->second.get());
    if (!sys::epoll_ctl(*ep, sys::EpollOp::Add, pair->second, &ev)) sys::exit_group(4);
    for (;;) {
      sys::EpollEvent out[1];
      if (!sys::epoll_pwait(*ep, out, 1, -1)) sys::exit_group(5);
      auto n = sys::recvfrom(pair->second, buf, sizeof(buf), sys::MsgFlags::None);
      if (!n || *n == 0) sys::exit_group(0);
      if (!sys::sendto(pair->second, buf, *n, sys::MsgFlags::None)) sys::exit_group(6);
    }
  }
  solo::Timespec start, end;
  (void)sys::raw(sys::nr::clock_gettime, 1, &start);
  for (long i = 0; i < rounds; ++i) {
    if (sys::sendto(pair->first, buf, sizeof(buf), sys::MsgFlags::None).value_or(0) != sizeof(buf)) return 7;
    size_t got = 0;
    while (got < sizeof(buf)) {
      auto n = sys::recvfrom(pair->first, buf + got, sizeof(buf) - got, sys::MsgFlags::None);
      if (!n || *n == 0) return 8;
      got += *n;
    }
  }
  (void)sys::raw(sys::nr::clock_gettime, 1, &end);
  (void)sys::shutdown(pair->first, sys::ShutdownHow::Write);
  int status = 0;
  (void)sys::raw(sys::nr::wait4, pid, &status, 0, 0);
  char digits[24];
  (void)solo::io::out(solo::io::to_decimal((end - start).to_nanoseconds() / rounds, digits));
  (void)solo::io::out("\n");
  return status == 0 ? 0 : 9;
}
