// The states of solo::Once and of the static-local guards: 0, running, running with sleepers, done.
// The first caller moves 0 to running and records itself as the owner; later callers mark that they sleep and
// wait on the word; the owner's finish stores done (or 0 on abort) and wakes everyone if anyone sleeps.
#include <solo/detail/thread_self.hpp>
#include <solo/panic.hpp>
#include <solo/sync/futex.hpp>
#include <solo/sync/once.hpp>

namespace solo::detail {

bool once_begin(unsigned *state, unsigned *owner) noexcept {
  unsigned me = thread_identity();
  for (;;) {
    unsigned s = __atomic_load_n(state, __ATOMIC_ACQUIRE);
    if (s & once_done) return false;
    if (s == 0) {
      if (__atomic_compare_exchange_n(state, &s, once_running, false, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
        // Only the owner writes this, and only the owner can find its own identity here.
        __atomic_store_n(owner, me, __ATOMIC_RELAXED);
        return true;
      }
      continue;
    }
    if (__atomic_load_n(owner, __ATOMIC_RELAXED) == me)
      panic("recursive initialisation of a function-local static (or solo::Once): its initialiser reached it again");
    if (!(s & once_sleepers)) {
      if (!__atomic_compare_exchange_n(state, &s, s | once_sleepers, false, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
        continue;
      s |= once_sleepers;
    }
    futex::wait(state, s);
  }
}

namespace {
void end(unsigned *state, unsigned *owner, unsigned to) noexcept {
  __atomic_store_n(owner, 0, __ATOMIC_RELAXED);
  if (__atomic_exchange_n(state, to, __ATOMIC_RELEASE) & once_sleepers) futex::wake(state, futex::all);
}
} // namespace

void once_finish(unsigned *state, unsigned *owner) noexcept { end(state, owner, once_done); }
void once_abort(unsigned *state, unsigned *owner) noexcept { end(state, owner, 0); }

} // namespace solo::detail
