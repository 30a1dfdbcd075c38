// Leaving the process.
#pragma once

#include <solo/io/flush_hook.hpp>

namespace solo {

// Ends the process with `status` the way returning from main does: buffered output in solo::io::stdout and
// stderr is flushed (exit handlers, when there are any, run before that). solo::sys::exit_group is the
// immediate form. Always inlined (a call to a noreturn function counts as cold and would not be), so that a
// program without streams calls the plain exit_group of crt/start.cpp directly and pays nothing for the hook.
[[noreturn, gnu::always_inline]] inline void exit(int status) noexcept { io::detail::flush_and_exit(status); }

} // namespace solo
