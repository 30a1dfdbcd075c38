// PID 1 adopts orphans and reaps them: a grandchild whose parent has exited is re-parented to init
// (getppid() == 1 on a kernel without a subreaper), and once it exits, init's wait4 makes it disappear
// (kill(pid, 0) fails with ESRCH; a zombie left unreaped would still accept it).
#include "check.hpp"
#include "kernel.hpp"

using namespace ktest;

int main() {
  int fds[2];
  CHECK(sys::pipe2(fds).has_value());
  long middle = fork();
  if (middle == 0) {
    long grandchild = fork();
    if (grandchild == 0) {
      // Wait (at most ~5 s) for the middle process to exit and init to adopt us, then report the parent.
      long ppid = 0;
      for (int i = 0; i < 500 && (ppid = sys::raw(nr::getppid)) != 1; ++i) sleep_ms(10);
      char report = ppid == 1 ? 'A' : 'X';
      sys::raw(nr::write, fds[1], &report, 1);
      sys::exit_group(0);
    }
    // The grandchild's pid goes to the test process; then the middle process exits at once.
    sys::raw(nr::write, fds[1], &grandchild, sizeof grandchild);
    sys::exit_group(0);
  }
  sys::raw(nr::close, fds[1]);
  int status = -1;
  CHECK_EQ(sys::raw(nr::wait4, middle, &status, 0, nullptr), middle);
  long grandchild = 0;
  CHECK_EQ(sys::raw(nr::read, fds[0], &grandchild, sizeof grandchild), static_cast<long>(sizeof grandchild));
  char report = 0;
  CHECK_EQ(sys::raw(nr::read, fds[0], &report, 1), 1);
  CHECK_EQ(report, 'A'); // adopted by init
  // The pipe reached EOF only when the grandchild's descriptors closed: it is exiting or a zombie now.
  CHECK_EQ(sys::raw(nr::read, fds[0], &report, 1), 0);
  long ret = 0;
  for (int i = 0; i < 500 && (ret = sys::raw(nr::kill, grandchild, 0)) == 0; ++i) sleep_ms(10);
  CHECK_EQ(ret, -3); // ESRCH: init reaped it
  return check::summary();
}
