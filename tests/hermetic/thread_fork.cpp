// proc::fork in a threaded program: while workers keep the runtime's locks busy (atexit registrations, signal
// dispositions, thread creation, the allocator's backing: large blocks mapped and unmapped under its lock),
// main forks again and again; each child allocates and frees small blocks over many spans and large ones,
// spawns and joins a thread of its own, changes a disposition, registers an atexit handler and exits through it. A
// child that inherited a held lock would hang: each must exit with status 42 within seconds. (qemu-user cannot start
// threads in such a child, qemu/emulators.list: there the child does everything else.)
//
// The workers run only while main forks (from when each of them is busy until fork returns): what a child
// inherits (atexit entries to run, pages ever mapped) then stays small however long the machine's load
// stretches the test. Left running freely they piled it up without bound, and QEMU 7.2 made every child pay for it at
// exit: its exit_group flushes the translation cache, walking (and copying, as the pages are shared with the parent) a
// descriptor for every guest page ever mapped, and its mmap gives each new mapping a fresh address. A child under load
// then took over the 10 s allowed.
#include "check.hpp"
#include "emulator.hpp"

#include <solo/exit.hpp>
#include <solo/fork.hpp>
#include <solo/io/retry.hpp>
#include <solo/mem.hpp>
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

// Blocks of the heap that forked (this thread's) and new spans and large blocks from the backing.
bool child_allocates() {
  constexpr int n = 3000;
  static void *blocks[n];
  for (int i = 0; i < n; ++i) {
    blocks[i] = solo::mem::allocate(static_cast<size_t>(16 + i % 200));
    if (!blocks[i]) return false;
    __builtin_memset(blocks[i], i & 0xff, 16);
  }
  void *large = solo::mem::allocate(300000);
  if (!large) return false;
  __builtin_memset(large, 1, 300000);
  for (int i = 0; i < n; ++i)
    if (*static_cast<unsigned char *>(blocks[i]) != (i & 0xff)) return false;
  for (int i = 0; i < n; ++i) solo::mem::release(blocks[i]);
  solo::mem::release(large);
  return true;
}

int child() {
  if (!child_allocates()) return 4;
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

constexpr int busy = 4;
int round = 0;      // odd while main forks: the workers run only then
int active[busy]{}; // the round in which each worker last finished a step

// Main's side: the workers start, and the fork waits until every one of them has finished a step of this round
// (and so is in the middle of the next). A step left over from an earlier round carries that round's number.
void start_round() {
  int now = __atomic_add_fetch(&round, 1, __ATOMIC_ACQ_REL);
  for (int w = 0; w < busy; ++w)
    while (__atomic_load_n(&active[w], __ATOMIC_ACQUIRE) != now) solo::thread::yield();
}
void end_round() { __atomic_add_fetch(&round, 1, __ATOMIC_ACQ_REL); }
} // namespace

int main() {
  constexpr int forks = 20;
  solo::JoinHandle<void> workers[busy];
  for (int w = 0; w < busy; ++w) {
    auto t = solo::Thread::spawn([w] {
      while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE)) {
        int now = __atomic_load_n(&round, __ATOMIC_ACQUIRE);
        if (now % 2 == 0) {
          solo::thread::yield();
          continue;
        }
        if (w == 0) (void)atexit(noop);
        if (w == 1) (void)sig::set_action(sig::USR2, sig::Action::call(on_usr2));
        if (w == 2) {
          auto t = solo::Thread::spawn([] {});
          if (t) (void)t->join();
        }
        if (w == 3) {
          void *p = solo::mem::allocate(200000); // beyond the large-block cache: mapped and unmapped each time
          void *q = solo::mem::allocate(5000);
          solo::mem::release(p);
          solo::mem::release(q);
        }
        __atomic_store_n(&active[w], now, __ATOMIC_RELEASE);
      }
    });
    CHECK(t.has_value());
    if (t) workers[w] = solo::move(*t);
  }
  int ok = 0;
  for (int i = 0; i < forks; ++i) {
    start_round();
    auto pid = solo::proc::fork();
    if (pid && *pid != 0) end_round();
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
