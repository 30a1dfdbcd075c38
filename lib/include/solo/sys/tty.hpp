// Terminal attributes: enough of the tty ioctls to tell a terminal from a file or a pipe.
#pragma once

#include <solo/fd.hpp>
#include <solo/sys/raw.hpp>

namespace solo::sys {

// The kernel's struct termios, which TCGETS fills in (not the C library's, which is larger). The layout and
// the request number are the same on x86-64, aarch64 and riscv64 (asm-generic/termbits.h, asm-generic/ioctls.h;
// x86 uses the generic ones); tests/abi/tty_layout.cpp checks both against each architecture's headers.
struct Termios {
  uint32_t iflag, oflag, cflag, lflag;
  uint8_t line;
  uint8_t cc[19];
};

inline constexpr unsigned long tcgets = 0x5401;

// Succeeds only on a terminal (ENOTTY otherwise).
inline Result<void> get_termios(FdRef fd, Termios &t) noexcept { return result_void(raw(nr::ioctl, fd, tcgets, &t)); }

} // namespace solo::sys
