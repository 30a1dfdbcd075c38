#include "prelude.hpp"

#include <grp.h>
#include <sched.h>
#include <sys/resource.h>

#include "temp_dir.hpp"

using solo::CStr;
using solo::Errno;
namespace sys = solo::sys;
using sys::ChildStatus;

TEST_CASE("ids and groups agree with the host libc") {
  CHECK(sys::getppid() == ::getppid());
  CHECK(sys::getuid() == ::getuid());
  CHECK(sys::geteuid() == ::geteuid());
  CHECK(sys::getgid() == ::getgid());
  CHECK(sys::getegid() == ::getegid());
  CHECK(sys::getpgid(0).value_or(-1) == ::getpgid(0));
  CHECK(sys::getsid(0).value_or(-1) == ::getsid(0));
  CHECK(sys::getpgid(0x3fffffff).error() == Errno::ESRCH);
  auto n = sys::getgroups(0, nullptr);
  REQUIRE(n.has_value());
  CHECK(*n == ::getgroups(0, nullptr));
  if (*n > 0) {
    sys::gid_t one[1];
    CHECK((*n > 1 ? sys::getgroups(1, one).error() == Errno::EINVAL : sys::getgroups(1, one).has_value()));
  }
}

TEST_CASE("wait status words decode like the C library's macros") {
  // Every 16-bit pattern the kernel can produce, and the decoding compared with WIFEXITED and friends.
  int checked = 0;
  for (int status = 0; status <= 0xffff; ++status) {
    int low = status & 0x7f;
    if (low != 0 && low != 0x7f && (status >> 8) != 0) continue; // not a status the kernel writes
    if ((status & 0xff) == 0xff && status != 0xffff) continue;   // nor this: 0x7f | 0x80 means "continued" only
    ChildStatus s = ChildStatus::from_wait_status(status);
    CHECK(s.exited() == WIFEXITED(status));
    CHECK(s.signaled() == WIFSIGNALED(status));
    CHECK(s.stopped() == WIFSTOPPED(status));
    CHECK(s.continued() == WIFCONTINUED(status));
    if (WIFEXITED(status)) CHECK(s.exit_code() == WEXITSTATUS(status));
    if (WIFSIGNALED(status)) {
      CHECK(s.signal() == WTERMSIG(status));
      CHECK(s.core_dumped() == static_cast<bool>(WCOREDUMP(status)));
    }
    if (WIFSTOPPED(status)) CHECK(s.signal() == WSTOPSIG(status));
    ++checked;
  }
  CHECK(checked > 500);
}

TEST_CASE("fork, pipe and wait4: exit codes and signal deaths") {
  auto pipe = sys::pipe2(sys::OpenFlags::CloseOnExec);
  REQUIRE(pipe.has_value());
  auto pid = sys::fork();
  REQUIRE(pid.has_value());
  if (*pid == 0) {
    (void)sys::write(pipe->write, "child", 5);
    sys::exit_group(42);
  }
  (void)pipe->write.close();
  char buf[8] = {};
  CHECK(sys::read(pipe->read, buf, sizeof(buf)).value_or(0) == 5);
  CHECK(std::string(buf) == "child");
  sys::Rusage usage;
  auto w = sys::wait4(*pid, sys::WaitOptions::None, &usage);
  REQUIRE(w.has_value());
  CHECK(w->pid == *pid);
  CHECK(w->status.exited());
  CHECK(w->status.exit_code() == 42);
  CHECK_FALSE(w->status.success());

  auto killed = sys::fork();
  REQUIRE(killed.has_value());
  if (*killed == 0) {
    (void)sys::kill(sys::getpid(), SIGKILL);
    sys::exit_group(0);
  }
  auto k = sys::wait4(*killed);
  REQUIRE(k.has_value());
  CHECK(k->status.signaled());
  CHECK(k->status.signal() == SIGKILL);
  CHECK_FALSE(k->status.core_dumped());

  CHECK(sys::wait4(-1, sys::WaitOptions::NoHang).error() == Errno::ECHILD);
  CHECK(sys::wait4(*pid).error() == Errno::ECHILD); // already reaped
  CHECK(sys::kill(*pid, SIGTERM).error() == Errno::ESRCH);
  CHECK(sys::kill(sys::getpid(), 1000).error() == Errno::EINVAL);
  CHECK(sys::tgkill(sys::getpid(), sys::gettid(), 1000).error() == Errno::EINVAL);
}

