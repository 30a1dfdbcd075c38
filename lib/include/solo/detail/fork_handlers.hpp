// What proc::fork does around the fork in a program with threads, so the child's runtime stays usable: every
// runtime lock another thread might hold at that moment is taken first (so none is held mid-update when the
// address space is copied) and released after, in the parent and in the child, and the child, whose only
// thread is the one that forked, resets what named the others. Each part of the runtime with such a lock
// defines one handler (pthread_atfork's idea, fixed at link time). Not part of the API.
#pragma once

namespace solo::detail {

// The order the locks are taken in: outermost first, as the code that holds one of them may take the next
// (a print may allocate, anything may allocate), never the other way round.
enum class ForkRank : int { Streams, AtExit, SignalActions, Threads, Allocator, Count };

struct ForkHandler {
  void (*prepare)(void *context);
  void (*after)(void *context, bool in_child);
  void *context;
};

// Each part's handler, by name: a part defines its own when it is linked in, and proc::fork finds those that
// are (weak references, lib/thread/fork_handlers.cpp). Being there from the start, a handler can never be
// missed by a fork that races the first use of its lock (as one registered on that first use could be).
extern ForkHandler fork_handler_streams, fork_handler_atexit, fork_handler_signal_actions, fork_handler_threads,
    fork_handler_allocator;
// proc::fork's steps (lib/proc/fork.cpp): fork_prepare prepares in rank order and records which handlers it
// prepared; fork_after (in the parent and in the child) finishes exactly those, in the opposite order.
struct PreparedFork {
  ForkHandler *handlers[static_cast<int>(ForkRank::Count)];
};
PreparedFork fork_prepare() noexcept;
void fork_after(const PreparedFork &prepared, bool in_child) noexcept;

} // namespace solo::detail
