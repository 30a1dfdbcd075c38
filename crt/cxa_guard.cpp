// Guards for function-local statics (Itanium C++ ABI, used on all three architectures). The guard is 64 bits;
// its first byte says "initialised" and is what the compiler's inline fast path tests. solo uses the second
// byte for "initialisation in progress": seeing it again means the initialiser reached its own static, which
// would otherwise recurse or deadlock. No threads yet, so no waiting is needed.
#include <solo/panic.hpp>

namespace {
unsigned char *bytes(unsigned long *guard) { return reinterpret_cast<unsigned char *>(guard); }
} // namespace

extern "C" {

int __cxa_guard_acquire(unsigned long *guard) {
  if (__atomic_load_n(&bytes(guard)[0], __ATOMIC_ACQUIRE)) return 0;
  if (bytes(guard)[1]) solo::panic("recursive initialisation of a function-local static");
  bytes(guard)[1] = 1;
  return 1;
}

void __cxa_guard_release(unsigned long *guard) {
  bytes(guard)[1] = 0;
  __atomic_store_n(&bytes(guard)[0], 1, __ATOMIC_RELEASE);
}

void __cxa_guard_abort(unsigned long *guard) { bytes(guard)[1] = 0; }
}
