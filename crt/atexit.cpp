// atexit (C) and __cxa_atexit (C++ ABI: the compiler registers each static object's destructor with it right
// after the constructor finishes). Handlers run newest first from exit (crt/exit.cpp): an exit step that a
// program has when it keeps either function.
#include "handler_stack.hpp"

#include <solo/detail/link.hpp>

namespace {
solo::crt::HandlerStack handlers;

void call_plain(void *function) { reinterpret_cast<void (*)()>(function)(); }
} // namespace

extern "C" {

// The C++ ABI's identity of "this module" for __cxa_atexit and __cxa_finalize. A static program is one module,
// so only its address matters.
[[gnu::visibility("hidden")]] void *__dso_handle = &__dso_handle;

void __solo_atexit_step(long *) {
  SOLO_STEP(__solo_atexit_step, SOLO_STEP_ATEXIT);
  handlers.run_all();
}

int __cxa_atexit(void (*function)(void *), void *argument, void *) {
  SOLO_LINK_WITH(__solo_atexit_step);
  return handlers.push({function, argument}) ? 0 : -1;
}

int atexit(void (*function)()) {
  SOLO_LINK_WITH(__solo_atexit_step);
  return handlers.push({call_plain, reinterpret_cast<void *>(function)}) ? 0 : -1;
}
}
