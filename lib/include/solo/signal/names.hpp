// Signal names and descriptions, as the errno names have them: signal::name(SEGV) is "SEGV",
// signal::description(SEGV) "Segmentation fault" (the texts glibc's strsignal and shells print), and
// signal::from_name reads a name back (for a tool's `-s TERM`). A signal::Number formats as its name.
#pragma once

#include <solo/result.hpp>
#include <solo/signal/numbers.hpp>
#include <solo/string_view.hpp>

namespace solo::signal {

// "INT" for 2 ... "SYS" for 31; the real-time signals from both ends of their range, "RTMIN", "RTMIN+1" ...
// "RTMIN+16", "RTMAX-15" ... "RTMAX" (the kernel's 32 to 64: solo reserves none of them); "UNKNOWN" otherwise.
const char *name(int sig) noexcept;
// "Interrupt", "Segmentation fault", ...; "Real-time signal" for 32 to 64; "Unknown signal" otherwise.
const char *description(int sig) noexcept;
// A signal number from its name, with or without "SIG" and in any case ("TERM", "SIGTERM", "term",
// "RTMIN+3"), or from its number ("15"). EINVAL for anything else.
Result<int> from_name(StringView text) noexcept;

// For solo::print: `println("{}", signal::SEGV)` prints "SEGV".
inline const char *solo_enum_name(Number sig) noexcept { return name(sig); }

} // namespace solo::signal
