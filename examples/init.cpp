// init: process 1 for an initramfs. Mounts /proc, /sys and /dev (devtmpfs), creating the directories; runs
// the main program — its own arguments if it has any, else `solo.run=` from the kernel command line, else
// /bin/sh; reaps every process that ends (orphans are re-parented to process 1); and when the main program
// exits or init gets SIGTERM or SIGINT, it stops everything (SIGTERM, a grace of 2 s, then SIGKILL), syncs and
// powers off with reboot(POWER_OFF).
//
// Process 1 gets no signal it has not asked for, so init blocks the ones it wants (CHLD, TERM, INT) and takes
// them with sigtimedwait: blocked signals are queued, not dropped. In a PID namespace other than the first,
// reboot(POWER_OFF) ends the namespace instead of the machine: its init dies and its parent sees it killed by
// SIGINT (the kernel's pid-namespace reboot rule).
#include <array>
#include <solo.hpp>

#include "init_cmdline.hpp"

using namespace solo;

namespace {

constexpr long grace_ns = 2000000000L;

void say(StringView what) { print(io::stderr, "init: {}\n", what); }

void mount_one(const char *type, const char *target) {
  (void)sys::mkdirat(sys::at_fdcwd, CStr(target), 0755); // EEXIST is fine
  auto flags = sys::MountFlags::NoSuid | sys::MountFlags::NoExec;
  if (StringView(type) == "devtmpfs") flags = sys::MountFlags::NoSuid;
  auto r = sys::mount(type, target, type, flags);
  if (!r && r.error() != Errno::EBUSY)
    print(io::stderr, "init: mount {} on {}: {}\n", type, target, message(r.error()));
}

// The kernel gives init /dev/console as descriptors 0-2 only when the initramfs has that node; otherwise they
// are closed, and devtmpfs (just mounted) has the console.
void open_console() {
  if (sys::fcntl_getfd(1)) return;
  auto fd = sys::openat(sys::at_fdcwd, "/dev/console", sys::OpenFlags::ReadWrite);
  if (!fd) return;
  for (int i = 0; i < 3; ++i)
    if (fd->get() != i) (void)sys::dup3(*fd, i);
  if (fd->get() <= 2) (void)fd->release();
}

// The command line's `solo.run=` value, split; argv[0] == nullptr when there is none.
InlineString<4095> cmdline_run;
std::array<const char *, 64> cmdline_argv;

void read_cmdline() {
  cmdline_argv[0] = nullptr;
  auto fd = sys::openat(sys::at_fdcwd, "/proc/cmdline", sys::OpenFlags::ReadOnly | sys::OpenFlags::CloseOnExec);
  if (!fd) return;
  InlineString<4095> text; // the kernel's COMMAND_LINE_SIZE is at most 4096 with its NUL
  while (text.size() < text.capacity()) {
    auto n = sys::read(*fd, text.end(), text.capacity() - text.size());
    if (!n || *n == 0) break;
    (void)text.try_resize_for_overwrite(text.size() + *n);
  }
  if (init::find_parameter(text, "solo.run", cmdline_run)) init::split_words(cmdline_run.data(), cmdline_argv);
}

sys::pid_t start(const char *const *argv) {
  print(io::stderr, "init: running {}\n", argv[0]);
  proc::SpawnActions actions;
  actions.setsid().signal_mask(0);
  auto pid = proc::spawn(CStr(argv[0]), argv, nullptr, actions);
  if (!pid) {
    print(io::stderr, "init: {}: {}\n", argv[0], message(pid.error()));
    return 0;
  }
  return *pid;
}

// Reaps everything that has ended; records the main program's status. Returns false once there are no
// children at all.
bool reap(sys::pid_t main_pid, bool &main_done) {
  for (;;) {
    auto w = sys::wait4(-1, sys::WaitOptions::NoHang);
    if (!w) return false; // ECHILD: nobody left
    if (w->pid == 0) return true;
    if (w->pid == main_pid && !main_done) {
      main_done = true;
      if (w->status.exited())
        print(io::stderr, "init: main program exited with status {}\n", w->status.exit_code());
      else
        print(io::stderr, "init: main program killed by signal {}\n", w->status.signal());
    }
  }
}

// Waits up to `ns` for every child to end, reaping as they go; true when none is left.
bool wait_all(long ns, signal::SignalSet chld) {
  bool ignored = true;
  Timespec deadline = time::monotonic_now();
  deadline.tv_nsec += ns % 1000000000L;
  deadline.tv_sec += ns / 1000000000L + deadline.tv_nsec / 1000000000L;
  deadline.tv_nsec %= 1000000000L;
  for (;;) {
    if (!reap(0, ignored)) return true;
    Timespec now = time::monotonic_now();
    long left = (deadline.tv_sec - now.tv_sec) * 1000000000L + (deadline.tv_nsec - now.tv_nsec);
    if (left <= 0) return false;
    Timespec step{0, left < 100000000L ? left : 100000000L}; // wake at least every 0.1 s
    (void)signal::wait(chld, nullptr, &step);
  }
}

[[noreturn]] void shut_down(signal::SignalSet chld) {
  say("stopping every process");
  (void)sys::kill(-1, signal::TERM);
  if (!wait_all(grace_ns, chld)) {
    say("some did not stop: SIGKILL");
    (void)sys::kill(-1, signal::KILL);
    (void)wait_all(grace_ns, chld);
  }
  (void)sys::raw(sys::nr::sync);
  say("powering off");
  (void)io::flush_all();
  auto r = sys::reboot(sys::RebootMagic1::Magic1, sys::RebootMagic2::Magic2, sys::RebootCommand::PowerOff);
  print(io::stderr, "init: reboot: {}\n", message(r.error()));
  sys::exit_group(1);
}

} // namespace

