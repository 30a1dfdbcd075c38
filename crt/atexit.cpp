// atexit (C) and __cxa_atexit (C++ ABI: the compiler registers each static object's destructor with it right
// after the constructor finishes). Handlers run newest first from exit (crt/exit.cpp): an exit step that a
// program has when it keeps either function.
#include "handler_stack.hpp"

#include <solo/detail/fork_handlers.hpp>
#include <solo/detail/link.hpp>

namespace {
solo::crt::HandlerStack handlers;
bool push(solo::crt::HandlerStack::Handler h) noexcept { return handlers.push(h); }

void call_plain(void *function) { reinterpret_cast<void (*)()>(function)(); }
} // namespace

// Once threads exist the list has a lock, which a fork must not copy while another thread holds it (found by
// name, lib/thread/fork_handlers.cpp).
solo::detail::ForkHandler solo::detail::fork_handler_atexit{[](void *) { handlers.fork_prepare(); },
                                                            [](void *, bool) { handlers.fork_after(); }, nullptr};

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
  return push({function, argument}) ? 0 : -1;
}

int atexit(void (*function)()) {
  SOLO_LINK_WITH(__solo_atexit_step);
  return push({call_plain, reinterpret_cast<void *>(function)}) ? 0 : -1;
}
}
