// request_interrupt() with threads: the flag stops every later blocking call, but a call already waiting in
// the kernel only returns when a signal reaches its own thread. So the first spawn installs a handler for
// signal::interrupt_signal and lets request_interrupt() send it to every other thread. The handler only makes
// a call caught between its flag check and the kernel return EINTR (signal::detail::cancel_in_window); a call
// already waiting returns EINTR by itself, and solo's EINTR layer sees the flag. SA_RESTART keeps everything else
// as it was: a system call outside solo's cancellable ones is restarted by the kernel, unaware.
#include "registry.hpp"

#include <solo/interrupt.hpp>
#include <solo/signal.hpp>
#include <solo/sys/process.hpp>

namespace solo::detail {

namespace {
void on_interrupt_signal(int, signal::Info *, void *ucontext) { signal::detail::cancel_in_window(ucontext); }

void send(ThreadControl *c, void *pid) {
  unsigned id = __atomic_load_n(&c->identity, __ATOMIC_RELAXED);
  // The main thread's id is the process's; a thread still starting has none yet (it checks the flag itself).
  int tid = id == 1 ? *static_cast<int *>(pid) : static_cast<int>(id);
  if (tid > 0) (void)sys::tgkill(*static_cast<int *>(pid), tid, signal::interrupt_signal);
}

void broadcast() noexcept {
  int pid = sys::getpid();
  registry_visit_others(&send, &pid);
}
} // namespace

void start_interrupt_broadcast() noexcept {
  (void)signal::detail::set_runtime_action(signal::interrupt_signal, &on_interrupt_signal, signal::Flags::Restart);
  __atomic_store_n(&signal::detail::interrupt_broadcast, &broadcast, __ATOMIC_RELEASE);
}

} // namespace solo::detail
