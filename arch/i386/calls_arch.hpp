// The word-width-dependent system calls on i386 (arch/generic/calls_ilp32.hpp), plus the one i386 orders its own
// way.
#pragma once

#include <syscall_numbers.hpp>

namespace solo::arch {
// The i386 entry points take a 64-bit argument as two consecutive words wherever it falls: no padding.
inline constexpr bool pair_in_even_register = false;
} // namespace solo::arch

#include "../generic/calls_ilp32.hpp"

namespace solo::arch::calls {
// fadvise64_64(fd, offset low, high, len low, high, advice): six words, in the natural order.
inline long fadvise(int fd, long long offset, long long len, int advice) {
  using namespace detail;
  return raw(nr::fadvise64_64, fd, low(offset), high(offset), low(len), high(len), advice);
}
} // namespace solo::arch::calls
