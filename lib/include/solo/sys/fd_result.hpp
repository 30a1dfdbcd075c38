// Calls that create a descriptor return it owned: the raw return value becomes a Result<Fd>.
#pragma once

#include <solo/fd.hpp>

namespace solo::sys {

inline Result<Fd> fd_result(long ret) noexcept {
  if (is_error(ret)) return static_cast<Errno>(-ret);
  return Fd(static_cast<int>(ret));
}

// The signal-mask argument of ppoll, pselect6, epoll_pwait and io_uring_enter is the kernel's sigset_t:
// 64 bits on x86-64, aarch64 and riscv64 (bit n-1 for signal n), passed with its size, 8.
inline constexpr unsigned long kernel_sigset_size = 8;

} // namespace solo::sys
