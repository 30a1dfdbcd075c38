// The interrupt request: how a program tells solo's blocking calls to stop resuming after a signal.
//
// solo's blocking calls (solo/io/retry.hpp) resume transparently when a signal handler interrupts them. Once
// request_interrupt() has been called -- typically from a SIGINT or SIGTERM handler, or automatically by a
// handler installed with Action::interrupt -- every blocking call in progress returns Errno::EINTR as soon as
// the kernel wakes it, and every later one returns Errno::EINTR at once, until clear_interrupt().
// The kernel only wakes the call in progress for a handler installed without SA_RESTART (Action::interrupt
// guarantees that); requested from an SA_RESTART handler, it takes effect when that call returns by itself.
//
// With threads, a signal interrupts only the thread it is delivered to. So once a thread has been spawned,
// request_interrupt() also sends signal::interrupt_signal (solo's own, solo/signal/numbers.hpp) to every other
// thread, whose blocking call then returns Errno::EINTR in the same way: it reaches every thread blocked in one,
// whichever thread the kernel picked for the program's signal.
#pragma once

namespace solo::signal {

// Async-signal-safe: a single atomic store.
void request_interrupt() noexcept;
// The same from an SA_SIGINFO handler, given its ucontext: if the signal landed in a solo blocking call after
// it checked the request but before the kernel started waiting, that call is made to return EINTR too
// (Action::interrupt does this for you). Without it such a call would wait for its own end or the next signal.
void request_interrupt(void *ucontext) noexcept;
bool interrupt_requested() noexcept;
void clear_interrupt() noexcept;

namespace detail {
// The request itself, read by the cancellable system call (arch/<arch>/signal_arch.hpp). Use the functions.
extern int interrupt_flag;
// Set by the first spawn (lib/thread/interrupt.cpp): what request_interrupt() calls to reach the other threads.
extern void (*interrupt_broadcast)() noexcept;
// From a handler's ucontext: if the signal landed in a cancellable call before the kernel started waiting,
// makes that call return EINTR.
void cancel_in_window(void *ucontext) noexcept;
} // namespace detail

} // namespace solo::signal
