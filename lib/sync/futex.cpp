#include <solo/io/retry.hpp>
#include <solo/sync/futex.hpp>
#include <solo/sys/futex.hpp>

namespace solo::futex {

namespace {
constexpr int wait_op = sys::futex_op::wait_bitset | static_cast<int>(sys::FutexScope::Private);
constexpr long timed_out = -static_cast<long>(Errno::ETIMEDOUT);
} // namespace

void wait(const unsigned *word, unsigned expected) noexcept { (void)sys::futex_wait(word, expected); }

bool wait_until(const unsigned *word, unsigned expected, Timespec deadline) noexcept {
  auto r = sys::futex_wait(word, expected, &deadline);
  return r || r.error() != Errno::ETIMEDOUT;
}

void wake(const unsigned *word, int count) noexcept { (void)sys::futex_wake(word, count); }
int wake_counted(const unsigned *word, int count) noexcept { return sys::futex_wake(word, count).value_or(0); }

Result<void> wait_interruptibly(const unsigned *word, unsigned expected, const Timespec *deadline) noexcept {
  if (signal::interrupt_requested()) return Errno::EINTR;
  // The cancellable call: a request that lands between the check above and the kernel's sleep still ends it.
  long r = io::detail::cancellable(sys::tnr::futex, word, wait_op, expected, deadline, nullptr, sys::futex_bitset_any);
  // No futex_time64 (QEMU 7.2 on a 32-bit guest): the old call with a 32-bit deadline (arch/<arch>/calls_arch.hpp).
  if constexpr (arch::calls::has_time32_futex) {
    if (r == -static_cast<long>(Errno::ENOSYS)) {
      // The old call's timespec: two longs (seconds past 2038, beyond any monotonic clock, become the last ones).
      struct {
        long tv_sec, tv_nsec;
      } old{};
      if (deadline)
        old = {static_cast<long>(deadline->tv_sec > 0x7fffffffLL ? 0x7fffffffLL : deadline->tv_sec),
               static_cast<long>(deadline->tv_nsec)};
      r = io::detail::cancellable(sys::nr::futex, word, wait_op, expected, deadline ? &old : nullptr, nullptr,
                                  sys::futex_bitset_any);
    }
  }
  if (r == timed_out) return Errno::ETIMEDOUT;
  if (r == io::detail::eintr && signal::interrupt_requested()) return Errno::EINTR;
  return {};
}

} // namespace solo::futex
