// Many threads: 200 alive at once (each holds until all have started, then each reports its own stack and
// thread_local are its own), and 200 detached threads that free their own mappings: afterwards the process has
// no more mappings than before (counted in /proc/self/maps, with the few kept for reuse allowed).
#include "check.hpp"

#include <solo/io/retry.hpp>
#include <solo/sync.hpp>
#include <solo/sys/file.hpp>
#include <solo/thread.hpp>

namespace {

constexpr int alive = 200;
thread_local int mine = 0;

// Lines of /proc/self/maps: one per mapping.
long mappings() {
  auto fd = solo::sys::openat(solo::sys::at_fdcwd, "/proc/self/maps", solo::sys::OpenFlags::ReadOnly);
  if (!fd) return -1;
  char buf[4096];
  long lines = 0;
  while (auto n = solo::io::read(*fd, buf, sizeof buf)) {
    if (*n == 0) break;
    for (size_t i = 0; i < *n; ++i) lines += buf[i] == '\n';
  }
  return lines;
}

} // namespace

int main() {
  using solo::Thread;
  using solo::Timespec;
  solo::ThreadOptions small{.stack_size = 64 * 1024, .guard_size = 4096};

  { // All alive at once.
    static solo::Latch all_started(alive);
    static int wrong = 0;
    static solo::JoinHandle<long> threads[alive];
    int spawned = 0;
    for (int i = 0; i < alive; ++i) {
      auto t = Thread::spawn(small, [i] {
        mine = i + 1;
        volatile long on_stack = i;
        all_started.count_down();
        all_started.wait();
        if (mine != i + 1) __atomic_add_fetch(&wrong, 1, __ATOMIC_RELAXED);
        return static_cast<long>(on_stack) + 1000;
      });
      CHECK(t.has_value());
      if (!t) break;
      threads[i] = solo::move(*t);
      ++spawned;
    }
    CHECK_EQ(spawned, alive);
    if (spawned != alive) all_started.count_down(static_cast<unsigned>(alive - spawned));
    long sum = 0;
    for (int i = 0; i < spawned; ++i) sum += threads[i].join().value_or(-1000000);
    CHECK_EQ(sum, alive * 1000L + alive * (alive - 1L) / 2);
    CHECK_EQ(wrong, 0);
  }

  { // Detached threads free themselves: no mapping is left behind.
    long before = mappings();
    CHECK(before > 0);
    static int done = 0;
    for (int i = 0; i < alive; ++i) {
      auto t = Thread::spawn(small, [] { __atomic_add_fetch(&done, 1, __ATOMIC_RELEASE); });
      CHECK(t && t->detach());
    }
    // Each thread unmaps itself after counting, so wait for both.
    Timespec deadline = solo::io::monotonic_now() + Timespec::from_milliseconds(10000);
    while (__atomic_load_n(&done, __ATOMIC_ACQUIRE) < alive && solo::io::monotonic_now() < deadline)
      (void)solo::thread::sleep_for(Timespec::from_milliseconds(5));
    CHECK_EQ(done, alive);
    long after = mappings();
    while (after > before && solo::io::monotonic_now() < deadline) {
      (void)solo::thread::sleep_for(Timespec::from_milliseconds(5));
      after = mappings();
    }
    CHECK(after <= before);
    if (after > before) check::number(after - before), (void)solo::io::out(" mappings left behind\n");
  }
  return check::summary();
}
