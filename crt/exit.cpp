// Leaving the process. exit (and returning from main) runs the exit steps (solo/detail/link.hpp), kind after
// kind:
//   0. with threads, only the first thread to call exit goes on (lib/thread/registry.cpp); another one that
//      calls it meanwhile waits for the end, while the rest keep running until exit_group;
//   1. destructors of the calling thread's thread_local objects (crt/thread_atexit.cpp), newest first;
//   2. atexit / __cxa_atexit handlers, which include the destructors of static objects (crt/atexit.cpp),
//      newest first;
//   3. .fini_array, last entry first (crt/fini_array.cpp);
//   4. flushing solo::io::stdout and stderr, when the program uses them (lib/io/stream.cpp): a flush that
//      cannot complete is reported on stderr and makes a status of 0 into 1;
// then exit_group. Every step takes its entry off before calling it, so a handler that calls exit again
// continues the same sequence and nothing runs twice. _exit and solo::sys::exit_group run none of it.
// A program that uses none of these has no exit steps: it links none of their code.
#include "steps.hpp"

#include <solo/detail/link.hpp>
#include <solo/exit.hpp>
#include <solo/io/flush_hook.hpp>
#include <solo/sys/process.hpp>

// For the fork and exec wrappers (solo/io/flush_hook.hpp): lib/io/stream.cpp's strong definition flushes,
// in a program that links the streams.
[[gnu::weak]] void solo::io::detail::flush_standard_streams() noexcept {}

namespace solo {

[[noreturn]] void exit(int status) noexcept {
  // Exit steps get the status and may change it (the flush step, when output is lost).
  long code = status;
  for (int kind = SOLO_STEP_THREADS_EXIT; kind <= SOLO_STEP_FLUSH; ++kind) crt::run_steps(kind, &code);
  sys::exit_group(static_cast<int>(code));
}

} // namespace solo

extern "C" [[noreturn]] void exit(int status) { solo::exit(status); }
extern "C" [[noreturn]] void _exit(int status) { solo::sys::exit_group(status); }
extern "C" [[noreturn]] void _Exit(int status) { solo::sys::exit_group(status); }
