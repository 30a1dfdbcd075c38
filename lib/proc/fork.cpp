#include <solo/detail/fork_handlers.hpp>
#include <solo/detail/thread_control.hpp>
#include <solo/fork.hpp>
#include <solo/io/flush_hook.hpp>
#include <solo/sys/clone.hpp>
#include <solo/sys/signal.hpp>

namespace solo::proc {

Result<sys::pid_t> fork() noexcept {
  io::flush_before_exec();
  if (!detail::multithreaded()) return sys::fork();
  // No handler may run between taking the runtime's locks and giving them back (a handler might want one).
  signal::SignalSet all = signal::SignalSet::all(), old;
  (void)sys::rt_sigprocmask(sys::MaskHow::SetMask, &all, &old);
  detail::PreparedFork prepared = detail::fork_prepare();
  Result<sys::pid_t> r = sys::fork();
  detail::fork_after(prepared, r && *r == 0);
  (void)sys::rt_sigprocmask(sys::MaskHow::SetMask, &old, nullptr);
  return r;
}

} // namespace solo::proc
