// Waits under the EINTR policy, each keeping its deadline (solo/io/retry.hpp).
#include <solo/io/retry.hpp>
#include <solo/signal/set.hpp>

namespace solo::io {

using detail::resume;
using detail::resume_until;

Result<int> poll_until(PollFd *fds, unsigned long count, Timespec deadline) noexcept {
  return sys::result<int>(resume_until(deadline, [&](Timespec remaining) {
    // ppoll writes the time it did not use back into its argument: the copy takes that.
    return detail::cancellable(sys::nr::ppoll, fds, count, &remaining, nullptr, signal::kernel_sigset_size);
  }));
}

Result<int> poll(PollFd *fds, unsigned long count, long timeout_ms) noexcept {
  if (timeout_ms < 0)
    return sys::result<int>(resume(
        [&] { return detail::cancellable(sys::nr::ppoll, fds, count, nullptr, nullptr, signal::kernel_sigset_size); }));
  return poll_until(fds, count, monotonic_now() + Timespec::from_milliseconds(timeout_ms));
}

Result<int> epoll_wait(int epfd, void *events, int max_events, long timeout_ms) noexcept {
  if (timeout_ms < 0)
    return sys::result<int>(resume([&] {
      return detail::cancellable(sys::nr::epoll_pwait, epfd, events, max_events, -1, nullptr,
                                 signal::kernel_sigset_size);
    }));
  Timespec deadline = monotonic_now() + Timespec::from_milliseconds(timeout_ms);
  return sys::result<int>(resume_until(deadline, [&](Timespec remaining) {
    // Rounded up: a wait cut short by rounding would end before the deadline.
    long ms = (remaining.to_nanoseconds() + 999'999) / 1'000'000;
    if (ms > 0x7fffffff) ms = 0x7fffffff; // the kernel takes an int; the loop comes back for the rest
    return detail::cancellable(sys::nr::epoll_pwait, epfd, events, max_events, ms, nullptr, signal::kernel_sigset_size);
  }));
}

Result<void> sleep_until(Timespec deadline) noexcept {
  constexpr int clock_monotonic = 1, timer_abstime = 1;
  return sys::result_void(resume([&] {
    return detail::cancellable(sys::nr::clock_nanosleep, clock_monotonic, timer_abstime, &deadline, nullptr);
  }));
}

Result<void> sleep_for(Timespec duration) noexcept { return sleep_until(monotonic_now() + duration); }

Result<int> wait4(int pid, int *status, int options, void *rusage) noexcept {
  return sys::result<int>(resume([&] { return detail::cancellable(sys::nr::wait4, pid, status, options, rusage); }));
}

Result<void> waitid(int idtype, int id, signal::Info *info, int options, void *rusage) noexcept {
  return sys::result_void(
      resume([&] { return detail::cancellable(sys::nr::waitid, idtype, id, info, options, rusage); }));
}

} // namespace solo::io
