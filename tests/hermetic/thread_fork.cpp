// proc::fork in a threaded program: while workers keep the runtime's locks busy (atexit registrations, signal
// dispositions, thread creation), main forks again and again; each child spawns and joins a thread of its own,
// changes a disposition, registers an atexit handler and exits through it. A child that inherited a held lock
// would hang: each must exit with status 42 within seconds. (qemu-user cannot start threads in such a child,
// qemu/emulators.list: there the child does everything else.)
#include "check.hpp"
#include "emulator.hpp"

#include <solo/exit.hpp>
#include <solo/fork.hpp>
#include <solo/io/retry.hpp>
#include <solo/signal.hpp>
#include <solo/sync.hpp>
#include <solo/thread.hpp>

extern "C" int atexit(void (*)());

namespace {
namespace sig = solo::signal;
int stop = 0;
int child_status = 0;
void noop() {}
void on_usr2(int) {}
void child_exit() { solo::sys::exit_group(child_status); }

int child() {
  int v = 41;
  if (emulator::gives("threads_after_fork")) {
    auto t = solo::Thread::spawn([] { return 41; });
    if (!t) return 1;
    v = t->join().value_or(0);
  }
  if (!sig::set_action(sig::USR2, sig::Action::call(on_usr2))) return 2;
  child_status = v + 1;
  if (atexit(child_exit) != 0) return 3;
  return 0; // exit runs child_exit, which ends with 42
}
} // namespace

int main() {
  constexpr int busy = 3, forks = 20;
  solo::JoinHandle<void> workers[busy];
  for (int w = 0; w < busy; ++w) {
    auto t = solo::Thread::spawn([w] {
      while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE)) {
        if (w == 0) (void)atexit(noop);
        if (w == 1) (void)sig::set_action(sig::USR2, sig::Action::call(on_usr2));
        if (w == 2) {
          auto t = solo::Thread::spawn([] {});
          if (t) (void)t->join();
        }
      }
    });
    CHECK(t.has_value());
    if (t) workers[w] = solo::move(*t);
  }
  int ok = 0;
  for (int i = 0; i < forks; ++i) {
    auto pid = solo::proc::fork();
    CHECK(pid.has_value());
    if (!pid) break;
    if (*pid == 0) solo::exit(child());
    // A child stuck on a lock copied while held would wait forever: after 10 s it is killed and counted.
    solo::sys::ChildStatus status(solo::sys::ChildStatus::State::None, 0);
    solo::Timespec give_up = solo::io::monotonic_now() + solo::Timespec::from_milliseconds(10000);
    for (;;) {
      auto w = solo::io::wait4(*pid, solo::sys::WaitOptions::NoHang);
      if (!w) break;
      if (w->pid != 0) {
        status = w->status;
        break;
      }
      if (give_up < solo::io::monotonic_now()) {
        (void)solo::sys::kill(*pid, sig::KILL);
        (void)solo::io::wait4(*pid);
        (void)solo::io::out("a child hung\n");
        break;
      }
      (void)solo::thread::sleep_for(solo::Timespec::from_milliseconds(1));
    }
    if (status.exited() && status.exit_code() == 42) ++ok;
  }
  CHECK_EQ(ok, forks);
  __atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
  for (auto &w : workers)
    if (w.joinable()) CHECK(w.join());
  return check::summary();
}
