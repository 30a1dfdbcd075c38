// solo::mem: the process's heap. malloc/free (crt/malloc.cpp) and operator new/delete (crt/new_delete.cpp)
// are thin layers over these; a program that uses none of them links none of the allocator.
// See <solo/mem/allocator.hpp> for how it works.
//
// Safe with threads: once the program has spawned its first thread, each call below holds the heap's lock
// (lib/mem/heap.cpp); until then it takes none, so a single-threaded program pays one load and a branch.
// (heap() itself is the bare allocator: calls made on it directly are not locked.)
#pragma once

#include <solo/detail/threads_started.hpp>
#include <solo/mem/allocator.hpp>

namespace solo::mem {

namespace detail {
extern Allocator process_heap; // lib/mem/heap.cpp
void lock_process_heap() noexcept;
void unlock_process_heap() noexcept;

// The lock around one call, only once threads exist (threads_started never goes back to 0, and only this
// thread could set it in between).
class HeapGuard {
public:
  HeapGuard() noexcept : locked_(solo::detail::may_have_threads()) {
    if (locked_) lock_process_heap();
  }
  ~HeapGuard() {
    if (locked_) unlock_process_heap();
  }
  HeapGuard(const HeapGuard &) = delete;
  HeapGuard &operator=(const HeapGuard &) = delete;

private:
  bool locked_;
};
} // namespace detail

// The process-wide allocator over the system page source (mmap); it maps nothing until first used.
inline Allocator &heap() noexcept { return detail::process_heap; }

// nullptr when out of memory; `align` must be a power of two.
inline void *allocate(size_t size, size_t align = 16) noexcept {
  detail::HeapGuard g;
  return heap().allocate(size, align);
}
inline void *allocate_zeroed(size_t count, size_t size) noexcept {
  detail::HeapGuard g;
  return heap().allocate_zeroed(count, size);
}
inline void *reallocate(void *p, size_t size) noexcept {
  detail::HeapGuard g;
  return heap().reallocate(p, size);
}
inline void release(void *p, size_t size = 0) noexcept {
  detail::HeapGuard g;
  heap().free(p, size);
}
inline size_t usable_size(const void *p) noexcept {
  detail::HeapGuard g;
  return heap().usable_size(p);
}
inline const Stats &stats() noexcept { return heap().stats(); }
inline void trim() noexcept {
  detail::HeapGuard g;
  heap().trim();
}

} // namespace solo::mem
