// solo::sys::Termios is the kernel's struct termios, and TCGETS is the same request number.
#include <asm/ioctls.h>
#include <asm/termbits.h>
#include <stddef.h>

#include <solo/sys/tty.hpp>

static_assert(solo::sys::tcgets == TCGETS);
static_assert(sizeof(solo::sys::Termios) == sizeof(struct termios));
static_assert(offsetof(solo::sys::Termios, iflag) == offsetof(struct termios, c_iflag));
static_assert(offsetof(solo::sys::Termios, lflag) == offsetof(struct termios, c_lflag));
static_assert(offsetof(solo::sys::Termios, line) == offsetof(struct termios, c_line));
static_assert(offsetof(solo::sys::Termios, cc) == offsetof(struct termios, c_cc));
static_assert(sizeof(solo::sys::Termios::cc) == NCCS);
