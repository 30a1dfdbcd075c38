// Destructors of thread_local objects. The compiler calls __cxa_thread_atexit (and libraries call
// __cxa_thread_atexit_impl) after constructing one; solo has only the main thread so far, whose thread_local
// destructors run at exit, before the atexit handlers and static destructors (crt/exit.cpp): an exit step
// that a program has when it keeps __cxa_thread_atexit.
#include "handler_stack.hpp"

#include <solo/detail/link.hpp>

namespace {
solo::crt::HandlerStack destructors;
} // namespace

extern "C" {

void __solo_thread_atexit_step(long *) {
  SOLO_STEP(__solo_thread_atexit_step, SOLO_STEP_THREAD_EXIT);
  destructors.run_all();
}

int __cxa_thread_atexit_impl(void (*destructor)(void *), void *object, void *) {
  SOLO_LINK_WITH(__solo_thread_atexit_step);
  return destructors.push({destructor, object}) ? 0 : -1;
}

int __cxa_thread_atexit(void (*destructor)(void *), void *object, void *dso) {
  return __cxa_thread_atexit_impl(destructor, object, dso);
}
}
