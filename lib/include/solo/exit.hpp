// Leaving the process.
#pragma once

namespace solo {

// Ends the process with `status` the way returning from main does (exit handlers, when there are any,
// run first). solo::sys::exit_group is the immediate form.
[[noreturn]] void exit(int status) noexcept;

} // namespace solo
