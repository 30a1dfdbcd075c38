// Who is "this thread", for the runtime's ownership checks (once, static guards, exit), at the lowest cost.
#pragma once

#include <solo/detail/thread_control.hpp>
#if defined(SOLO_HOSTED)
#include <solo/sys/process.hpp>
#endif

namespace solo::detail {

// 1 for the main thread (before and after threads exist), the kernel's tid for any other; never 0.
inline unsigned thread_identity() noexcept {
#if defined(SOLO_HOSTED)
  // lib/ in a hosted test program: the host's threads are not solo's, and only the kernel tells them apart.
  return static_cast<unsigned>(sys::gettid());
#else
  return multithreaded() ? current_thread()->identity : 1;
#endif
}

} // namespace solo::detail
