// What proc::fork does around the fork in a program with threads, so the child's runtime stays usable: every
// runtime lock another thread might hold at that moment is taken first (so none is held mid-update when the
// address space is copied) and released after, in the parent and in the child, and the child, whose only
// thread is the one that forked, resets what named the others. Each part of the runtime with such a lock
// registers one handler, when it first needs it (pthread_atfork's idea). Not part of the API.
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

// Sets the handler of `rank` (a static object), once; safe from any thread.
void register_fork_handler(ForkRank rank, ForkHandler &h) noexcept;
// proc::fork's steps (lib/proc/fork.cpp): fork_prepare prepares in rank order and records which handlers it
// prepared; fork_after (in the parent and in the child) finishes exactly those, in the opposite order.
struct PreparedFork {
  ForkHandler *handlers[static_cast<int>(ForkRank::Count)];
};
PreparedFork fork_prepare() noexcept;
void fork_after(const PreparedFork &prepared, bool in_child) noexcept;

} // namespace solo::detail
