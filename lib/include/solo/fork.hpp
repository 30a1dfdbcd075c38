// solo::proc::fork: fork for a program that may have threads (sys::fork is the raw call).
//
// The child has one thread, the caller, and a copy of the parent's memory. proc::fork keeps the child's runtime
// usable: the streams are flushed first (so buffered text is written once, not by both processes), and while
// the copy is made no other thread is inside the runtime's own locked state (the allocator, the streams, atexit,
// signal dispositions, the thread list): the child can allocate, print, exit and spawn threads of its own. Locks
// of the program's own that another thread held at that moment stay held in the child, as with every fork.
#pragma once

#include <solo/result.hpp>
#include <solo/sys/process.hpp>

namespace solo::proc {

// The child's pid in the parent, 0 in the child.
Result<sys::pid_t> fork() noexcept;

} // namespace solo::proc
