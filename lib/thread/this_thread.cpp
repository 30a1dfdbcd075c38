// solo::thread: what a thread asks about itself.
#include <solo/io/retry.hpp>
#include <solo/sys/process.hpp>
#include <solo/thread.hpp>

namespace solo::thread {

void yield() noexcept { sys::sched_yield(); }
Result<void> sleep_for(Timespec duration) noexcept { return io::sleep_for(duration); }
Result<void> sleep_until(Timespec deadline) noexcept { return io::sleep_until(deadline); }
sys::pid_t current_id() noexcept { return sys::gettid(); }

int available_cpus() noexcept {
  sys::CpuSet set;
  if (!sys::sched_getaffinity(0, set)) return 1;
  int n = set.count();
  return n > 0 ? n : 1;
}

} // namespace solo::thread
