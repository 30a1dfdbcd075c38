#include <solo/io/retry.hpp>

namespace solo::io {

// CLOCK_MONOTONIC (1) through the system call. The vDSO clock replaces this one function when it lands.
// clock_gettime cannot fail for a valid clock id and a valid pointer.
Timespec monotonic_now() noexcept {
  Timespec t;
  (void)sys::raw(sys::nr::clock_gettime, 1, &t);
  return t;
}

} // namespace solo::io
