// Flushing the standard streams from code that must not pull them into every program: the fork and exec
// wrappers (exit has a step of its own in lib/io/stream.cpp). crt/exit.cpp defines the hook weakly without any
// flushing; lib/io/stream.cpp defines it for real. Only a program that uses the streams links stream.cpp, and then its
// definitions win, so a program that never prints pays nothing. (A weak *undefined* symbol would cost more: compilers
// reach it through a GOT entry, which adds a writable segment to every binary.)
#pragma once

namespace solo::io::detail {
// Flushes solo::io::stdout and stderr if the program uses them.
void flush_standard_streams() noexcept;
} // namespace solo::io::detail

namespace solo::io {

// Flushes solo::io::stdout and stderr if the program uses them; call before fork or exec so buffered text is
// neither lost nor written twice.
inline void flush_before_exec() noexcept { detail::flush_standard_streams(); }

} // namespace solo::io
