// Destructors of thread_local objects. The compiler calls __cxa_thread_atexit (and libraries call
// __cxa_thread_atexit_impl) after constructing one; solo has only the main thread so far, whose thread_local
// destructors run at exit, before the atexit handlers and static destructors (crt/exit.cpp).
#include "handler_stack.hpp"

namespace {
solo::crt::HandlerStack destructors;
} // namespace

extern "C" {

int __cxa_thread_atexit_impl(void (*destructor)(void *), void *object, void *) {
  return destructors.push({destructor, object}) ? 0 : -1;
}

int __cxa_thread_atexit(void (*destructor)(void *), void *object, void *dso) {
  return __cxa_thread_atexit_impl(destructor, object, dso);
}

void __solo_run_thread_atexit() { destructors.run_all(); }
}
