#include <solo/interrupt.hpp>

namespace solo::signal {

// Written by signal handlers, read by the blocking-call loops and the cancellable system call. A lock-free
// atomic int: a handler interrupting the same thread sees a consistent value, and the compiler can neither
// cache it nor drop the store.
int detail::interrupt_flag = 0;
void (*detail::interrupt_broadcast)() noexcept = nullptr;

void request_interrupt() noexcept {
  __atomic_store_n(&detail::interrupt_flag, 1, __ATOMIC_SEQ_CST);
  // Threads blocked in a call need a signal of their own to wake up; the flag alone only stops later calls.
  if (auto broadcast = __atomic_load_n(&detail::interrupt_broadcast, __ATOMIC_ACQUIRE)) broadcast();
}
bool interrupt_requested() noexcept { return __atomic_load_n(&detail::interrupt_flag, __ATOMIC_SEQ_CST) != 0; }
void clear_interrupt() noexcept { __atomic_store_n(&detail::interrupt_flag, 0, __ATOMIC_SEQ_CST); }

} // namespace solo::signal
