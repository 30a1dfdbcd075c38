// solo::Latch and solo::Barrier. A latch's waiters set the top bit before they sleep, so the count_down that
// reaches zero makes a system call only when someone sleeps. A barrier counts arrivals; the last one resets the
// count for the next round before it bumps the round number (release), so a thread that has seen the new round
// and arrives again always finds a fresh count.
#include <solo/panic.hpp>
#include <solo/sync/futex.hpp>
#include <solo/sync/latch.hpp>

namespace solo {

void Latch::count_down(unsigned n) noexcept {
  if (n == 0) return;
  unsigned v = __atomic_load_n(&count_, __ATOMIC_RELAXED);
  do {
    if ((v & max) < n) panic("solo::Latch: counted down below zero");
  } while (!__atomic_compare_exchange_n(&count_, &v, v - n, true, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED));
  if ((v & max) == n && (v & sleepers)) futex::wake(&count_, futex::all);
}

unsigned Latch::sleep_value() noexcept {
  unsigned v = __atomic_load_n(&count_, __ATOMIC_ACQUIRE);
  while ((v & max) != 0) {
    if (v & sleepers) return v;
    if (__atomic_compare_exchange_n(&count_, &v, v | sleepers, true, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
      return v | sleepers;
  }
  return 0;
}

void Latch::wait() noexcept {
  while (unsigned v = sleep_value()) futex::wait(&count_, v);
}

bool Latch::wait_until(Timespec deadline) noexcept {
  while (unsigned v = sleep_value())
    if (!futex::wait_until(&count_, v, deadline)) return try_wait();
  return true;
}

Result<void> Latch::wait_interruptibly(const Timespec *deadline) noexcept {
  while (unsigned v = sleep_value())
    if (auto r = futex::wait_interruptibly(&count_, v, deadline); !r) return try_wait() ? Result<void>{} : r;
  return {};
}

bool Barrier::arrive_and_wait() noexcept {
  unsigned round = __atomic_load_n(&round_, __ATOMIC_ACQUIRE);
  if (__atomic_add_fetch(&arrived_, 1, __ATOMIC_ACQ_REL) >= parties_) {
    __atomic_store_n(&arrived_, 0, __ATOMIC_RELAXED);
    __atomic_fetch_add(&round_, 1, __ATOMIC_RELEASE);
    futex::wake(&round_, futex::all);
    return true;
  }
  while (__atomic_load_n(&round_, __ATOMIC_ACQUIRE) == round) futex::wait(&round_, round);
  return false;
}

} // namespace solo