TEST_CASE("wait4 with NoHang, and waitid through stop, continue and death") {
  auto pipe = sys::pipe2(sys::OpenFlags::CloseOnExec);
  REQUIRE(pipe.has_value());
  auto pid = sys::fork();
  REQUIRE(pid.has_value());
  if (*pid == 0) {
    (void)pipe->write.close();
    char c;
    (void)sys::read(pipe->read, &c, 1); // until the parent closes its end
    sys::exit_group(3);
  }
  (void)pipe->read.close();
  auto none = sys::wait4(*pid, sys::WaitOptions::NoHang);
  REQUIRE(none.has_value());
  CHECK(none->pid == 0);
  auto none2 = sys::waitid(sys::IdType::Pid, *pid, sys::WaitOptions::Exited | sys::WaitOptions::NoHang);
  REQUIRE(none2.has_value());
  CHECK(none2->pid == 0);
  CHECK(none2->status.state() == ChildStatus::State::None);

  REQUIRE(sys::kill(*pid, SIGSTOP).has_value());
  auto stopped = sys::waitid(sys::IdType::Pid, *pid, sys::WaitOptions::Stopped);
  REQUIRE(stopped.has_value());
  CHECK(stopped->pid == *pid);
  CHECK(stopped->status.stopped());
  CHECK(stopped->status.signal() == SIGSTOP);

  REQUIRE(sys::kill(*pid, SIGCONT).has_value());
  auto cont = sys::waitid(sys::IdType::Pid, *pid, sys::WaitOptions::Continued);
  REQUIRE(cont.has_value());
  CHECK(cont->status.continued());

  (void)pipe->write.close();
  auto peek = sys::waitid(sys::IdType::Pid, *pid, sys::WaitOptions::Exited | sys::WaitOptions::NoWait);
  REQUIRE(peek.has_value());
  CHECK(peek->status.exit_code() == 3);
  auto done = sys::waitid(sys::IdType::Pid, *pid, sys::WaitOptions::Exited);
  REQUIRE(done.has_value());
  CHECK(done->status.exited());
  CHECK(done->status.exit_code() == 3);
  CHECK(sys::waitid(sys::IdType::Pid, *pid, sys::WaitOptions::Exited).error() == Errno::ECHILD);
  CHECK(sys::waitid(sys::IdType::Pid, *pid, sys::WaitOptions::None).error() == Errno::EINVAL);
}

TEST_CASE("waitid reports a signal death") {
  auto pid = sys::fork();
  REQUIRE(pid.has_value());
  if (*pid == 0) {
    ::signal(SIGTERM, SIG_DFL); // the test runner's crash handler must not catch it in the child
    (void)sys::kill(sys::getpid(),
                    SIGTERM); // not raise(): after a raw clone the C library still holds the parent's tid
    sys::exit_group(0);
  }
  auto w = sys::waitid(sys::IdType::Pid, *pid, sys::WaitOptions::Exited);
  REQUIRE(w.has_value());
  CHECK(w->status.signaled());
  CHECK(w->status.signal() == SIGTERM);
}

namespace {
int shared_word = 0;
int child_fn(void *arg) {
  shared_word = 1;
  return *static_cast<int *>(arg) + 1;
}
} // namespace

TEST_CASE("clone_run starts a function on its own stack; clone3 forks or is absent") {
  static unsigned char stack[64 * 1024];
  int value = 6;
  auto pid = sys::clone_run(sys::CloneFlags::Vm | sys::CloneFlags::Vfork, sys::sigchld, stack, sizeof(stack), child_fn,
                            &value);
  REQUIRE(pid.has_value());
  auto w = sys::wait4(*pid);
  REQUIRE(w.has_value());
  CHECK(w->status.exit_code() == 7);
  // CLONE_VM shares memory on a real kernel; qemu-user (7.2 and 10.0) turns CLONE_VFORK into a fork.
  CHECK(shared_word == (emulator::gives("clone_vm") ? 1 : 0));

  CHECK(sys::clone(sys::CloneFlags::Thread, sys::sigchld).error() == Errno::EINVAL); // a thread needs Vm|Sighand

  sys::CloneArgs args;
  args.exit_signal = sys::sigchld;
  auto c3 = sys::clone3(args);
  if (!emulator::gives("clone3")) { // no qemu-user here has clone3
    CHECK(c3.error() == Errno::ENOSYS);
  } else {
    REQUIRE(c3.has_value());
    if (*c3 == 0) sys::exit_group(9);
    auto w3 = sys::wait4(*c3);
    REQUIRE(w3.has_value());
    CHECK(w3->status.exit_code() == 9);
    args.flags = to_underlying(sys::CloneFlags::Thread);
    CHECK(sys::clone3(args).error() == Errno::EINVAL);
  }
}

TEST_CASE("execve and execveat replace a forked child; failures come back") {
  const char *argv[] = {"sh", "-c", "exit 5", nullptr};
  int status = in_child([&] {
    auto r = sys::execve("/bin/sh", argv, nullptr);
    return r ? 100 : 101;
  });
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 5);
  status = in_child([&] {
    auto fd = sys::openat(sys::at_fdcwd, "/bin/sh", sys::OpenFlags::Path);
    if (!fd) return 102;
    auto r = sys::execveat(*fd, "", argv, nullptr, sys::AtFlags::EmptyPath);
    return r.error() == Errno::ENOSYS ? 6 : 103;
  });
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == (emulator::gives("execveat") ? 5 : 6)); // QEMU 7.2 lacks execveat
  CHECK(sys::execve("/nonexistent-solo", argv, nullptr).error() == Errno::ENOENT);
  CHECK(sys::execve("/proc", argv, nullptr).error() == Errno::EACCES);
}

