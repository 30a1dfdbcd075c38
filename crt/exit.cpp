// Leaving the process. exit (and returning from main) runs, in this order:
//   0. with threads, only the first thread to call exit goes on (lib/thread/registry.cpp); another one that
//      calls it meanwhile waits for the end, while the rest keep running until exit_group;
//   1. destructors of the calling thread's thread_local objects (crt/thread_atexit.cpp), newest first;
//   2. atexit / __cxa_atexit handlers, which include the destructors of static objects (crt/atexit.cpp),
//      newest first;
//   3. .fini_array, last entry first: as if registered before the first constructor ran, which is how the
//      usual C runtimes order `__attribute__((destructor))` functions after every handler;
//   4. flushing solo::io::stdout and stderr, when the program uses them (lib/io/stream.cpp);
// then exit_group. Every step takes its entry off before calling it, so a handler that calls exit again
// continues the same sequence and nothing runs twice. _exit and solo::sys::exit_group run none of it.
// Steps 0, 1, 2 and 4 are weak hooks: a program that never registers anything links none of that code.
#include <solo/exit.hpp>
#include <solo/io/flush_hook.hpp>
#include <solo/sys/process.hpp>

// The hooks' defaults do nothing; lib/thread/registry.cpp (linked when the program spawns threads),
// crt/thread_atexit.cpp and crt/atexit.cpp (linked when the program uses __cxa_thread_atexit, __cxa_atexit or
// atexit) and lib/io/stream.cpp (linked when it uses the streams) replace them with strong definitions. Weak
// definitions rather than weak references: no GOT entries, no null checks, and since this object defines them, looking
// them up never pulls the real ones into a program that does not use them.
[[gnu::weak]] void solo::io::detail::flush_standard_streams() noexcept {}

extern "C" {
[[gnu::weak]] void __solo_exit_begin() {}
[[gnu::weak]] void __solo_run_thread_atexit() {}
[[gnu::weak]] void __solo_run_atexit() {}

using FiniFunction = void (*)();
[[gnu::visibility("hidden")]] extern const FiniFunction __fini_array_start[];
[[gnu::visibility("hidden")]] extern const FiniFunction __fini_array_end[];
}

namespace {
// Entries of .fini_array not yet run, counted down.
const FiniFunction *fini_next = nullptr;
} // namespace

namespace solo {

[[noreturn]] void exit(int status) noexcept {
  __solo_exit_begin();
  __solo_run_thread_atexit();
  __solo_run_atexit();
  if (!fini_next) fini_next = __fini_array_end;
  while (fini_next > __fini_array_start) (*--fini_next)();
  io::detail::flush_standard_streams();
  sys::exit_group(status);
}

} // namespace solo

extern "C" [[noreturn]] void exit(int status) { solo::exit(status); }
extern "C" [[noreturn]] void _exit(int status) { solo::sys::exit_group(status); }
extern "C" [[noreturn]] void _Exit(int status) { solo::sys::exit_group(status); }
