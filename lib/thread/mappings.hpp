// Thread mappings, made and given back, with a small cache of joined threads' mappings for reuse (a thread
// that is spawned and joined in a loop then costs no mmap, mprotect or munmap). Internal to lib/thread.
#pragma once

#include <solo/detail/thread_control.hpp>
#include <solo/result.hpp>

namespace solo::detail {

struct MappingShape {
  size_t guard; // PROT_NONE, at the bottom
  size_t stack;
  size_t top; // the TLS area and the payload, zeroed for every new thread
  size_t size;
};

size_t mapping_page_size() noexcept;
// A mapping of that shape: readable and writable above the guard, its top part zero.
Result<void *> acquire_mapping(const MappingShape &shape) noexcept;
// The mapping of a thread that has left it for good (its tid word is 0), or that never started.
void release_mapping(ThreadControl *c) noexcept;

// Around proc::fork: the cache's lock taken, then released in the parent and the child alike.
void mappings_fork_prepare() noexcept;
void mappings_fork_after() noexcept;

} // namespace solo::detail
