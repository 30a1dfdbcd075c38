#include <solo/detail/fork_handlers.hpp>

namespace solo::detail {

namespace {
constexpr int count = static_cast<int>(ForkRank::Count);
ForkHandler *handlers[count];
} // namespace

void register_fork_handler(ForkRank rank, ForkHandler &h) noexcept {
  __atomic_store_n(&handlers[static_cast<int>(rank)], &h, __ATOMIC_RELEASE);
}

PreparedFork fork_prepare() noexcept {
  PreparedFork p;
  for (int i = 0; i < count; ++i)
    if ((p.handlers[i] = __atomic_load_n(&handlers[i], __ATOMIC_ACQUIRE)))
      p.handlers[i]->prepare(p.handlers[i]->context);
  return p;
}

void fork_after(const PreparedFork &p, bool in_child) noexcept {
  for (int i = count - 1; i >= 0; --i)
    if (p.handlers[i]) p.handlers[i]->after(p.handlers[i]->context, in_child);
}

} // namespace solo::detail
