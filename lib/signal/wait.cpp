#include <solo/io/retry.hpp>
#include <solo/signal.hpp>

namespace solo::signal {

Result<int> wait(SignalSet set, Info *info, const Timespec *timeout) noexcept {
  if (!timeout)
    return sys::result<int>(io::detail::resume(
        [&] { return io::detail::cancellable(sys::tnr::rt_sigtimedwait, &set, info, nullptr, kernel_sigset_size); }));
  Timespec deadline = io::monotonic_now() + *timeout;
  return sys::result<int>(io::detail::resume_until(deadline, [&](Timespec remaining) {
    return io::detail::cancellable(sys::tnr::rt_sigtimedwait, &set, info, &remaining, kernel_sigset_size);
  }));
}

} // namespace solo::signal
