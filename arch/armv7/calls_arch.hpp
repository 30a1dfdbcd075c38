// The word-width-dependent system calls on 32-bit ARM (arch/generic/calls_ilp32.hpp), plus the one ARM orders its
// own way.
#pragma once

#include <syscall_numbers.hpp>

namespace solo::arch {
// EABI puts a 64-bit argument in an even/odd register pair (r0/r1, r2/r3, r4/r5), skipping a register if needed.
inline constexpr bool pair_in_even_register = true;
} // namespace solo::arch

#include "../generic/calls_ilp32.hpp"

namespace solo::arch::calls {
// fadvise64_64's natural order (fd, offset, len, advice) would leave a register unused before each pair under
// EABI and need seven words: ARM's arm_fadvise64_64 moves advice second, so everything fits in r0-r5.
inline long fadvise(int fd, long long offset, long long len, int advice) {
  using namespace detail;
  return raw(nr::arm_fadvise64_64, fd, advice, low(offset), high(offset), low(len), high(len));
}
} // namespace solo::arch::calls
