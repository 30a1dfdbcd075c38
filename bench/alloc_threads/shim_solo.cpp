// The threaded workloads' helpers for solo: solo::Thread and solo's output.
#include <solo.hpp>

#include "workloads.hpp"

namespace {
solo::JoinHandle<void> threads[8];
}

extern "C" {

unsigned long bench_now_ns() { return static_cast<unsigned long>(solo::io::monotonic_now().to_nanoseconds()); }

void bench_report(const char *key, unsigned long value) { solo::println("{} {}", key, value); }

int bench_spawn(int handle, void (*fn)(void *), void *arg) {
  auto t = solo::Thread::spawn([fn, arg] { fn(arg); });
  if (!t) return 0;
  threads[handle] = solo::move(*t);
  return 1;
}

void bench_join(int handle) { (void)threads[handle].join(); }

void bench_yield() { solo::thread::yield(); }

} // extern "C"
