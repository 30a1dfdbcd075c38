// ppoll, pselect6, epoll, eventfd and inotify.
#include "prelude.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <set>
#include <vector>

using solo::Errno;
using solo::Timespec;
namespace sys = solo::sys;

namespace {

struct Pipe {
  int r = -1, w = -1;
  Pipe() {
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    r = fds[0];
    w = fds[1];
  }
  ~Pipe() {
    if (r >= 0) ::close(r);
    if (w >= 0) ::close(w);
  }
};

} // namespace

TEST_CASE("ppoll sees a pipe become readable") {
  Pipe p;
  sys::Pollfd fds[2] = {{p.r, sys::PollEvents::In, sys::PollEvents::None},
                        {p.w, sys::PollEvents::Out, sys::PollEvents::None}};
  Timespec zero{};
  auto n = sys::ppoll(fds, 1, &zero);
  REQUIRE(n.has_value());
  CHECK(*n == 0);
  CHECK(fds[0].revents == sys::PollEvents::None);

  REQUIRE(::write(p.w, "x", 1) == 1);
  Timespec timeout{5, 0};
  n = sys::ppoll(fds, 2, &timeout);
  REQUIRE(n.has_value());
  CHECK(*n == 2);
  CHECK(sys::has(fds[0].revents, sys::PollEvents::In));
  CHECK(sys::has(fds[1].revents, sys::PollEvents::Out));
  CHECK(timeout <= Timespec{5, 0}); // the kernel wrote back the time left

  // Closing the writer: the reader sees the hang-up; a negative fd is skipped; a closed fd is POLLNVAL.
  ::close(p.w);
  p.w = -1;
  char c;
  REQUIRE(::read(p.r, &c, 1) == 1);
  int closed = ::dup(p.r);
  ::close(closed);
  sys::Pollfd more[3] = {{p.r, sys::PollEvents::In, sys::PollEvents::None},
                         {-1, sys::PollEvents::In, sys::PollEvents::None},
                         {closed, sys::PollEvents::In, sys::PollEvents::None}};
  n = sys::ppoll(more, 3, nullptr);
  REQUIRE(n.has_value());
  CHECK(*n == 2);
  CHECK(sys::has(more[0].revents, sys::PollEvents::Hup));
  CHECK(more[1].revents == sys::PollEvents::None);
  CHECK(more[2].revents == sys::PollEvents::Nval);
}

