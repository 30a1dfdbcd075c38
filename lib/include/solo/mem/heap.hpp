// Where solo's containers (Vector, String, HashMap, HashSet) take their memory: the process heap. Their last
// template parameter may name another type with the same two static functions: a test's allocator that fails
// on demand, an arena. (Growing is a new block and a copy: with doubling that copies each byte about twice
// in all, and a program that uses the containers does not link the allocator's realloc.)
#pragma once

#include <solo/mem.hpp>

namespace solo::mem {

struct Heap {
  // `size` bytes aligned to `align`, or nullptr when out of memory.
  static void *allocate(size_t size, size_t align) noexcept { return mem::allocate(size, align); }
  // `size` is what allocate was asked for.
  static void release(void *p, size_t size) noexcept { mem::release(p, size); }
};

// Blocks that live until the process ends: release gives nothing back. For a program that builds what it
// needs and exits (the kernel takes the memory back then), a container using it links none of the
// allocator's code for freeing. Growing leaves the old block behind, so reserve what is known first.
struct UntilExit {
  static void *allocate(size_t size, size_t align) noexcept { return mem::allocate(size, align); }
  static void release(void *, size_t) noexcept {}
};

} // namespace solo::mem
