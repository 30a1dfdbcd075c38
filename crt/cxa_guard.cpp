// Guards for function-local statics (Itanium C++ ABI, used on every architecture solo supports). The guard is 64
// bits; its first byte says "initialised" and is what the compiler's inline fast path tests with an acquire
// load. The first 32-bit word holds solo::Once's states (solo/sync/once.hpp: done in the first byte, "running"
// and "someone sleeps" in the second) and the second word who runs the initialiser. So a thread that finds
// another one initialising sleeps until it is done, and a thread that reaches the static it is itself
// initialising stops with a message and SIGABRT, where it would otherwise recurse or deadlock.
#include <solo/sync/once.hpp>

namespace {
unsigned *state(unsigned long *guard) { return reinterpret_cast<unsigned *>(guard); }
unsigned *owner(unsigned long *guard) { return reinterpret_cast<unsigned *>(guard) + 1; }
} // namespace

extern "C" {

int __cxa_guard_acquire(unsigned long *guard) {
  if (__atomic_load_n(reinterpret_cast<unsigned char *>(guard), __ATOMIC_ACQUIRE)) return 0;
  return solo::detail::once_begin(state(guard), owner(guard)) ? 1 : 0;
}

void __cxa_guard_release(unsigned long *guard) { solo::detail::once_finish(state(guard), owner(guard)); }

void __cxa_guard_abort(unsigned long *guard) { solo::detail::once_abort(state(guard), owner(guard)); }
}
