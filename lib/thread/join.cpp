// Joining and detaching. A joiner waits on the record's tid word until the kernel has zeroed it
// (CLONE_CHILD_CLEARTID): only then has the thread left its stack for good, and only then may the mapping be
// unmapped. The wait is a shared futex wait, not a private one: the kernel's wake for that word at thread exit
// is a shared wake, which a private waiter would never see.
#include "mappings.hpp"

#include <solo/detail/thread_self.hpp>
#include <solo/detail/thread_spawn.hpp>
#include <solo/panic.hpp>
#include <solo/sys/futex.hpp>
#include <solo/thread.hpp>

namespace solo::detail {

Result<void> thread_wait(ThreadControl *c) noexcept {
  if (__atomic_load_n(&c->identity, __ATOMIC_RELAXED) == thread_identity()) return Errno::EDEADLK;
  for (;;) {
    int tid = __atomic_load_n(&c->tid, __ATOMIC_ACQUIRE);
    if (tid == 0) return {};
    // EINTR and EAGAIN only mean: look again.
    (void)sys::futex_wait(reinterpret_cast<unsigned *>(&c->tid), static_cast<unsigned>(tid), nullptr,
                          sys::FutexScope::Shared);
  }
}

void thread_release(ThreadControl *c) noexcept {
  if (c->drop_result) c->drop_result(c);
  release_mapping(c);
}

void thread_detach(ThreadControl *c) noexcept {
  unsigned joinable = thread_joinable;
  if (__atomic_compare_exchange_n(&c->end_state, &joinable, thread_detached, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
    return; // the thread frees itself when it ends (lib/thread/end.cpp)
  // It had already ended: nobody else will free it. (A thread cannot end while detaching itself.)
  (void)thread_wait(c);
  thread_release(c);
}

void thread_dropped_joinable() noexcept {
  panic("a joinable solo::Thread was destroyed or assigned over: join() or detach() it first");
}

} // namespace solo::detail

namespace solo {

Result<void> Thread::join() noexcept {
  if (!control_) return Errno::EINVAL;
  if (auto r = detail::thread_wait(control_); !r) return r;
  detail::ThreadControl *c = control_;
  control_ = nullptr;
  detail::thread_release(c);
  return {};
}

Result<void> Thread::detach() noexcept {
  if (!control_) return Errno::EINVAL;
  detail::ThreadControl *c = control_;
  control_ = nullptr;
  detail::thread_detach(c);
  return {};
}

} // namespace solo
