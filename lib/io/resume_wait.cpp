// Waits under the EINTR policy, each keeping its deadline (solo/io/retry.hpp).
#include <solo/io/retry.hpp>
#include <solo/signal/set.hpp>

namespace solo::io {

using detail::resume;
using detail::resume_until;

Result<unsigned> poll_until(sys::Pollfd *fds, unsigned nfds, Timespec deadline) noexcept {
  return sys::result<unsigned>(resume_until(deadline, [&](Timespec remaining) {
    // ppoll writes the time it did not use back into its argument: the copy takes that.
    return detail::cancellable(sys::tnr::ppoll, fds, nfds, &remaining, nullptr, signal::kernel_sigset_size);
  }));
}

Result<unsigned> poll(sys::Pollfd *fds, unsigned nfds, long timeout_ms) noexcept {
  if (timeout_ms < 0)
    return sys::result<unsigned>(resume(
        [&] { return detail::cancellable(sys::tnr::ppoll, fds, nfds, nullptr, nullptr, signal::kernel_sigset_size); }));
  return poll_until(fds, nfds, monotonic_now() + Timespec::from_milliseconds(timeout_ms));
}

Result<unsigned> epoll_wait(FdRef epfd, sys::EpollEvent *events, int maxevents, long timeout_ms) noexcept {
  if (timeout_ms < 0)
    return sys::result<unsigned>(resume([&] {
      return detail::cancellable(sys::nr::epoll_pwait, epfd, events, maxevents, -1, nullptr,
                                 signal::kernel_sigset_size);
    }));
  Timespec deadline = monotonic_now() + Timespec::from_milliseconds(timeout_ms);
  return sys::result<unsigned>(resume_until(deadline, [&](Timespec remaining) {
    // Rounded up: a wait cut short by rounding would end before the deadline.
    long ms = (remaining.to_nanoseconds() + 999'999) / 1'000'000;
    if (ms > 0x7fffffff) ms = 0x7fffffff; // the kernel takes an int; the loop comes back for the rest
    return detail::cancellable(sys::nr::epoll_pwait, epfd, events, maxevents, ms, nullptr, signal::kernel_sigset_size);
  }));
}

Result<void> sleep_until(Timespec deadline) noexcept {
  constexpr int clock_monotonic = 1, timer_abstime = 1;
  return sys::result_void(resume([&] {
    return detail::cancellable(sys::tnr::clock_nanosleep, clock_monotonic, timer_abstime, &deadline, nullptr);
  }));
}

Result<void> sleep_for(Timespec duration) noexcept { return sleep_until(monotonic_now() + duration); }

Result<sys::Waited> wait4(sys::pid_t pid, sys::WaitOptions options, sys::Rusage *usage) noexcept {
  int status = 0;
  long r = resume([&] { return detail::cancellable(sys::nr::wait4, pid, &status, to_underlying(options), usage); });
  if (sys::is_error(r)) return static_cast<Errno>(-r);
  if (r == 0) return sys::Waited{};
  return sys::Waited{static_cast<sys::pid_t>(r), sys::ChildStatus::from_wait_status(status)};
}

Result<sys::Waited> waitid(sys::IdType idtype, int id, sys::WaitOptions options, sys::Rusage *usage) noexcept {
  sys::WaitidInfo info{}; // pid stays 0 when WNOHANG finds nothing, so it must start zeroed
  long r = resume([&] {
    return detail::cancellable(sys::nr::waitid, static_cast<int>(idtype), id, &info, to_underlying(options), usage);
  });
  if (sys::is_error(r)) return static_cast<Errno>(-r);
  return sys::waited_from(info);
}

} // namespace solo::io