int main(int argc, char **argv) {
  if (argc > 1 && (StringView(argv[1]) == "--help" || StringView(argv[1]) == "-h")) {
    println("Usage: init [PROGRAM [ARG]...]\nProcess 1 for an initramfs: mounts /proc, /sys and /dev, runs "
            "PROGRAM (else solo.run= from the kernel command line, else /bin/sh), reaps every process, and "
            "powers off when PROGRAM exits or on SIGTERM/SIGINT.");
    return 0;
  }
  if (sys::getpid() != 1) {
    say("must run as process 1");
    return 1;
  }
  auto wanted = signal::SignalSet::of(signal::CHLD, signal::TERM, signal::INT);
  (void)signal::block(wanted);
  mount_one("proc", "/proc");
  mount_one("sysfs", "/sys");
  mount_one("devtmpfs", "/dev");
  open_console();
  // Ctrl-Alt-Del becomes SIGINT to init (a clean shutdown) instead of an immediate reboot. In a PID namespace
  // other than the first this is EINVAL, and harmless.
  (void)sys::reboot(sys::RebootMagic1::Magic1, sys::RebootMagic2::Magic2, sys::RebootCommand::CadOff);

  static const char *const default_argv[] = {"/bin/sh", nullptr};
  const char *const *main_argv = default_argv;
  if (argc > 1) {
    main_argv = argv + 1;
  } else {
    read_cmdline();
    if (cmdline_argv[0]) main_argv = cmdline_argv.data();
  }
  sys::pid_t main_pid = start(main_argv);
  bool main_done = main_pid == 0;
  auto chld = signal::SignalSet::of(signal::CHLD);
  while (!main_done) {
    signal::Info info;
    auto sig = signal::wait(wanted, &info);
    if (!sig) continue;
    if (*sig == signal::CHLD) {
      (void)reap(main_pid, main_done);
    } else {
      print(io::stderr, "init: signal {}\n", *sig);
      break;
    }
  }
  shut_down(chld);
}
