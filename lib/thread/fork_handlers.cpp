// The fork handlers of the parts of the runtime linked into this program, in rank order: weak references, so
// that a part not linked in leaves a null, and asking for a handler never pulls its part in.
#include <solo/detail/fork_handlers.hpp>

namespace solo::detail {

[[gnu::weak]] extern ForkHandler fork_handler_streams;
[[gnu::weak]] extern ForkHandler fork_handler_atexit;
[[gnu::weak]] extern ForkHandler fork_handler_signal_actions;
[[gnu::weak]] extern ForkHandler fork_handler_threads;
[[gnu::weak]] extern ForkHandler fork_handler_allocator;

namespace {
ForkHandler *handler(int rank) noexcept {
  switch (static_cast<ForkRank>(rank)) {
  case ForkRank::Streams:
    return &fork_handler_streams;
  case ForkRank::AtExit:
    return &fork_handler_atexit;
  case ForkRank::SignalActions:
    return &fork_handler_signal_actions;
  case ForkRank::Threads:
    return &fork_handler_threads;
  case ForkRank::Allocator:
    return &fork_handler_allocator;
  case ForkRank::Count:
    break;
  }
  return nullptr;
}
constexpr int count = static_cast<int>(ForkRank::Count);
} // namespace

PreparedFork fork_prepare() noexcept {
  PreparedFork p;
  for (int i = 0; i < count; ++i)
    if ((p.handlers[i] = handler(i))) p.handlers[i]->prepare(p.handlers[i]->context);
  return p;
}

void fork_after(const PreparedFork &p, bool in_child) noexcept {
  for (int i = count - 1; i >= 0; --i)
    if (p.handlers[i]) p.handlers[i]->after(p.handlers[i]->context, in_child);
}

} // namespace solo::detail
