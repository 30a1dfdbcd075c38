// solo::mem: the process's heap. malloc/free (crt/malloc.cpp) and operator new/delete (crt/new_delete.cpp)
// are thin layers over these; a program that uses none of them links none of the allocator.
// See <solo/mem/allocator.hpp> for how it works. Not thread-safe: solo has no threads yet.
#pragma once

#include <solo/mem/allocator.hpp>

namespace solo::mem {

namespace detail {
extern Allocator process_heap; // lib/mem/heap.cpp
}

// The process-wide allocator over the system page source (mmap); it maps nothing until first used.
inline Allocator &heap() noexcept { return detail::process_heap; }

// nullptr when out of memory; `align` must be a power of two.
inline void *allocate(size_t size, size_t align = 16) noexcept { return heap().allocate(size, align); }
inline void *allocate_zeroed(size_t count, size_t size) noexcept { return heap().allocate_zeroed(count, size); }
inline void *reallocate(void *p, size_t size) noexcept { return heap().reallocate(p, size); }
inline void release(void *p, size_t size = 0) noexcept { heap().free(p, size); }
inline size_t usable_size(const void *p) noexcept { return heap().usable_size(p); }
inline const Stats &stats() noexcept { return heap().stats(); }
inline void trim() noexcept { heap().trim(); }

} // namespace solo::mem
