// Minimal output: whole strings to a descriptor, stdout or stderr. Buffered streams and formatting come later.
#pragma once

#include <solo/fd.hpp>
#include <solo/result.hpp>
#include <solo/string_view.hpp>

namespace solo::io {

inline constexpr int stdin_fd = 0;
inline constexpr int stdout_fd = 1;
inline constexpr int stderr_fd = 2;

// Writes all of `data` unless an error occurs; short writes are continued, EINTR is resumed under solo's
// signal policy (solo/io/retry.hpp): once the program requests an interrupt it stops with Errno::EINTR.
// On error, `written` (if given) says exactly how much went out before it.
Result<void> write_all(FdRef fd, const void *data, size_t size, size_t *written = nullptr) noexcept;
inline Result<void> write_all(FdRef fd, StringView s) noexcept { return write_all(fd, s.data(), s.size()); }

// The same, except that an interrupt request does not stop it: EINTR is always resumed. For the program's own
// messages (out, err, panic), which must still get out while it stops because of Ctrl-C.
Result<void> write_all_uninterrupted(FdRef fd, const void *data, size_t size, size_t *written = nullptr) noexcept;

inline Result<void> out(StringView s) noexcept { return write_all_uninterrupted(stdout_fd, s.data(), s.size()); }
inline Result<void> err(StringView s) noexcept { return write_all_uninterrupted(stderr_fd, s.data(), s.size()); }

// Decimal text of a number into `buf` (at least 21 bytes); returns the view of the digits inside it.
StringView to_decimal(long value, char *buf) noexcept;
StringView to_decimal_unsigned(unsigned long value, char *buf) noexcept;

} // namespace solo::io
