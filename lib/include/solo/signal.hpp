// Signals: dispositions, masks, the alternate stack, sending, waiting and signalfd.
//
//   solo::signal::set_action(signal::USR1, signal::Action::call(on_usr1));
//   solo::signal::set_action(signal::INT, signal::Action::interrupt());   // Ctrl-C makes blocking calls EINTR
//
// Handlers run on the thread's stack (or the alternate one with Flags::OnStack) and must only do
// async-signal-safe work: system calls, request_interrupt(), stores to volatile or atomic variables.
#pragma once

#include <solo/fd.hpp>
#include <solo/interrupt.hpp>
#include <solo/signal/info.hpp>
#include <solo/signal/names.hpp>
#include <solo/signal/numbers.hpp>
#include <solo/signal/set.hpp>
#include <solo/sys/signal.hpp>

namespace solo::signal {

using Handler = void (*)(int signo);
using InfoHandler = void (*)(int signo, Info *info, void *ucontext);

// A disposition: default, ignore, or a handler with its flags and the extra signals blocked while it runs.
struct Action {
  static constexpr unsigned long default_handler = 0; // SIG_DFL
  static constexpr unsigned long ignore_handler = 1;  // SIG_IGN

  unsigned long handler = default_handler; // SIG_DFL, SIG_IGN, a Handler, or an InfoHandler with Flags::SigInfo
  Flags flags = Flags::None;
  SignalSet mask;
  // The signal also calls request_interrupt() before the handler (if any) runs. Such an action is always
  // installed without Flags::Restart, so that a blocking call in progress really returns.
  bool interrupts = false;

  static Action default_action() noexcept { return {}; }
  static Action ignore() noexcept {
    Action a;
    a.handler = ignore_handler;
    return a;
  }
  static Action call(Handler h, Flags f = Flags::None, SignalSet m = {}) noexcept {
    Action a;
    a.handler = reinterpret_cast<unsigned long>(h);
    a.flags = f & ~Flags::SigInfo;
    a.mask = m;
    return a;
  }
  static Action call(InfoHandler h, Flags f = Flags::None, SignalSet m = {}) noexcept {
    Action a;
    a.handler = reinterpret_cast<unsigned long>(h);
    a.flags = f | Flags::SigInfo;
    a.mask = m;
    return a;
  }
  // Only requests the interrupt (then blocking calls return EINTR); `h`, if given, runs after.
  static Action interrupt(Handler h = nullptr, Flags f = Flags::None) noexcept {
    Action a = h ? call(h, f) : Action{};
    a.interrupts = true;
    return a;
  }

  bool is_handler() const noexcept { return handler > ignore_handler || interrupts; }
};

// sigaction. `old` (if given) receives the previous disposition. KILL and STOP cannot be changed, nor solo's own
// interrupt_signal (EINVAL).
Result<void> set_action(int sig, const Action &action, Action *old = nullptr) noexcept;
namespace detail {
// The runtime's own handlers (interrupt_signal), with every signal blocked while they run.
Result<void> set_runtime_action(int sig, InfoHandler handler, Flags flags) noexcept;
} // namespace detail
Result<Action> get_action(int sig) noexcept;

// Puts every signal that has a handler back to SIG_DFL and leaves ignored and default ones alone (what exec
// does). Meant for a child between clone and exec, so it makes only system calls and touches no memory the
// child may share with its parent. Returns how many were reset.
int reset_handlers() noexcept;

// The thread's signal mask. Each returns the previous mask. interrupt_signal is never blocked (the raw
// sys::rt_sigprocmask does what it is told).
Result<SignalSet> block(SignalSet set) noexcept;
Result<SignalSet> unblock(SignalSet set) noexcept;
Result<SignalSet> set_mask(SignalSet set) noexcept;
Result<SignalSet> current_mask() noexcept;
// Signals raised while blocked, waiting to be delivered.
Result<SignalSet> pending() noexcept;

// sigsuspend: replaces the mask with `mask` until a handler has run, then restores it.
void suspend(SignalSet mask) noexcept;

// The alternate signal stack for handlers installed with Flags::OnStack. `size` should be at least
// recommended_stack_size() (and never less than the AT_MINSIGSTKSZ the kernel reports).
Result<void> set_alternate_stack(void *base, size_t size, sys::SignalStack *old = nullptr) noexcept;
Result<void> disable_alternate_stack(sys::SignalStack *old = nullptr) noexcept;
size_t recommended_stack_size() noexcept;

// Sends `sig` to the calling thread (tgkill to itself), so it is delivered before raise returns unless
// blocked.
Result<void> raise(int sig) noexcept;

// sigtimedwait / sigwaitinfo under solo's EINTR policy: takes one pending signal of `set` (which should be
// blocked), filling `info` if given. `timeout` null waits without limit; with one, Errno::EAGAIN when it
// expires. Handled signals that interrupt the wait do not shorten or extend it.
Result<int> wait(SignalSet set, Info *info = nullptr, const Timespec *timeout = nullptr) noexcept;

// A signalfd for `set` (which should be blocked, or the signals are delivered normally instead).
// Reading it gives SignalfdInfo records.
Result<Fd> signalfd(SignalSet set, int flags = sys::signalfd_flags::cloexec) noexcept;

} // namespace solo::signal
