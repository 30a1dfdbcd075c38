// solo::mem: the process's heap. malloc/free (crt/malloc.cpp) and operator new/delete (crt/new_delete.cpp)
// are thin layers over these; a program that uses none of them links none of the allocator.
// See <solo/mem/allocator.hpp> for how it works.
//
// Safe with threads: until the program spawns its first thread, each call below goes straight to the one
// heap (a load and a branch more than calling it); from then on each thread allocates from a heap of its own
// (<solo/mem/allocator.hpp>, lib/mem/threads.cpp), with no lock and no atomic instruction on its fast paths.
// (heap() itself is the bare allocator: calls made on it directly are not safe with threads.)
#pragma once

#include <solo/detail/thread_control.hpp>
#include <solo/mem/allocator.hpp>

namespace solo::mem {

namespace detail {
extern Allocator process_heap; // lib/mem/heap.cpp
void lock_process_heap() noexcept;
void unlock_process_heap() noexcept;

#if defined(SOLO_HOSTED)
// lib/ in a hosted test program: the host's threads have no record of solo's, so one lock around every call.
class HeapCall {
public:
  HeapCall() noexcept { lock_process_heap(); }
  ~HeapCall() { unlock_process_heap(); }
  HeapCall(const HeapCall &) = delete;
  HeapCall &operator=(const HeapCall &) = delete;
  Allocator &heap() noexcept { return process_heap; }
  Allocator *heap_or_null() noexcept { return &process_heap; }
  void free(void *p, size_t size) noexcept { process_heap.free(p, size); }
  Stats stats() noexcept { return process_heap.stats(); }
};
#else
Allocator *attach_thread_heap() noexcept;
Allocator &thread_heap_for_free() noexcept;

// The heap of this call: the one heap until threads exist, then the calling thread's (attached on its first
// call; threads_started never goes back to 0, and only this thread could have set it in between).
class HeapCall {
public:
  HeapCall() noexcept = default;
  HeapCall(const HeapCall &) = delete;
  HeapCall &operator=(const HeapCall &) = delete;
  Allocator *heap_or_null() noexcept {
    if (!solo::detail::multithreaded()) [[likely]]
      return &process_heap;
    void *h = solo::detail::current_thread()->heap;
    return h ? static_cast<Allocator *>(h) : attach_thread_heap();
  }
  void free(void *p, size_t size) noexcept {
    if (!solo::detail::multithreaded()) [[likely]]
      return process_heap.free(p, size);
    void *h = solo::detail::current_thread()->heap;
    (h ? *static_cast<Allocator *>(h) : thread_heap_for_free()).free_shared(p, size);
  }
  Stats stats() noexcept {
    if (!solo::detail::multithreaded()) return process_heap.stats();
    Allocator *h = heap_or_null();
    return h ? h->stats_shared() : process_heap.stats();
  }
};
#endif
} // namespace detail

// The process-wide allocator over the system page source (mmap); it maps nothing until first used.
inline Allocator &heap() noexcept { return detail::process_heap; }

// nullptr when out of memory; `align` must be a power of two.
inline void *allocate(size_t size, size_t align = 16) noexcept {
  detail::HeapCall c;
  Allocator *h = c.heap_or_null();
  return h ? h->allocate(size, align) : nullptr;
}
inline void *allocate_zeroed(size_t count, size_t size) noexcept {
  detail::HeapCall c;
  Allocator *h = c.heap_or_null();
  return h ? h->allocate_zeroed(count, size) : nullptr;
}
inline void *reallocate(void *p, size_t size) noexcept {
  detail::HeapCall c;
  Allocator *h = c.heap_or_null();
  return h ? h->reallocate(p, size) : nullptr;
}
inline void release(void *p, size_t size = 0) noexcept {
  detail::HeapCall c;
  c.free(p, size);
}
inline size_t usable_size(const void *p) noexcept {
  detail::HeapCall c;
  Allocator *h = c.heap_or_null();
  return h ? h->usable_size(p) : 0;
}
// With threads: in_use is the sum over every thread's heap (see Allocator::stats_shared); the rest is the
// process's.
inline Stats stats() noexcept {
  detail::HeapCall c;
  return c.stats();
}
inline void trim() noexcept {
  detail::HeapCall c;
  Allocator *h = c.heap_or_null();
  if (h) h->trim();
}

} // namespace solo::mem
