// examples/init as process 1 of a new PID namespace (and mount namespace, so its mounts stay its own):
//
//   init_pidns INIT exit   the main program checks the mounts, makes an orphan that init must adopt and reap,
//                          starts a helper that reports SIGTERM, and exits: init must then SIGTERM the helper
//                          and power off;
//   init_pidns INIT term   the main program sends SIGTERM to process 1: init must SIGTERM everyone (the main
//                          program and the helper both report it) and power off.
//
// Powering off inside a PID namespace ends the namespace, not the machine: the kernel kills its init, and
// the parent sees it killed by SIGINT (SIGHUP for a restart). That is what this driver checks last.
// The same program is the main program (role `main`), run by init with the report pipe's descriptor.
#include <solo/signal.hpp>
#include <solo/sys/clone.hpp>
#include <solo/sys/stat.hpp>

#include "check.hpp"
#include "kernel.hpp"

using namespace ktest;

namespace {

constexpr unsigned long clone_newpid = 0x20000000;
int report_fd = -1;

void report(char c) { sys::raw(nr::write, report_fd, &c, 1); }

void on_term(int) {
  report('T');
  sys::exit_group(0);
}

long parse(const char *s) {
  long v = 0;
  while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
  return v;
}

// A child that reports SIGTERM (as 'T') and otherwise waits; returns once its handler is in place.
void start_helper() {
  int ready[2];
  if (!sys::pipe2(ready)) sys::exit_group(3);
  if (fork() == 0) {
    (void)solo::signal::set_action(solo::signal::TERM, solo::signal::Action::call(on_term));
    sys::raw(nr::write, ready[1], "r", 1);
    for (;;) sleep_ms(1000);
  }
  char c;
  sys::raw(nr::read, ready[0], &c, 1);
}

bool exists(const char *path, unsigned type) {
  sys::Statx st;
  return sys::statx(sys::at_fdcwd, solo::CStr(path), sys::AtFlags::None, sys::StatxMask::Type, st) &&
         (st.stx_mode & sys::mode_type_mask) == type;
}

// The main program that init runs: reports what it finds as letters on the pipe.
int main_role(const char *mode) {
  report(sys::getpid() == 2 && sys::getppid() == 1 ? 'P' : 'p');
  char self[16] = {};
  long n = sys::raw(nr::readlinkat, sys::at_fdcwd, "/proc/self", self, sizeof self - 1);
  report(n == 1 && self[0] == '2' ? 'R' : 'r'); // /proc is this namespace's
  report(exists("/sys/kernel", 0040000) ? 'S' : 's');
  report(exists("/dev/null", 0020000) ? 'D' : 'd');
  start_helper();
  if (mode[0] == 't') {
    (void)solo::signal::set_action(solo::signal::TERM, solo::signal::Action::call(on_term));
    sys::raw(nr::kill, 1, solo::signal::TERM);
    for (;;) sleep_ms(1000);
  }
  // An orphan: the middle process exits at once, the grandchild waits until init adopts it, then exits.
  int fds[2];
  if (!sys::pipe2(fds)) return 3;
  long middle = fork();
  if (middle == 0) {
    long grandchild = fork();
    if (grandchild == 0) {
      for (int i = 0; i < 500 && sys::raw(nr::getppid) != 1; ++i) sleep_ms(10);
      sys::exit_group(0);
    }
    sys::raw(nr::write, fds[1], &grandchild, sizeof grandchild);
    sys::exit_group(0);
  }
  int status;
  sys::raw(nr::wait4, middle, &status, 0, nullptr);
  long grandchild = 0;
  sys::raw(nr::read, fds[0], &grandchild, sizeof grandchild);
  long ret = 0;
  for (int i = 0; i < 500 && (ret = sys::raw(nr::kill, grandchild, 0)) == 0; ++i) sleep_ms(10);
  report(ret == -3 ? 'Z' : 'z'); // ESRCH: init reaped the orphan (a zombie would still take kill(pid, 0))
  report('E');
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  if (argc == 4 && StringView(argv[1]) == StringView("main")) {
    report_fd = static_cast<int>(parse(argv[3]));
    return main_role(argv[2]);
  }
  CHECK_EQ(argc, 3);
  if (argc != 3) return check::summary();
  const char *init = argv[1], *mode = argv[2];
  int fds[2];
  CHECK(sys::pipe2(fds).has_value());
  char fd_text[4] = {static_cast<char>('0' + fds[1] / 10), static_cast<char>('0' + fds[1] % 10), 0};
  long pid = sys::raw(nr::clone, clone_newpid | clone_newns | sigchld, 0, 0, 0, 0);
  if (pid == 0) {
    // Process 1 of the new namespace: keep its mounts out of ours, then become init with this program as
    // its main program.
    sys::raw(nr::mount, nullptr, "/", nullptr, ms_rec | ms_private, nullptr);
    const char *args[] = {init, argv[0], "main", mode, fd_text, nullptr};
    const char *env[] = {nullptr};
    sys::raw(nr::execve, init, args, env);
    sys::exit_group(127);
  }
  CHECK(pid > 0);
  sys::raw(nr::close, fds[1]);
  char got[32] = {};
  long total = 0, n;
  while (total < 31 && (n = sys::raw(nr::read, fds[0], got + total, 31 - total)) > 0) total += n;
  int status = -1;
  CHECK_EQ(sys::raw(nr::wait4, pid, &status, 0, nullptr), pid);
  (void)solo::io::out("reports: ");
  (void)solo::io::out(StringView(got, static_cast<size_t>(total)));
  (void)solo::io::out("\n");
  // The namespace's init powered off: killed, with SIGINT as the reported signal.
  CHECK(!exited(status));
  CHECK_EQ(term_signal(status), solo::signal::INT);
  if (mode[0] == 't') {
    // Mounts and process ids as seen by the main program, then SIGTERM reaching both it and the helper.
    CHECK(StringView(got, 4) == StringView("PRSD"));
    CHECK_EQ(total, 6);
    CHECK(StringView(got + 4, 2) == StringView("TT"));
  } else {
    // ... the orphan reaped, the main program's end, and the helper stopped by init's SIGTERM.
    CHECK(StringView(got, static_cast<size_t>(total)) == StringView("PRSDZET"));
  }
  return check::summary();
}