TEST_CASE("credentials, sessions and process groups in children") {
  int status = in_child([] {
    auto sid = sys::setsid();
    if (!sid || *sid != sys::getpid()) return 1;
    if (sys::getsid(0).value_or(-1) != sys::getpid()) return 2;
    if (sys::setsid().error() != Errno::EPERM) return 3; // already a session leader
    sys::gid_t groups[2] = {100, 200};
    if (!sys::setgroups(2, groups)) return 4;
    sys::gid_t back[4];
    if (sys::getgroups(4, back).value_or(0) != 2 || back[1] != 200) return 5;
    if (!sys::setresgid(65534, 65534, 65534) || !sys::setresuid(65534, 65534, 65534)) return 6;
    if (sys::getuid() != 65534 || sys::geteuid() != 65534 || sys::getegid() != 65534) return 7;
    if (sys::setuid(0).error() != Errno::EPERM) return 8;
    if (sys::setgid(0).error() != Errno::EPERM) return 9;
    if (sys::setgroups(2, groups).error() != Errno::EPERM) return 10;
    return 0;
  });
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  status = in_child([] {
    if (!sys::setpgid(0, 0)) return 1;
    if (sys::getpgid(0).value_or(-1) != sys::getpid()) return 2;
    if (sys::setpgid(0, -1).error() != Errno::EINVAL) return 3;
    int tid_word = 0;
    if (sys::set_tid_address(&tid_word) != sys::gettid()) return 4;
    return 0;
  });
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("prctl, pidfd_open and pidfd_send_signal") {
  char name[16] = {};
  REQUIRE(sys::prctl(sys::PrctlOption::GetName, name).has_value());
  CHECK(name[0] != '\0');
  int status = in_child([] {
    if (!sys::prctl(sys::PrctlOption::SetName, "solo-renamed")) return 1;
    char n[16] = {};
    if (!sys::prctl(sys::PrctlOption::GetName, n)) return 2;
    return std::string(n) == "solo-renamed" ? 0 : 3;
  });
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(sys::prctl(static_cast<sys::PrctlOption>(-7)).error() == Errno::EINVAL);

  auto pid = sys::fork();
  REQUIRE(pid.has_value());
  if (*pid == 0) {
    while (true) ::pause();
  }
  auto pidfd = sys::pidfd_open(*pid); // every kernel and emulator here has the pidfd calls
  CHECK(pidfd.has_value());
  auto sent = pidfd ? sys::pidfd_send_signal(*pidfd, SIGKILL) : solo::Result<void>(Errno::EBADF);
  CHECK(sent.has_value());
  if (!sent) (void)sys::kill(*pid, SIGKILL);
  auto w = sys::wait4(*pid);
  REQUIRE(w.has_value());
  CHECK(w->status.signal() == SIGKILL);
  CHECK(sys::pidfd_open(-1).error() == Errno::EINVAL);
}

TEST_CASE("rlimits, rusage and scheduling") {
  auto nofile = sys::getrlimit(sys::Resource::Nofile);
  REQUIRE(nofile.has_value());
  struct ::rlimit host;
  REQUIRE(::getrlimit(RLIMIT_NOFILE, &host) == 0);
  CHECK(nofile->rlim_cur == host.rlim_cur);
  CHECK(nofile->rlim_max == host.rlim_max);
  sys::Rlimit bad{10, 5};
  CHECK(sys::setrlimit(sys::Resource::Nofile, bad).error() == Errno::EINVAL);
  int status = in_child([] {
    sys::Rlimit one{1, 1};
    if (!sys::setrlimit(sys::Resource::Core, sys::Rlimit{0, 0})) return 1;
    if (!sys::setrlimit(sys::Resource::Nofile, sys::Rlimit{3, 3})) return 2;
    (void)one;
    auto fd = sys::openat(sys::at_fdcwd, "/", sys::OpenFlags::Directory); // 0, 1, 2 are taken
    return fd.error() == Errno::EMFILE ? 0 : 3;
  });
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);

  auto self = sys::getrusage(sys::RusageWho::Self);
  REQUIRE(self.has_value());
  CHECK(self->ru_maxrss > 0);
  CHECK(self->ru_utime.tv_usec < 1000000);
  auto children = sys::getrusage(sys::RusageWho::Children);
  REQUIRE(children.has_value());
  CHECK(children->ru_maxrss > 0); // the tests above have waited for children
  CHECK(sys::getrusage(static_cast<sys::RusageWho>(7)).error() == Errno::EINVAL);

  sys::sched_yield();
  sys::CpuSet cpus;
  REQUIRE(sys::sched_getaffinity(0, cpus).has_value());
  cpu_set_t host_set;
  REQUIRE(::sched_getaffinity(0, sizeof(host_set), &host_set) == 0);
  CHECK(cpus.count() == CPU_COUNT(&host_set));
  CHECK(sys::sched_getaffinity(0x3fffffff, cpus).error() == Errno::ESRCH);
  unsigned cpu = ~0u;
  auto gc = sys::getcpu(&cpu, nullptr);
  if (gc) CHECK(cpu < 1024);
}
