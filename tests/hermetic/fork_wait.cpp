// fork, pipe2, wait4, waitid and a directory listing in a freestanding solo program: the process family works
// with solo's own start-up on every architecture, not only inside a hosted test runner.
#include <solo.hpp>

#include "check.hpp"
#include "emulator.hpp"

namespace sys = solo::sys;

namespace {
int written_by_child = 0;
int child_fn(void *arg) {
  written_by_child = 1; // with CLONE_VM this is the parent's variable
  return *static_cast<int *>(arg) * 2;
}
} // namespace

int main() {
  auto pipe = sys::pipe2(sys::OpenFlags::CloseOnExec);
  CHECK(pipe.has_value());
  auto pid = sys::fork();
  CHECK(pid.has_value());
  if (*pid == 0) {
    (void)sys::write(pipe->write, "from the child", 14);
    sys::exit_group(23);
  }
  (void)pipe->write.close();
  char buf[32] = {};
  auto n = sys::read(pipe->read, buf, sizeof(buf));
  CHECK_EQ(n.value_or(0), 14);
  CHECK(solo::StringView(buf, 14) == solo::StringView("from the child"));
  auto w = sys::wait4(*pid);
  CHECK(w.has_value());
  CHECK_EQ(w->pid, *pid);
  CHECK(w->status.exited());
  CHECK_EQ(w->status.exit_code(), 23);

  // A child killed by a signal, seen through waitid.
  auto killed = sys::fork();
  CHECK(killed.has_value());
  if (*killed == 0) {
    (void)sys::kill(sys::getpid(), 9);
    sys::exit_group(0);
  }
  auto k = sys::waitid(sys::IdType::Pid, *killed, sys::WaitOptions::Exited);
  CHECK(k.has_value());
  CHECK(k->status.signaled());
  CHECK_EQ(k->status.signal(), 9);
  CHECK(sys::wait4(-1, sys::WaitOptions::NoHang).error() == solo::Errno::ECHILD);

  // The vfork-style clone on a stack of our own.
  static unsigned char stack[16 * 1024];
  int value = 21;
  auto run = sys::clone_run(sys::CloneFlags::Vm | sys::CloneFlags::Vfork, sys::sigchld, stack, sizeof(stack), child_fn,
                            &value);
  CHECK(run.has_value());
  auto r = sys::wait4(*run);
  CHECK(r.has_value());
  CHECK_EQ(r->status.exit_code(), 42);
  // A real kernel shares the memory (CLONE_VM); qemu-user (7.2 and 10.0) turns CLONE_VFORK into a fork.
  CHECK_EQ(written_by_child, emulator::gives("clone_vm") ? 1 : 0);

  // Our own open descriptors, listed: 0, 1, 2 and the directory's own descriptor at least.
  auto dir = sys::Dir::open(sys::at_fdcwd, "/proc/self/fd");
  CHECK(dir.has_value());
  int entries = 0;
  for (const auto &e : *dir)
    if (!e.is_dot_or_dotdot()) ++entries;
  CHECK(dir->error() == solo::Errno(0));
  CHECK(entries >= 4);

  // A missing program comes back as ENOENT.
  const char *argv[] = {"x", nullptr};
  CHECK(solo::proc::spawn("/nonexistent-solo", argv).error() == solo::Errno::ENOENT);
  return check::summary();
}
