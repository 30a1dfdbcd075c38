// Every thread's record, in one list: what must reach all threads (request_interrupt, fork) walks it.
// Internal to lib/thread.
#pragma once

#include <solo/detail/thread_control.hpp>
#include <solo/signal/set.hpp>

namespace solo::detail {

// The list's lock is also taken by request_interrupt from signal handlers, so it is only ever held with every
// signal blocked: no handler can then interrupt its holder and wait for it. These block and restore the mask
// around the lock themselves, except the _blocked forms, whose callers already blocked everything.
void registry_add_blocked(ThreadControl *c) noexcept;
void registry_remove_blocked(ThreadControl *c) noexcept;
// Calls visit(c, context) for every thread but the caller, with the list locked.
void registry_visit_others(void (*visit)(ThreadControl *, void *), void *context) noexcept;

// The first spawn's set-up: the main thread's record (and its thread pointer if it had none), the broadcast of
// interrupt requests, then threads_started. false when the main thread's area cannot be made.
bool start_threading() noexcept;

// Blocks every signal; returns the previous mask. What thread creation, thread exit and the lock above use.
signal::SignalSet block_all_signals() noexcept;
void restore_signals(signal::SignalSet mask) noexcept;

} // namespace solo::detail
