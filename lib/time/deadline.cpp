// Monotonic deadlines for timed waits that are retried after a signal: the timeout is turned into a point in
// CLOCK_MONOTONIC time once, and each retry waits only for what is left.
#include <solo/time.hpp>

namespace solo::time {

Deadline Deadline::after(Timespec timeout) noexcept {
  Timespec now = monotonic_now();
  if (timeout.tv_sec < 0 || (timeout.tv_sec == 0 && timeout.tv_nsec <= 0)) return Deadline(now);
  // now + timeout, saturating at never() instead of wrapping into the past.
  if (timeout.tv_sec >= never_seconds - now.tv_sec - 1) return never();
  return Deadline(now + timeout);
}

Timespec Deadline::remaining() const noexcept {
  if (is_never()) return when_;
  Timespec now = monotonic_now();
  if (when_ <= now) return Timespec{};
  return when_ - now;
}

bool Deadline::expired() const noexcept { return !is_never() && when_ <= monotonic_now(); }

} // namespace solo::time
