// .fini_array, last entry first, after the atexit handlers (crt/exit.cpp): as if registered before the first
// constructor ran, which is how the usual C runtimes order `__attribute__((destructor))` functions. Each entry
// is taken off before it is called, so an entry that calls exit again continues with the next one and nothing
// runs twice. crt/start.cpp links this step into every program; toolchain/solo-ld leaves it out of a program
// without .fini_array, and with it this file's one writable word.
#include <solo/detail/link.hpp>

using FiniFunction = void (*)();
extern "C" {
[[gnu::visibility("hidden")]] extern const FiniFunction __fini_array_start[];
[[gnu::visibility("hidden")]] extern const FiniFunction __fini_array_end[];
}

namespace {
// Entries not yet run, counted down.
const FiniFunction *fini_next = nullptr;
} // namespace

extern "C" void __solo_fini_array_step(long *) {
  SOLO_STEP(__solo_fini_array_step, SOLO_STEP_FINI_ARRAY);
  if (!fini_next) fini_next = __fini_array_end;
  while (fini_next > __fini_array_start) (*--fini_next)();
}
