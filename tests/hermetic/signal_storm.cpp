// The EINTR layer under a signal storm: SIGALRM every millisecond from ITIMER_REAL, handled without SA_RESTART,
// so the kernel fails every blocking call it catches with EINTR. solo must resume each of them, keep every
// timed wait's deadline and never let an EINTR reach the program.
//
// Time bounds: a wait must never end before its deadline (exact: the monotonic clock is the one the deadline
// is set on). Its upper bound is the deadline plus `slack_ms` = 2 s: far more than scheduling delay on a
// loaded machine, under qemu-user (which delivers each signal at its next translation-block boundary) or in
// a kernel booted under TCG, and far less than what the bug it catches costs: a wait that restarted its full
// timeout at each of the ~300 signals would never end, and one that lost a little per signal would come out
// early.
#include "signal_util.hpp"

using namespace test;
using solo::Errno;
using solo::Timespec;

namespace {

constexpr long slack_ms = 2000;
constexpr size_t total = 1 << 20;

unsigned char pattern(size_t i) { return static_cast<unsigned char>((i * 131) ^ (i >> 10)); }

// (a) 1 MiB through a pipe that a child fills slowly, in odd-sized pieces with pauses.
void pipe_under_storm() {
  int fds[2];
  CHECK(sys::pipe2(fds).has_value());
  int child = spawn([&] {
    (void)sys::close(fds[0]);
    static unsigned char piece[1000];
    size_t sent = 0;
    for (int n = 0; sent < total; ++n) {
      size_t size = total - sent < sizeof piece ? total - sent : sizeof piece;
      for (size_t i = 0; i < size; ++i) piece[i] = pattern(sent + i);
      if (!solo::io::write_all(fds[1], piece, size)) return 1;
      sent += size;
      if (n % 32 == 31) pause_ms(1);
    }
    return 0;
  });
  (void)sys::close(fds[1]);

  long before = alarms;
  long start = now_ms();
  static unsigned char buf[3000];
  size_t received = 0, wrong = 0, errors = 0;
  for (;;) {
    auto n = io::read(fds[0], buf, sizeof buf);
    if (!n) {
      ++errors;
      break;
    }
    if (*n == 0) break;
    for (size_t i = 0; i < *n; ++i) wrong += buf[i] != pattern(received + i);
    received += *n;
  }
  long took = now_ms() - start;
  CHECK_EQ(errors, 0);
  CHECK_EQ(received, total);
  CHECK_EQ(wrong, 0);
  CHECK(alarms - before > 10); // the storm really was on
  auto status = wait_for(child);
  CHECK_EQ(status.exit_code(), 0);
  (void)sys::close(fds[0]);
  print("pipe 1 MiB: ", took, " ms, ");
  print("", alarms - before, " signals\n");
}

// (b) A 300 ms sleep.
void sleep_under_storm() {
  long before = alarms;
  long start = now_ms();
  CHECK(io::sleep_for(Timespec::from_milliseconds(300)).has_value());
  long took = now_ms() - start;
  CHECK(took >= 300);
  CHECK(took <= 300 + slack_ms);
  CHECK(alarms - before > 10);
  print("sleep 300 ms: ", took, " ms, ");
  print("", alarms - before, " signals\n");
}

// (c) Waiting for a child that exits after 200 ms, and polls with a 200 ms timeout.
void waits_under_storm() {
  long start = now_ms();
  int child = spawn([] {
    pause_ms(200);
    return 7;
  });
  auto status = wait_for(child);
  long took = now_ms() - start;
  CHECK_EQ(status.exit_code(), 7);
  CHECK(took >= 200);
  CHECK(took <= 200 + slack_ms);
  print("wait4 200 ms child: ", took, " ms\n");

  int fds[2];
  CHECK(sys::pipe2(fds).has_value());
  sys::Pollfd p{fds[0], sys::PollEvents::In, sys::PollEvents::None};
  start = now_ms();
  auto ready = io::poll(&p, 1, 200);
  took = now_ms() - start;
  CHECK(ready.has_value());
  CHECK_EQ(ready.value_or(99), 0);
  CHECK(took >= 200);
  CHECK(took <= 200 + slack_ms);
  print("poll 200 ms: ", took, " ms\n");

  // epoll_pwait: the same rule with whole milliseconds.
  auto ep = sys::epoll_create1();
  CHECK(ep.has_value());
  auto interest = sys::epoll_event_for_fd(sys::EpollEvents::In, fds[0]);
  CHECK(sys::epoll_ctl(ep ? ep->get() : -1, sys::EpollOp::Add, fds[0], &interest).has_value());
  sys::EpollEvent ev[4];
  start = now_ms();
  auto events = io::epoll_wait(ep ? ep->get() : -1, ev, 4, 200);
  took = now_ms() - start;
  CHECK(events.has_value());
  CHECK_EQ(events.value_or(99), 0);
  CHECK(took >= 200);
  CHECK(took <= 200 + slack_ms);
  print("epoll_wait 200 ms: ", took, " ms\n");

  // sigtimedwait for a signal that never comes.
  solo::Timespec timeout = Timespec::from_milliseconds(200);
  start = now_ms();
  auto got = sig::wait(sig::SignalSet::of(sig::USR2), nullptr, &timeout);
  took = now_ms() - start;
  CHECK(got.error() == Errno::EAGAIN);
  CHECK(took >= 200);
  CHECK(took <= 200 + slack_ms);
  print("sigtimedwait 200 ms: ", took, " ms\n");

  // And a poll that data ends early: it must report the data, not a timeout.
  int writer = spawn([&] {
    pause_ms(50);
    return solo::io::write_all(fds[1], "x", 1) ? 0 : 1;
  });
  start = now_ms();
  ready = io::poll(&p, 1, 5000);
  took = now_ms() - start;
  CHECK_EQ(ready.value_or(-1), 1);
  CHECK(has(p.revents, sys::PollEvents::In)); // found by argument-dependent lookup
  CHECK(took < 5000);
  status = wait_for(writer);
  (void)sys::close(fds[0]);
  (void)sys::close(fds[1]);
}

// A path under /tmp unique to this process: "/tmp/solo-<what>-<pid>".
const char *temp_path(char *buf, const char *what) {
  char digits[24];
  auto pid = solo::io::to_decimal(sys::getpid(), digits);
  size_t n = 0;
  for (const char *p = "/tmp/solo-"; *p;) buf[n++] = *p++;
  for (const char *p = what; *p;) buf[n++] = *p++;
  buf[n++] = '-';
  for (char c : pid) buf[n++] = c;
  buf[n] = '\0';
  return buf;
}

// (e) Opening a FIFO blocks until a writer opens it; flock blocks until the holder lets go. Both are resumed.
void open_and_lock_under_storm() {
  char fifo[64];
  temp_path(fifo, "fifo");
  constexpr unsigned s_ififo = 0010000;
  CHECK_EQ(sys::raw(sys::nr::mknodat, sys::at_fdcwd, fifo, s_ififo | 0600, 0), 0);
  // The children count their pause from the parent's go, a byte it writes right before the call that must
  // block: a parent slow to get there (a loaded machine, an emulator) would otherwise not block at all.
  int go[2];
  CHECK(sys::pipe2(go).has_value());
  auto say_go = [&] { (void)sys::raw(sys::nr::write, go[1], "g", 1); };
  auto wait_go = [&] {
    char g;
    return sys::raw(sys::nr::read, go[0], &g, 1) == 1;
  };
  int writer = spawn([&] {
    if (!wait_go()) return 1;
    pause_ms(100);
    auto fd = sys::openat(sys::at_fdcwd, solo::CStr(static_cast<const char *>(fifo)), sys::OpenFlags::WriteOnly);
    return fd && solo::io::write_all(*fd, "fifo", 4) ? 0 : 1;
  });
  long before = alarms;
  say_go();
  auto fd = io::openat(sys::at_fdcwd, solo::CStr(static_cast<const char *>(fifo)), sys::OpenFlags::ReadOnly);
  CHECK(fd.has_value());
  // The open really blocked through the storm and was resumed: at least one alarm arrived meanwhile. (Not
  // "many": pending alarms merge into one while a loaded machine keeps the process waiting for a CPU.)
  CHECK(alarms - before >= 1);
  char got[4] = {};
  CHECK_EQ(io::read_exact(fd ? fd->get() : -1, got, 4).value_or(0), 4);
  CHECK(solo::StringView(got, 4) == "fifo");
  auto status = wait_for(writer);
  CHECK_EQ(status.exit_code(), 0);
  (void)sys::raw(sys::nr::unlinkat, sys::at_fdcwd, fifo, 0);

  char lock[64];
  temp_path(lock, "lock");
  auto file = sys::openat(sys::at_fdcwd, solo::CStr(static_cast<const char *>(lock)),
                          sys::OpenFlags::Create | sys::OpenFlags::ReadWrite, 0600);
  CHECK(file.has_value());
  int ready[2];
  CHECK(sys::pipe2(ready).has_value());
  int holder = spawn([&] {
    // Its own open file description: a lock taken through the inherited one would be the parent's too.
    auto own = sys::openat(sys::at_fdcwd, solo::CStr(static_cast<const char *>(lock)), sys::OpenFlags::ReadWrite);
    if (!own || !io::flock(*own, sys::FlockOp::Exclusive)) return 1;
    if (!solo::io::write_all(ready[1], "L", 1) || !wait_go()) return 1;
    pause_ms(150);
    return 0; // exiting releases the lock
  });
  char c;
  CHECK_EQ(io::read(ready[0], &c, 1).value_or(0), 1);
  before = alarms;
  say_go();
  CHECK(io::flock(file ? file->get() : -1, sys::FlockOp::Exclusive).has_value());
  CHECK(alarms - before >= 1); // as for the FIFO
  status = wait_for(holder);
  CHECK_EQ(status.exit_code(), 0);
  (void)sys::close(ready[0]);
  (void)sys::close(ready[1]);
  (void)sys::close(go[0]);
  (void)sys::close(go[1]);
  (void)sys::raw(sys::nr::unlinkat, sys::at_fdcwd, lock, 0);
}

} // namespace

int main() {
  start_storm();
  pipe_under_storm();
  sleep_under_storm();
  waits_under_storm();
  open_and_lock_under_storm();
  stop_storm();
  return check::summary();
}
