// The one allocator of the process. Constant-initialised (no constructor runs at start-up, no destructor is
// registered at exit): the first allocation maps what it needs.
//
// With threads (once the first is spawned), every thread allocates from a heap of its own over this allocator
// as the backing (lib/mem/threads.cpp); the main thread's is `main_thread_heap`, which takes over the blocks of
// the single-threaded program. A thread's heap is found through its record (solo/detail/thread_control.hpp)
// and attached at its first call; at its end the heap is abandoned for the next thread (thread_end_heap).
// proc::fork takes the backing's lock around the fork, so the child never inherits it held by a thread that is
// not there; a heap of a thread that is not in the child is never used there again.
#include <solo/detail/fork_handlers.hpp>
#include <solo/detail/thread_control.hpp>
#include <solo/mem.hpp>
#include <solo/panic.hpp>

namespace solo::mem {

namespace {
constinit SystemPageSource system_pages;
constinit Allocator main_thread_heap{system_pages};

#if !defined(SOLO_HOSTED)
void end_heap(solo::detail::ThreadControl *c) noexcept {
  static_cast<Allocator *>(c->heap)->abandon();
  c->heap = nullptr;
}
#endif
} // namespace

constinit Allocator detail::process_heap{system_pages, main_thread_heap};

#if !defined(SOLO_HOSTED)
Allocator *detail::attach_thread_heap() noexcept {
  solo::detail::ThreadControl *c = solo::detail::current_thread();
  Allocator *h = process_heap.attach_heap(c->identity == 1);
  if (h == nullptr) return nullptr;
  c->heap = h;
  __atomic_store_n(&solo::detail::thread_end_heap, &end_heap, __ATOMIC_RELEASE);
  return h;
}

Allocator &detail::thread_heap_for_free() noexcept {
  Allocator *h = attach_thread_heap();
  if (h == nullptr) panic("mem: out of memory for this thread's heap (on its first call, a free)");
  return *h;
}
#endif

void detail::lock_process_heap() noexcept { process_heap.backing_lock().lock(); }
void detail::unlock_process_heap() noexcept { process_heap.backing_lock().unlock(); }

} // namespace solo::mem

// proc::fork finds this by name (lib/thread/fork_handlers.cpp): linked in with the heap, never registered at
// run time.
solo::detail::ForkHandler solo::detail::fork_handler_allocator{
    [](void *) { solo::mem::detail::lock_process_heap(); },
    [](void *, bool) { solo::mem::detail::unlock_process_heap(); }, nullptr};
