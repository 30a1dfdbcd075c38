// Runs a function in a child process and reports how the child ended and what it wrote to stderr: for the
// tests of deaths (SIGABRT from abort, a smashed stack, a recursive static). solo has no fork wrapper yet, so
// this is clone with only SIGCHLD as the exit signal (a plain fork) and wait4, as raw system calls.
#pragma once

#include <solo/string_view.hpp>
#include <solo/sys/raw.hpp>

namespace check {

struct ChildEnd {
  int signal = 0;  // the signal that killed the child, 0 if it exited
  int status = -1; // its exit status, if it exited
  char err[512] = {};
  size_t err_size = 0;
  bool err_has(solo::StringView s) const {
    for (size_t i = 0; i + s.size() <= err_size; ++i)
      if (solo::StringView(err + i, s.size()) == s) return true;
    return false;
  }
};

inline ChildEnd run_in_child(void (*body)()) {
  namespace nr = solo::sys::nr;
  using solo::sys::raw;
  ChildEnd end;
  int fds[2];
  if (raw(nr::pipe2, fds, 0) != 0) return end;
  constexpr int sigchld = 17; // the same on all three architectures
  long pid = raw(nr::clone, sigchld, 0, 0, 0, 0);
  if (pid == 0) {
    struct {
      unsigned long soft, hard;
    } no_core{0, 0};
    (void)raw(nr::prlimit64, 0, 4 /* RLIMIT_CORE */, &no_core, nullptr); // a SIGABRT death leaves no core file
    (void)raw(nr::dup3, fds[1], 2, 0);
    body();
    raw(nr::exit_group, 0);
  }
  (void)raw(nr::close, fds[1]);
  long n;
  while ((n = raw(nr::read, fds[0], end.err + end.err_size, sizeof end.err - 1 - end.err_size)) > 0) end.err_size += n;
  (void)raw(nr::close, fds[0]);
  int wstatus = 0;
  if (raw(nr::wait4, pid, &wstatus, 0, nullptr) != pid) return end;
  if ((wstatus & 0x7f) == 0)
    end.status = (wstatus >> 8) & 0xff;
  else
    end.signal = wstatus & 0x7f;
  return end;
}

} // namespace check
