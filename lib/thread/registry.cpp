#include "registry.hpp"

#include "mappings.hpp"

#include <solo/detail/fork_handlers.hpp>
#include <solo/detail/link.hpp>
#include <solo/detail/thread_self.hpp>
#include <solo/detail/tls_area.hpp>
#include <solo/sync/futex.hpp>
#include <solo/sync/mutex.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/signal.hpp>

namespace solo::detail {

namespace {
Mutex lock;
ThreadControl *head = nullptr;
unsigned exiting = 0; // who runs exit (__solo_threads_exit_step below)

// proc::fork: no thread is in the middle of changing the list or the mapping cache while the child's copy is
// made; in the child the list holds the forking thread alone, under its id there (the new process's main
// thread, whose tid is the pid), and nobody is exiting.
void fork_prepare(void *) {
  lock.lock();
  mappings_fork_prepare();
}
void fork_after(void *, bool in_child) {
  if (in_child) {
    ThreadControl *self = current_thread();
    self->next = self->prev = nullptr;
    head = self;
    if (self->identity != 1) __atomic_store_n(&self->identity, static_cast<unsigned>(sys::gettid()), __ATOMIC_RELAXED);
    exiting = 0;
  }
  mappings_fork_after();
  lock.unlock();
}
} // namespace

// Found by name (fork_handlers.cpp).
ForkHandler fork_handler_threads{&fork_prepare, &fork_after, nullptr};

signal::SignalSet block_all_signals() noexcept {
  signal::SignalSet all = signal::SignalSet::all(), old;
  (void)sys::rt_sigprocmask(sys::MaskHow::SetMask, &all, &old);
  return old;
}

void restore_signals(signal::SignalSet mask) noexcept {
  (void)sys::rt_sigprocmask(sys::MaskHow::SetMask, &mask, nullptr);
}

void registry_add_blocked(ThreadControl *c) noexcept {
  LockGuard g(lock);
  c->prev = nullptr;
  c->next = head;
  if (head) head->prev = c;
  head = c;
}

void registry_remove_blocked(ThreadControl *c) noexcept {
  LockGuard g(lock);
  if (c->prev)
    c->prev->next = c->next;
  else
    head = c->next;
  if (c->next) c->next->prev = c->prev;
  c->next = c->prev = nullptr;
}

void registry_visit_others(void (*visit)(ThreadControl *, void *), void *context) noexcept {
  signal::SignalSet old = block_all_signals();
  {
    LockGuard g(lock);
    ThreadControl *self = current_thread();
    for (ThreadControl *c = head; c; c = c->next)
      if (c != self) visit(c, context);
  }
  restore_signals(old);
}

void start_interrupt_broadcast() noexcept; // interrupt.cpp

// Until it has succeeded there is only the main thread, so nothing here can race.
bool start_threading() noexcept {
  SOLO_LINK_WITH(__solo_threads_exit_step);
  if (multithreaded()) return true;
  if (!crt::ensure_main_thread_area()) return false;
  ThreadControl *main = current_thread();
  main->identity = 1;
  signal::SignalSet old = block_all_signals();
  registry_add_blocked(main);
  restore_signals(old);
  start_interrupt_broadcast();
  // Last: from here on the runtime's paths look for records (the allocator, guards, exit, the streams).
  __atomic_store_n(&threads_started, 1, __ATOMIC_RELEASE);
  return true;
}

} // namespace solo::detail

// crt/exit.cpp's first step, in a program that spawns threads: the first thread to call exit runs the exit
// sequence; a nested call from one of its own handlers goes on with it; any other thread calling exit sleeps
// until the exit_group at the end takes it away.
extern "C" void __solo_threads_exit_step(long *) {
  SOLO_STEP(__solo_threads_exit_step, SOLO_STEP_THREADS_EXIT);
  using namespace solo::detail;
  if (!multithreaded()) return;
  unsigned me = thread_identity(), expected = 0;
  if (__atomic_compare_exchange_n(&exiting, &expected, me, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE) || expected == me)
    return;
  for (;;) solo::futex::wait(&exiting, expected);
}
