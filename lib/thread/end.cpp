// The end of a thread, after its callable returned: its thread_local destructors (newest first, including
// any registered meanwhile), then, with every signal blocked (nothing may run on this stack once it starts
// going away), its heap goes back to the allocator and its record leaves the list of threads. Then the race
// with detach() is settled on end_state:
// * still joinable: the thread just exits. The kernel zeroes the tid word and wakes the joiner only once the
//   thread is off its stack, so the joiner may unmap it then (lib/thread/join.cpp);
// * detached: nobody will join, so the thread frees itself. It destroys the result nobody will take, tells the
//   kernel not to write the tid word (it is about to be unmapped: set_tid_address(NULL)), and unmaps its own
//   mapping and exits in one assembly sequence that touches no stack (arch/<arch>/clone_arch.hpp).
#include "registry.hpp"

#include <clone_arch.hpp>
#include <solo/detail/thread_control.hpp>
#include <solo/sys/process.hpp>

namespace solo::detail {

[[noreturn]] void thread_end(ThreadControl *c) noexcept {
  if (c->destructors)
    if (auto run = __atomic_load_n(&thread_end_destructors, __ATOMIC_ACQUIRE)) run(c);
  (void)block_all_signals();
  unsigned joinable = thread_joinable;
  bool detached =
      !__atomic_compare_exchange_n(&c->end_state, &joinable, thread_ended, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
  // A detached thread's result is nobody's: destroyed while this thread still has its heap.
  if (detached && c->drop_result) c->drop_result(c);
  if (c->heap)
    if (auto release = __atomic_load_n(&thread_end_heap, __ATOMIC_ACQUIRE)) release(c);
  registry_remove_blocked(c);
  if (!detached) sys::exit(0);
  (void)sys::set_tid_address(nullptr);
  arch::record_syscall<arch::nr::munmap>(); // the stub's assembly holds both numbers
  arch::record_syscall<arch::nr::exit>();
  arch::unmap_and_exit(c->map_base, c->map_size);
}

} // namespace solo::detail
