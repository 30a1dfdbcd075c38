// The one allocator of the process. Constant-initialised (no constructor runs at start-up, no destructor is
// registered at exit): the first allocation maps what it needs.
//
// With threads, one lock around every call (solo/mem.hpp), taken only after the first spawn. proc::fork takes
// it around the fork, so the child never inherits it held by a thread that is not there (the handler is
// registered on the first locked call, as crt/atexit.cpp does for its list).
#include <solo/detail/fork_handlers.hpp>
#include <solo/mem.hpp>
#include <solo/sync/mutex.hpp>

namespace solo::mem {

namespace {
constinit SystemPageSource system_pages;
constinit Mutex heap_lock;
bool fork_handler_registered = false; // only read and written with heap_lock held
solo::detail::ForkHandler fork_handler{[](void *) { heap_lock.lock(); }, [](void *, bool) { heap_lock.unlock(); },
                                       nullptr};
} // namespace

constinit Allocator detail::process_heap{system_pages};

void detail::lock_process_heap() noexcept {
  heap_lock.lock();
  if (!fork_handler_registered) {
    fork_handler_registered = true;
    solo::detail::register_fork_handler(solo::detail::ForkRank::Allocator, fork_handler);
  }
}

void detail::unlock_process_heap() noexcept { heap_lock.unlock(); }

} // namespace solo::mem
