// Sleeps and timers. Timings are never asserted: only orderings (a sleep did not end before its deadline,
// a remainder is less than what was asked).
#include "prelude.hpp"

#include <signal.h>
#include <string.h>

using solo::Errno;
using solo::Timespec;
namespace sys = solo::sys;

namespace {

// The monotonic clock through the system call itself (no vDSO), as the kernel's sleeps measure it.
Timespec monotonic_now() {
  Timespec t;
  REQUIRE(sys::raw(sys::tnr::clock_gettime, 1 /* CLOCK_MONOTONIC */, &t) == 0);
  return t;
}

volatile sig_atomic_t signals_seen = 0;
void count_signal(int) { signals_seen = signals_seen + 1; }

// A handler without SA_RESTART, so blocking calls end with EINTR.
void install_counter(int signo) {
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = count_signal;
  sigemptyset(&sa.sa_mask);
  REQUIRE(sigaction(signo, &sa, nullptr) == 0);
  signals_seen = 0;
}

void restore_default(int signo) { signal(signo, SIG_DFL); }

} // namespace

TEST_CASE("clock_nanosleep relative does not return before the time has passed") {
  Timespec before = monotonic_now();
  Timespec request = Timespec::from_milliseconds(20);
  REQUIRE(sys::clock_nanosleep(sys::ClockId::Monotonic, sys::TimerFlags::None, request).has_value());
  CHECK(before + request <= monotonic_now());
}

TEST_CASE("clock_nanosleep absolute sleeps to the deadline") {
  Timespec deadline = monotonic_now() + Timespec::from_milliseconds(30);
  REQUIRE(sys::clock_nanosleep(sys::ClockId::Monotonic, sys::TimerFlags::AbsTime, deadline).has_value());
  CHECK(deadline <= monotonic_now());
  // A deadline already past returns at once, successfully.
  CHECK(sys::clock_nanosleep(sys::ClockId::Monotonic, sys::TimerFlags::AbsTime, Timespec{0, 0}).has_value());
}

