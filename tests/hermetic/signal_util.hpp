// Helpers shared by the signal tests: fork, a child that runs a function, the interval-timer storm, time.
// System calls outside the signal family go through sys::raw until their typed wrappers exist.
#pragma once

#include "check.hpp"
#include <solo/io/retry.hpp>
#include <solo/signal.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/timer.hpp>

namespace test {

namespace sys = solo::sys;
namespace io = solo::io;
namespace sig = solo::signal;

// fork as clone(SIGCHLD, 0, 0, 0, 0): no stack or tid arguments, so the per-architecture argument order of
// clone does not matter.
inline int fork() {
  long pid = sys::raw(sys::nr::clone, sig::CHLD, 0, 0, 0, 0);
  if (sys::is_error(pid)) {
    (void)solo::io::err("clone failed\n");
    sys::exit_group(99);
  }
  return static_cast<int>(pid);
}

// Runs `body` in a child process that exits with what it returns.
template <class Body> inline int spawn(Body body) {
  int pid = fork();
  if (pid == 0) {
    sig::clear_interrupt(); // the flag is memory: a child starts with its parent's
    sys::exit_group(body());
  }
  return pid;
}

inline long long now_ms() { return io::monotonic_now().to_nanoseconds() / 1'000'000; }
inline long long now_us() { return io::monotonic_now().to_nanoseconds() / 1'000; }

// Sleeps `ms` without the EINTR layer, for children (which have no handlers of their own that matter).
inline void pause_ms(long ms) {
  solo::Timespec t = solo::Timespec::from_milliseconds(ms);
  while (sys::nanosleep(t, &t).error() == solo::Errno::EINTR) {
  }
}

// The storm: ITIMER_REAL every `interval_us` microseconds, counted by a SIGALRM handler installed without
// SA_RESTART, so every blocking call it hits fails with EINTR in the kernel.
inline volatile long alarms = 0;
inline void on_alarm(int) { alarms = alarms + 1; }

struct TimeVal {
  long sec, usec;
};
struct ITimerVal {
  TimeVal interval, value;
};

inline void set_timer(long interval_us) {
  ITimerVal v{{interval_us / 1'000'000, interval_us % 1'000'000}, {interval_us / 1'000'000, interval_us % 1'000'000}};
  constexpr int itimer_real = 0;
  if (sys::raw(sys::nr::setitimer, itimer_real, &v, nullptr) != 0) (void)solo::io::err("setitimer failed\n");
}

inline void start_storm(long interval_us = 1000) {
  (void)sig::set_action(sig::ALRM, sig::Action::call(on_alarm)); // no Flags::Restart
  set_timer(interval_us);
}

inline void stop_storm() {
  set_timer(0);
  (void)sig::set_action(sig::ALRM, sig::Action::ignore());
}

// Waits for `pid` under the EINTR policy and says how it ended (a failed CHECK if it cannot be waited for).
inline sys::ChildStatus wait_for(int pid) {
  auto waited = io::wait4(pid);
  CHECK(waited.has_value());
  if (!waited) return {};
  CHECK_EQ(waited->pid, pid);
  return waited->status;
}

inline void print(const char *label, long value, const char *unit) {
  char buf[24];
  (void)solo::io::out(label);
  (void)solo::io::out(solo::io::to_decimal(value, buf));
  (void)solo::io::out(unit);
}

} // namespace test
