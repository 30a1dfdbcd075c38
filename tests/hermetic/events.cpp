// The timer, event, socket and system layers from a freestanding program (solo's start-up, no libc): an
// eventfd, a timerfd and a socket pair watched by one epoll set, an absolute sleep, SCM_RIGHTS within the
// process, address text, uname and getrandom.
#include <solo.hpp>

#include "check.hpp"

namespace sys = solo::sys;
using solo::Timespec;

namespace {

Timespec monotonic_now() {
  Timespec t;
  (void)sys::raw(sys::tnr::clock_gettime, 1 /* CLOCK_MONOTONIC */, &t);
  return t;
}

bool same_text(solo::StringView a, const char *b) { return a == solo::StringView(b); }

} // namespace

int main() {
  // An absolute sleep ends at or after its deadline.
  Timespec deadline = monotonic_now() + Timespec::from_milliseconds(5);
  CHECK(sys::clock_nanosleep(sys::ClockId::Monotonic, sys::TimerFlags::AbsTime, deadline).has_value());
  CHECK(deadline <= monotonic_now());

  auto ep = sys::epoll_create1();
  auto efd = sys::eventfd2(0);
  auto tfd = sys::timerfd_create(sys::ClockId::Monotonic);
  auto pair = sys::socketpair(sys::AddressFamily::Unix, sys::SocketType::Stream | sys::SocketType::CloseOnExec);
  CHECK(ep && efd && tfd && pair);
  if (!(ep && efd && tfd && pair)) return check::summary();

  int watched[3] = {efd->get(), tfd->get(), pair->second.get()};
  for (int fd : watched) {
    auto ev = sys::epoll_event_for_fd(sys::EpollEvents::In, fd);
    CHECK(sys::epoll_ctl(*ep, sys::EpollOp::Add, fd, &ev).has_value());
  }
  CHECK(sys::eventfd_write(*efd, 2).has_value());
  CHECK_EQ(sys::sendto(pair->first, "ping", 4, sys::MsgFlags::None).value_or(0), 4);
  sys::Itimerspec spec{};
  spec.it_value = Timespec::from_milliseconds(2);
  CHECK(sys::timerfd_settime(*tfd, sys::TimerfdSetFlags::None, spec).has_value());

  int seen = 0; // one bit per source
  for (int round = 0; round < 10 && seen != 7; ++round) {
    sys::EpollEvent events[4];
    auto n = sys::epoll_pwait(*ep, events, 4, 5000);
    CHECK(n.has_value());
    if (!n) break;
    for (unsigned i = 0; i < *n; ++i) {
      sys::EpollData data = events[i].data;
      if (data.fd == efd->get()) {
        CHECK_EQ(sys::eventfd_read(*efd).value_or(0), 2);
        seen |= 1;
      } else if (data.fd == tfd->get()) {
        CHECK_EQ(sys::timerfd_read(*tfd).value_or(0), 1);
        seen |= 2;
      } else if (data.fd == pair->second.get()) {
        char buf[8];
        CHECK_EQ(sys::recvfrom(pair->second, buf, sizeof(buf), sys::MsgFlags::None).value_or(0), 4);
        seen |= 4;
      }
    }
  }
  CHECK_EQ(seen, 7);

  // SCM_RIGHTS inside one process: the received number is a new descriptor for the same eventfd.
  char payload = 'x';
  sys::Iovec iov{&payload, 1};
  sys::Msghdr msg;
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  sys::ControlBuffer<sys::cmsg_space(sizeof(int))> out_control;
  int send_fd = efd->get();
  CHECK(sys::put_scm_rights(msg, out_control.bytes, sizeof(out_control.bytes), &send_fd, 1).has_value());
  CHECK_EQ(sys::sendmsg(pair->first, msg, sys::MsgFlags::None).value_or(0), 1);
  sys::ControlBuffer<sys::cmsg_space(sizeof(int))> in_control;
  sys::Msghdr in;
  in.msg_iov = &iov;
  in.msg_iovlen = 1;
  in.msg_control = in_control.bytes;
  in.msg_controllen = sizeof(in_control.bytes);
  CHECK_EQ(sys::recvmsg(pair->second, in, sys::MsgFlags::CmsgCloexec).value_or(0), 1);
  auto *c = sys::cmsg_firsthdr(in);
  CHECK(c != nullptr);
  if (c) {
    CHECK_EQ(sys::scm_rights_count(c), 1);
    solo::Fd copy(sys::scm_rights_fd(c, 0));
    CHECK(copy.get() != efd->get());
    CHECK(sys::eventfd_write(copy, 5).has_value());
    CHECK_EQ(sys::eventfd_read(*efd).value_or(0), 5);
  }

  // Address text both ways.
  char v4[solo::net::ipv4_text_size];
  char v6[solo::net::ipv6_text_size];
  auto a4 = solo::net::parse_ipv4("192.168.1.20");
  auto a6 = solo::net::parse_ipv6("2001:DB8:0:0:1::1");
  CHECK(a4 && a6);
  if (a4) CHECK(same_text(solo::net::format_ipv4(*a4, v4), "192.168.1.20"));
  if (a6) CHECK(same_text(solo::net::format_ipv6(*a6, v6), "2001:db8::1:0:0:1"));

  auto u = sys::uname();
  CHECK(u.has_value());
  if (u) CHECK(same_text(u->sysname, "Linux"));
  unsigned char random[16] = {};
  CHECK_EQ(sys::getrandom(random, sizeof(random)).value_or(0), 16);
  CHECK(sys::sysinfo().has_value());
  return check::summary();
}
