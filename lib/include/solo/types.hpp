// Basic types. The vocabulary comes from the standard headers (libc++'s in a solo program, the host's in the
// hosted unit tests): move, forward and swap are std's, also reachable as solo::move ... for older code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace solo {

using ssize = long; // the kernel's ssize_t: a word on every architecture solo supports

using std::forward;
using std::move;
using std::swap;

} // namespace solo