TEST_CASE("clock_nanosleep and nanosleep reject bad times and clocks") {
  CHECK(sys::clock_nanosleep(sys::ClockId::Monotonic, sys::TimerFlags::None, Timespec{0, 1'000'000'000}).error() ==
        Errno::EINVAL);
  CHECK(sys::clock_nanosleep(sys::ClockId::Monotonic, sys::TimerFlags::None, Timespec{-1, 0}).error() == Errno::EINVAL);
  CHECK(sys::clock_nanosleep(static_cast<sys::ClockId>(99), sys::TimerFlags::None, Timespec{0, 1}).error() ==
        Errno::EINVAL);
  CHECK(sys::nanosleep(Timespec{0, -1}).error() == Errno::EINVAL);
  Timespec before = monotonic_now();
  REQUIRE(sys::nanosleep(Timespec::from_milliseconds(5)).has_value());
  CHECK(before + Timespec::from_milliseconds(5) <= monotonic_now());
}

TEST_CASE("a signal ends clock_nanosleep with EINTR and the time left; setitimer delivers it") {
  install_counter(SIGALRM);
  sys::Itimerval alarm{};
  // Half a second: the signal must find the thread already asleep, even on a loaded machine under an emulator.
  alarm.it_value.tv_usec = 500'000;
  REQUIRE(sys::setitimer(sys::ItimerWhich::Real, alarm).has_value());

  Timespec request{30, 0};
  Timespec remain{-1, -1};
  auto r = sys::clock_nanosleep(sys::ClockId::Monotonic, sys::TimerFlags::None, request, &remain);
  CHECK(r.error() == Errno::EINTR);
  CHECK(signals_seen == 1);
  CHECK(Timespec{0, 0} < remain);
  CHECK(remain < request);

  // The one-shot timer has fired and is disarmed now.
  auto now = sys::getitimer(sys::ItimerWhich::Real);
  REQUIRE(now.has_value());
  CHECK(now->it_value.tv_sec == 0);
  CHECK(now->it_value.tv_usec == 0);
  restore_default(SIGALRM);
}

TEST_CASE("setitimer and getitimer round-trip, and reject an unknown timer") {
  sys::Itimerval set{};
  set.it_value.tv_sec = 100;
  set.it_interval.tv_sec = 50;
  sys::Itimerval old{};
  REQUIRE(sys::setitimer(sys::ItimerWhich::Virtual, set, &old).has_value());
  CHECK(old.it_value.tv_sec == 0);
  auto got = sys::getitimer(sys::ItimerWhich::Virtual);
  REQUIRE(got.has_value());
  CHECK(got->it_interval.tv_sec == 50);
  CHECK(got->it_value.tv_sec <= 100); // counting down
  CHECK(got->it_value.tv_sec >= 99);
  REQUIRE(sys::setitimer(sys::ItimerWhich::Virtual, sys::Itimerval{}, &old).has_value()); // disarm
  CHECK(old.it_interval.tv_sec == 50);

  CHECK(sys::getitimer(static_cast<sys::ItimerWhich>(7)).error() == Errno::EINVAL);
  CHECK(sys::setitimer(static_cast<sys::ItimerWhich>(7), set).error() == Errno::EINVAL);
}

TEST_CASE("timerfd expires and counts") {
  auto fd = sys::timerfd_create(sys::ClockId::Monotonic, sys::TimerfdFlags::CloseOnExec | sys::TimerfdFlags::NonBlock);
  REQUIRE(fd.has_value());
  // Not armed: nothing to read yet.
  CHECK(sys::timerfd_read(*fd).error() == Errno::EAGAIN);

  sys::Itimerspec spec{};
  spec.it_value = Timespec::from_milliseconds(10);
  REQUIRE(sys::timerfd_settime(*fd, sys::TimerfdSetFlags::None, spec).has_value());
  Timespec armed_at = monotonic_now(); // after the call: a stall before it must not end the sleep too early
  auto left = sys::timerfd_gettime(*fd);
  REQUIRE(left.has_value());
  CHECK(left->it_value <= spec.it_value);
  CHECK(left->it_interval == Timespec{});

  // Sleep past the expiry, then read without blocking.
  REQUIRE(sys::clock_nanosleep(sys::ClockId::Monotonic, sys::TimerFlags::AbsTime,
                               armed_at + spec.it_value + Timespec::from_milliseconds(5))
              .has_value());
  auto count = sys::timerfd_read(*fd);
  REQUIRE(count.has_value());
  CHECK(*count == 1);
  auto after = sys::timerfd_gettime(*fd);
  REQUIRE(after.has_value());
  CHECK(after->it_value == Timespec{}); // one-shot: disarmed

  // An absolute periodic timer: the old setting comes back through old_value.
  sys::Itimerspec periodic{Timespec::from_milliseconds(1), monotonic_now() + Timespec::from_milliseconds(1)};
  sys::Itimerspec old{Timespec{7, 7}, Timespec{7, 7}};
  REQUIRE(sys::timerfd_settime(*fd, sys::TimerfdSetFlags::AbsTime, periodic, &old).has_value());
  CHECK(old.it_value == Timespec{});
  CHECK(old.it_interval == Timespec{});
}

TEST_CASE("timerfd errors") {
  CHECK(sys::timerfd_create(static_cast<sys::ClockId>(99)).error() == Errno::EINVAL);
  CHECK(sys::timerfd_create(sys::ClockId::Monotonic, static_cast<sys::TimerfdFlags>(1)).error() == Errno::EINVAL);
  CHECK(sys::timerfd_gettime(-1).error() == Errno::EBADF);
  auto fd = sys::timerfd_create(sys::ClockId::Realtime);
  REQUIRE(fd.has_value());
  sys::Itimerspec bad{};
  bad.it_value.tv_nsec = 2'000'000'000;
  CHECK(sys::timerfd_settime(*fd, sys::TimerfdSetFlags::None, bad).error() == Errno::EINVAL);
  // A descriptor that is not a timerfd.
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  CHECK(sys::timerfd_gettime(fds[0]).error() == Errno::EINVAL);
  ::close(fds[0]);
  ::close(fds[1]);
}

TEST_CASE("POSIX timer with SIGEV_NONE: armed, expired, deleted") {
  sys::Sigevent ev = sys::Sigevent::none();
  auto timer = sys::timer_create(sys::ClockId::Monotonic, &ev);
  REQUIRE(timer.has_value());
  sys::Itimerspec spec{};
  // 300 ms: long enough that a loaded machine under qemu-user still reads it before it expires.
  spec.it_value = Timespec::from_milliseconds(300);
  REQUIRE(sys::timer_settime(*timer, sys::TimerFlags::None, spec).has_value());
  // After the call: the timer expires 300 ms after some moment before this one, so by armed_at + 310 ms it
  // has, however long the call itself took.
  Timespec armed_at = monotonic_now();
  auto left = sys::timer_gettime(*timer);
  REQUIRE(left.has_value());
  CHECK(Timespec{} < left->it_value);
  CHECK(left->it_value <= spec.it_value);

  REQUIRE(sys::clock_nanosleep(sys::ClockId::Monotonic, sys::TimerFlags::AbsTime,
                               armed_at + Timespec::from_milliseconds(310))
              .has_value());
  auto after = sys::timer_gettime(*timer);
  REQUIRE(after.has_value());
  CHECK(after->it_value == Timespec{});
  auto overrun = sys::timer_getoverrun(*timer);
  REQUIRE(overrun.has_value());
  CHECK(*overrun == 0);

  REQUIRE(sys::timer_delete(*timer).has_value());
  CHECK(sys::timer_delete(*timer).error() == Errno::EINVAL);
  CHECK(sys::timer_gettime(*timer).error() == Errno::EINVAL);
}

TEST_CASE("POSIX timers signal the process and a thread") {
  install_counter(SIGUSR1);
  sys::Sigevent to_process = sys::Sigevent::signal(SIGUSR1, sys::Sigval{42});
  auto t1 = sys::timer_create(sys::ClockId::Monotonic, &to_process);
  REQUIRE(t1.has_value());
  sys::Itimerspec spec{};
  spec.it_value = Timespec::from_milliseconds(5);
  // SIGUSR1 stays blocked until sigsuspend unblocks it atomically: a signal that comes before the wait begins
  // (a stall after arming) waits for it instead of being missed.
  sigset_t usr1, old;
  sigemptyset(&usr1);
  sigaddset(&usr1, SIGUSR1);
  REQUIRE(::sigprocmask(SIG_BLOCK, &usr1, &old) == 0);
  REQUIRE(sys::timer_settime(*t1, sys::TimerFlags::None, spec).has_value());
  ::sigsuspend(&old);
  CHECK(signals_seen == 1);
  REQUIRE(sys::timer_delete(*t1).has_value());

  sys::Sigevent to_thread = sys::Sigevent::thread_id(SIGUSR1, sys::gettid());
  auto t2 = sys::timer_create(sys::ClockId::Monotonic, &to_thread);
  REQUIRE(t2.has_value());
  // An absolute expiry on the timer's clock.
  spec.it_value = monotonic_now() + Timespec::from_milliseconds(5);
  REQUIRE(sys::timer_settime(*t2, sys::TimerFlags::AbsTime, spec).has_value());
  ::sigsuspend(&old);
  CHECK(signals_seen == 2);
  REQUIRE(::sigprocmask(SIG_SETMASK, &old, nullptr) == 0);
  REQUIRE(sys::timer_delete(*t2).has_value());
  restore_default(SIGUSR1);
}

TEST_CASE("timer_create errors") {
  sys::Sigevent ev = sys::Sigevent::none();
  CHECK(sys::timer_create(static_cast<sys::ClockId>(99), &ev).error() == Errno::EINVAL);
  sys::Sigevent bad_signal = sys::Sigevent::signal(200);
  CHECK(sys::timer_create(sys::ClockId::Monotonic, &bad_signal).error() == Errno::EINVAL);
  sys::Sigevent bad_thread = sys::Sigevent::thread_id(SIGUSR1, 0x7ffffff0);
  CHECK(sys::timer_create(sys::ClockId::Monotonic, &bad_thread).error() == Errno::EINVAL);
}
