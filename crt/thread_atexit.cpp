// Destructors of thread_local objects. The compiler calls __cxa_thread_atexit (and libraries call
// __cxa_thread_atexit_impl) after constructing one. Each thread has its own list, run newest first: the main
// thread's at exit, before the atexit handlers and static destructors (crt/exit.cpp: an exit step that a
// program has when it keeps __cxa_thread_atexit), any other thread's when it ends (lib/thread/end.cpp), or at
// exit if that thread is the one calling exit. A spawned thread's list is made on its first registration, in a
// page of its own, and unmapped when the thread ends.
#include "handler_stack.hpp"

#include <solo/detail/link.hpp>
#include <solo/detail/placement_new.hpp>
#include <solo/detail/thread_control.hpp>

namespace {
solo::crt::HandlerStack main_destructors;

void run_spawned_thread_destructors(solo::detail::ThreadControl *c) noexcept {
  auto *list = static_cast<solo::crt::HandlerStack *>(c->destructors);
  list->run_all();
  c->destructors = nullptr;
  list->~HandlerStack();
  solo::arch::syscall2(solo::arch::nr::munmap, reinterpret_cast<long>(list), sizeof(solo::crt::HandlerStack));
}

// The calling thread's list; null when a spawned thread has none and `make` is false or it cannot be made.
solo::crt::HandlerStack *this_threads_list(bool make) noexcept {
  using namespace solo::detail;
  if (!multithreaded()) return &main_destructors;
  ThreadControl *c = current_thread();
  if (c->identity == 1) return &main_destructors;
  if (!c->destructors && make) {
    long p = solo::arch::calls::mmap(nullptr, sizeof(solo::crt::HandlerStack), 3 /* PROT_READ|WRITE */,
                                     0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
    if (p < 0 && p > -4096) return nullptr;
    c->destructors = new (reinterpret_cast<void *>(p)) solo::crt::HandlerStack();
    __atomic_store_n(&thread_end_destructors, &run_spawned_thread_destructors, __ATOMIC_RELEASE);
  }
  return static_cast<solo::crt::HandlerStack *>(c->destructors);
}
} // namespace

extern "C" {

// exit: the calling thread's thread_local destructors.
void __solo_thread_atexit_step(long *) {
  SOLO_STEP(__solo_thread_atexit_step, SOLO_STEP_THREAD_EXIT);
  if (solo::crt::HandlerStack *list = this_threads_list(false)) list->run_all();
}

int __cxa_thread_atexit_impl(void (*destructor)(void *), void *object, void *) {
  SOLO_LINK_WITH(__solo_thread_atexit_step);
  solo::crt::HandlerStack *list = this_threads_list(true);
  return list && list->push({destructor, object}) ? 0 : -1;
}

int __cxa_thread_atexit(void (*destructor)(void *), void *object, void *dso) {
  return __cxa_thread_atexit_impl(destructor, object, dso);
}
}
