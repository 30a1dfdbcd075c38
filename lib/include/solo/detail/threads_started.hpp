// Whether the program has spawned a thread yet: how runtime paths stay single-threaded (no locks, no atomic
// read-modify-writes) until the first spawn. Not part of the API.
#pragma once

namespace solo::detail {

// Set (to 1) by the first spawn (lib/thread/registry.cpp) and never cleared; defined in lib/thread/started.cpp.
extern unsigned threads_started;

inline bool multithreaded() noexcept { return __atomic_load_n(&threads_started, __ATOMIC_RELAXED) != 0; }

// The same for code that is also built into the hosted unit tests (cmake/solo.cmake defines SOLO_HOSTED there),
// whose threads are the host's: there it is always true, so that such code always takes its locks.
inline bool may_have_threads() noexcept {
#if defined(SOLO_HOSTED)
  return true;
#else
  return multithreaded();
#endif
}

} // namespace solo::detail
