// solo::Errno: the kernel's error numbers as an enum class, with their names and short messages.
// System calls report failure as -errno in the return register; solo turns that into a value, never a global.
#pragma once

// In the hosted builds the host's errno.h comes in first, once (no standard header included later brings its
// numeric macros back), and its macros are replaced by solo's names (detail/errno_names.hpp).
#include <cstddef>
#if defined(__GLIBCXX__)
#include <cerrno>
#endif
#include <solo/detail/undef_errno_macros.hpp>
// (after the line above, which takes the numbers away)
#include <solo/detail/errno_names.hpp>

namespace solo {

enum class Errno : int {
#define SOLO_ERRNO(name, number, message) name = number,
#include <solo/errno_list.inc>
#undef SOLO_ERRNO
  EWOULDBLOCK = EAGAIN,
  EDEADLOCK = EDEADLK,
};

// "ENOENT" for Errno::ENOENT; "EUNKNOWN" for a number the kernel does not define.
const char *name(Errno e) noexcept;
// "No such file or directory" for Errno::ENOENT, the text coreutils-style tools print; "Unknown error" otherwise.
const char *message(Errno e) noexcept;

} // namespace solo
