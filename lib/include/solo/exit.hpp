// Leaving the process.
#pragma once

namespace solo {

// Ends the process with `status` the way returning from main does (exit handlers, when there are any,
// run first). solo::sys::exit_group is the immediate form.
//
// From any thread: the first thread to call it runs the calling thread's thread_local destructors, the atexit
// handlers and static destructors, .fini_array and the stream flush (crt/exit.cpp), while the other threads
// keep running; another thread that calls exit meanwhile waits for the end. exit_group then ends them all.
[[noreturn]] void exit(int status) noexcept;

} // namespace solo
