// The signal-mask argument of ppoll, pselect6, epoll_pwait and io_uring_enter: the kernel's sigset_t, 64 bits
// on x86-64, aarch64 and riscv64 (bit n-1 for signal n), passed with its size, 8 (the kernel rejects any other).
// solo passes it as `const uint64_t *`; null means "keep the thread's mask".
#pragma once

namespace solo::sys {

inline constexpr unsigned long kernel_sigset_size = 8;

} // namespace solo::sys