TEST_CASE("ppoll errors and a signal mask") {
  Pipe p;
  sys::Pollfd fd{p.r, sys::PollEvents::In, sys::PollEvents::None};
  Timespec bad{0, 1'000'000'000};
  CHECK(sys::ppoll(&fd, 1, &bad).error() == Errno::EINVAL);
  Timespec zero{};
  CHECK(sys::ppoll(&fd, 0x7fffffff, &zero).error() == Errno::EINVAL); // more than RLIMIT_NOFILE
  CHECK(sys::ppoll(reinterpret_cast<sys::Pollfd *>(8), 1, &zero).error() == Errno::EFAULT);
  // With a signal mask (SIGUSR2 blocked while waiting): a zero wait still works.
  uint64_t mask = 1ULL << (SIGUSR2 - 1);
  auto n = sys::ppoll(&fd, 1, &zero, &mask);
  REQUIRE(n.has_value());
  CHECK(*n == 0);
}

TEST_CASE("pselect6 and FdSet") {
  sys::FdSet set;
  CHECK_FALSE(set.test(3));
  set.set(3);
  set.set(64);
  set.set(1023);
  set.set(1024); // ignored: outside an fd_set
  set.set(-1);
  CHECK(set.test(3));
  CHECK(set.test(64));
  CHECK(set.test(1023));
  CHECK_FALSE(set.test(1024));
  CHECK_FALSE(set.test(4));
  // Descriptor 64 is bit 0 of the second word on 64-bit architectures, of the third on 32-bit ones.
  CHECK(set.fds_bits[64 / (8 * sizeof(set.fds_bits[0]))] == 1);
  set.clear(3);
  CHECK_FALSE(set.test(3));
  set.zero();
  CHECK_FALSE(set.test(64));

  Pipe p;
  sys::FdSet rd, wr;
  rd.set(p.r);
  wr.set(p.w);
  Timespec timeout{5, 0};
  int nfds = (p.r > p.w ? p.r : p.w) + 1;
  auto n = sys::pselect6(nfds, &rd, &wr, nullptr, &timeout);
  REQUIRE(n.has_value());
  CHECK(*n == 1); // only writable
  CHECK_FALSE(rd.test(p.r));
  CHECK(wr.test(p.w));

  REQUIRE(::write(p.w, "x", 1) == 1);
  rd.set(p.r);
  uint64_t mask = 1ULL << (SIGUSR2 - 1);
  n = sys::pselect6(nfds, &rd, nullptr, nullptr, &timeout, &mask);
  REQUIRE(n.has_value());
  CHECK(*n == 1);
  CHECK(rd.test(p.r));

  CHECK(sys::pselect6(-1, nullptr, nullptr, nullptr, &timeout).error() == Errno::EINVAL);
  int closed = ::dup(p.r);
  ::close(closed);
  sys::FdSet bad;
  bad.set(closed);
  CHECK(sys::pselect6(closed + 1, &bad, nullptr, nullptr, &timeout).error() == Errno::EBADF);
}

TEST_CASE("eventfd counts, blocks and rejects misuse") {
  auto fd = sys::eventfd2(3, sys::EventfdFlags::CloseOnExec | sys::EventfdFlags::NonBlock);
  REQUIRE(fd.has_value());
  REQUIRE(sys::eventfd_write(*fd, 4).has_value());
  auto v = sys::eventfd_read(*fd);
  REQUIRE(v.has_value());
  CHECK(*v == 7);
  CHECK(sys::eventfd_read(*fd).error() == Errno::EAGAIN);
  CHECK(sys::eventfd_write(*fd, ~0ULL).error() == Errno::EINVAL);
  char small[4];
  CHECK(sys::read(fd->get(), small, sizeof(small)).error() == Errno::EINVAL); // reads are 8 bytes

  auto sem = sys::eventfd2(2, sys::EventfdFlags::Semaphore | sys::EventfdFlags::NonBlock);
  REQUIRE(sem.has_value());
  CHECK(sys::eventfd_read(*sem).value_or(0) == 1);
  CHECK(sys::eventfd_read(*sem).value_or(0) == 1);
  CHECK(sys::eventfd_read(*sem).error() == Errno::EAGAIN);

  CHECK(sys::eventfd2(0, static_cast<sys::EventfdFlags>(0x10)).error() == Errno::EINVAL);
}

TEST_CASE("epoll waits on an eventfd, a timerfd and a pipe") {
  auto ep = sys::epoll_create1();
  REQUIRE(ep.has_value());
  auto efd = sys::eventfd2(0);
  REQUIRE(efd.has_value());
  auto tfd = sys::timerfd_create(sys::ClockId::Monotonic);
  REQUIRE(tfd.has_value());
  Pipe p;

  for (int fd : {efd->get(), tfd->get(), p.r}) {
    auto ev = sys::epoll_event_for_fd(sys::EpollEvents::In, fd);
    REQUIRE(sys::epoll_ctl(*ep, sys::EpollOp::Add, fd, &ev).has_value());
  }
  sys::EpollEvent events[8];
  auto n = sys::epoll_pwait(*ep, events, 8, 0);
  REQUIRE(n.has_value());
  CHECK(*n == 0);

  REQUIRE(sys::eventfd_write(*efd, 1).has_value());
  REQUIRE(::write(p.w, "ab", 2) == 2);
  sys::Itimerspec spec{};
  spec.it_value = Timespec::from_milliseconds(10);
  REQUIRE(sys::timerfd_settime(*tfd, sys::TimerfdSetFlags::None, spec).has_value());

  std::set<int> seen;
  for (int round = 0; round < 10 && seen.size() < 3; ++round) {
    n = sys::epoll_pwait(*ep, events, 8, 5000);
    REQUIRE(n.has_value());
    for (unsigned i = 0; i < *n; ++i) {
      sys::EpollData data = events[i].data; // copied out: the struct is packed on x86-64
      CHECK(sys::has(events[i].events, sys::EpollEvents::In));
      seen.insert(data.fd);
      // Level-triggered: each source stays ready until drained.
      if (data.fd == tfd->get()) CHECK(sys::timerfd_read(*tfd).value_or(0) == 1);
      if (data.fd == efd->get()) CHECK(sys::eventfd_read(*efd).value_or(0) == 1);
      char buf[2];
      if (data.fd == p.r) CHECK(::read(p.r, buf, 2) == 2);
    }
  }
  CHECK(seen == std::set<int>{efd->get(), tfd->get(), p.r});
  n = sys::epoll_pwait(*ep, events, 8, 0);
  REQUIRE(n.has_value());
  CHECK(*n == 0);

  // Data in the pipe again, but the pipe taken out: epoll no longer reports it.
  REQUIRE(::write(p.w, "c", 1) == 1);
  REQUIRE(sys::epoll_ctl(*ep, sys::EpollOp::Del, p.r, nullptr).has_value());
  uint64_t mask = 1ULL << (SIGUSR2 - 1);
  n = sys::epoll_pwait(*ep, events, 8, 0, &mask);
  REQUIRE(n.has_value());
  CHECK(*n == 0);

  // Mod: watch the write end's writability with a pointer cookie.
  auto wev = sys::epoll_event_for_fd(sys::EpollEvents::Out, p.w);
  REQUIRE(sys::epoll_ctl(*ep, sys::EpollOp::Add, p.w, &wev).has_value());
  static int cookie;
  sys::EpollEvent mod;
  mod.events = sys::EpollEvents::Out | sys::EpollEvents::EdgeTriggered;
  mod.data.ptr = &cookie;
  REQUIRE(sys::epoll_ctl(*ep, sys::EpollOp::Mod, p.w, &mod).has_value());
  n = sys::epoll_pwait(*ep, events, 8, 1000);
  REQUIRE(n.has_value());
  REQUIRE(*n == 1);
  sys::EpollData data = events[0].data;
  CHECK(data.ptr == &cookie);
}

TEST_CASE("epoll errors") {
  auto ep = sys::epoll_create1(sys::EpollFlags::CloseOnExec);
  REQUIRE(ep.has_value());
  auto efd = sys::eventfd2(0);
  REQUIRE(efd.has_value());
  auto ev = sys::epoll_event_for_fd(sys::EpollEvents::In, efd->get());
  REQUIRE(sys::epoll_ctl(*ep, sys::EpollOp::Add, *efd, &ev).has_value());
  CHECK(sys::epoll_ctl(*ep, sys::EpollOp::Add, *efd, &ev).error() == Errno::EEXIST);
  auto other = sys::eventfd2(0);
  REQUIRE(other.has_value());
  CHECK(sys::epoll_ctl(*ep, sys::EpollOp::Del, *other, nullptr).error() == Errno::ENOENT);
  CHECK(sys::epoll_ctl(*ep, sys::EpollOp::Mod, *other, &ev).error() == Errno::ENOENT);
  CHECK(sys::epoll_ctl(*ep, sys::EpollOp::Add, *ep, &ev).error() == Errno::EINVAL);     // itself
  CHECK(sys::epoll_ctl(*efd, sys::EpollOp::Add, *other, &ev).error() == Errno::EINVAL); // not an epoll fd
  CHECK(sys::epoll_ctl(-1, sys::EpollOp::Add, *other, &ev).error() == Errno::EBADF);
  sys::EpollEvent events[1];
  CHECK(sys::epoll_pwait(*ep, events, 0, 0).error() == Errno::EINVAL);
  CHECK(sys::epoll_create1(static_cast<sys::EpollFlags>(1)).error() == Errno::EINVAL);
}

TEST_CASE("inotify sees a file created in a directory") {
  char dir[] = "/tmp/solo-inotify-XXXXXX";
  REQUIRE(::mkdtemp(dir) != nullptr);
  auto in = sys::inotify_init1(sys::InotifyFlags::CloseOnExec | sys::InotifyFlags::NonBlock);
  REQUIRE(in.has_value());
  auto wd = sys::inotify_add_watch(*in, dir, sys::InotifyMask::Create | sys::InotifyMask::Delete);
  REQUIRE(wd.has_value());
  // Watching the same path again gives the same watch descriptor.
  CHECK(sys::inotify_add_watch(*in, dir, sys::InotifyMask::Create | sys::InotifyMask::MaskAdd).value_or(-1) == *wd);

  alignas(8) char buf[4096];
  CHECK(sys::read(in->get(), buf, sizeof(buf)).error() == Errno::EAGAIN);

  std::string file = std::string(dir) + "/hello.txt";
  int fd = ::open(file.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
  REQUIRE(fd >= 0);
  ::close(fd);
  REQUIRE(::mkdir((std::string(dir) + "/sub").c_str(), 0700) == 0);
  REQUIRE(::unlink(file.c_str()) == 0);

  std::vector<std::string> got;
  auto n = sys::read(in->get(), buf, sizeof(buf));
  REQUIRE(n.has_value());
  for (sys::InotifyEvent e : sys::InotifyEvents(buf, *n)) {
    CHECK(e.wd == *wd);
    std::string name(e.name.data(), e.name.size());
    if (sys::has(e.mask, sys::InotifyMask::Create)) got.push_back("create " + name);
    if (sys::has(e.mask, sys::InotifyMask::Delete)) got.push_back("delete " + name);
    if (sys::has(e.mask, sys::InotifyMask::IsDir)) got.back() += "/";
  }
  CHECK(got == std::vector<std::string>{"create hello.txt", "create sub/", "delete hello.txt"});

  REQUIRE(sys::inotify_rm_watch(*in, *wd).has_value());
  n = sys::read(in->get(), buf, sizeof(buf));
  REQUIRE(n.has_value());
  auto events = sys::InotifyEvents(buf, *n);
  REQUIRE(events.begin() != events.end());
  CHECK(sys::has((*events.begin()).mask, sys::InotifyMask::Ignored));
  CHECK(sys::inotify_rm_watch(*in, *wd).error() == Errno::EINVAL);

  ::rmdir((std::string(dir) + "/sub").c_str());
  ::rmdir(dir);
}

TEST_CASE("inotify errors") {
  auto in = sys::inotify_init1();
  REQUIRE(in.has_value());
  CHECK(sys::inotify_add_watch(*in, "/nonexistent/solo", sys::InotifyMask::Create).error() == Errno::ENOENT);
  CHECK(sys::inotify_add_watch(*in, "/tmp", sys::InotifyMask::None).error() == Errno::EINVAL);
  CHECK(
      sys::inotify_add_watch(*in, "/proc/self/status", sys::InotifyMask::Create | sys::InotifyMask::OnlyDir).error() ==
      Errno::ENOTDIR);
  CHECK(sys::inotify_add_watch(-1, "/tmp", sys::InotifyMask::Create).error() == Errno::EBADF);
  CHECK(sys::inotify_init1(static_cast<sys::InotifyFlags>(1)).error() == Errno::EINVAL);
}

TEST_CASE("InotifyEvents walks a buffer of padded events and stops at a truncated one") {
  alignas(4) unsigned char buf[128] = {};
  size_t off = 0;
  auto put = [&](int wd, uint32_t mask, uint32_t cookie, const char *name, uint32_t len) {
    sys::InotifyEventHeader h{wd, mask, cookie, len};
    memcpy(buf + off, &h, sizeof(h));
    if (name) memcpy(buf + off + sizeof(h), name, strlen(name));
    off += sizeof(h) + len;
  };
  put(1, 0x100, 0, "a.txt", 16);
  put(2, 0x40, 77, nullptr, 0);
  put(3, 0x80, 77, "b", 4);
  std::vector<std::string> seen;
  for (auto e : sys::InotifyEvents(buf, off))
    seen.push_back(std::to_string(e.wd) + ":" + std::string(e.name.data(), e.name.size()) + ":" +
                   std::to_string(e.cookie));
  CHECK(seen == std::vector<std::string>{"1:a.txt:0", "2::77", "3:b:77"});

  // A buffer that ends inside the third event's name yields only the first two.
  seen.clear();
  for (auto e : sys::InotifyEvents(buf, off - 1)) seen.push_back(std::to_string(e.wd));
  CHECK(seen == std::vector<std::string>{"1", "2"});
  CHECK(sys::InotifyEvents(buf, 3).begin() == sys::InotifyEvents(buf, 3).end());
}

namespace {

volatile sig_atomic_t usr1_seen = 0;
void on_usr1(int) { usr1_seen = usr1_seen + 1; }

// SIGUSR1 handled without SA_RESTART and blocked in the thread's mask, so it stays pending until a call's own
// signal mask lets it in. Restores everything when it goes out of scope.
struct PendingUsr1 {
  struct sigaction old_action;
  sigset_t old_mask;
  PendingUsr1() {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_usr1;
    sigemptyset(&sa.sa_mask);
    REQUIRE(sigaction(SIGUSR1, &sa, &old_action) == 0);
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    REQUIRE(sigprocmask(SIG_BLOCK, &block, &old_mask) == 0);
    usr1_seen = 0;
  }
  void raise_it() { REQUIRE(::kill(::getpid(), SIGUSR1) == 0); }
  ~PendingUsr1() {
    sigprocmask(SIG_SETMASK, &old_mask, nullptr);
    sigaction(SIGUSR1, &old_action, nullptr);
  }
};

constexpr uint64_t usr1_bit = 1ULL << (SIGUSR1 - 1);

} // namespace

TEST_CASE("ppoll, pselect6 and epoll_pwait: the call's signal mask decides whether a pending signal interrupts") {
  PendingUsr1 usr1;
  Pipe p; // never readable: only a signal or the timeout ends the waits
  const uint64_t open_mask = 0, closed_mask = usr1_bit;

  // ppoll: with SIGUSR1 blocked by the call's mask it times out; with it unblocked the pending signal
  // interrupts at once (EINTR, never restarted) and the handler runs.
  usr1.raise_it();
  sys::Pollfd fd{p.r, sys::PollEvents::In, sys::PollEvents::None};
  Timespec short_wait = Timespec::from_milliseconds(10);
  CHECK(sys::ppoll(&fd, 1, &short_wait, &closed_mask).value_or(99) == 0);
  CHECK(usr1_seen == 0);
  Timespec long_wait{30, 0};
  CHECK(sys::ppoll(&fd, 1, &long_wait, &open_mask).error() == Errno::EINTR);
  CHECK(usr1_seen == 1);

  usr1.raise_it();
  sys::FdSet rd;
  rd.set(p.r);
  short_wait = Timespec::from_milliseconds(10);
  CHECK(sys::pselect6(p.r + 1, &rd, nullptr, nullptr, &short_wait, &closed_mask).value_or(99) == 0);
  CHECK(usr1_seen == 1);
  rd.set(p.r);
  long_wait = Timespec{30, 0};
  CHECK(sys::pselect6(p.r + 1, &rd, nullptr, nullptr, &long_wait, &open_mask).error() == Errno::EINTR);
  CHECK(usr1_seen == 2);

  usr1.raise_it();
  auto ep = sys::epoll_create1();
  REQUIRE(ep.has_value());
  auto ev = sys::epoll_event_for_fd(sys::EpollEvents::In, p.r);
  REQUIRE(sys::epoll_ctl(*ep, sys::EpollOp::Add, p.r, &ev).has_value());
  sys::EpollEvent events[1];
  CHECK(sys::epoll_pwait(*ep, events, 1, 10, &closed_mask).value_or(99) == 0);
  CHECK(usr1_seen == 2);
  CHECK(sys::epoll_pwait(*ep, events, 1, 30000, &open_mask).error() == Errno::EINTR);
  CHECK(usr1_seen == 3);
}
