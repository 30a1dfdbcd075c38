// The C++ half of process start-up: _start (arch/<arch>/start.S) comes here with the initial stack pointer,
// directly for a -no-pie binary, through __solo_start_pie (crt/relocate.cpp) for a static PIE.
//
// Initial stack, as the kernel lays it out (System V ABI, identical on x86-64, aarch64 and riscv64):
//   sp[0]                 argc
//   sp[1 .. argc]         argv[0 .. argc-1]
//   sp[argc + 1]          NULL
//   ...                   envp[], then NULL
//   ...                   auxv (type, value) pairs, ending with AT_NULL
//
// Order: thread pointer and TLS (before any code that may read the canary or a thread_local), the canary,
// .preinit_array, .init_array (both with argc, argv, envp), main, exit. crt/ is compiled without the stack
// protector: this code runs before the canary exists.
//
// Only what a program uses costs much: the canary is set up by crt/stack_chk.cpp, which is linked only when
// some function is protected (it references __stack_chk_fail); the TLS block is made only when the binary
// has a PT_TLS segment (or needs a TCB for the canary).
#include "tls.hpp"

#include <solo/exit.hpp>
#include <solo/process.hpp>

// The program's main, whichever of `int main()`, `int main(int, char**)` or `int main(int, char**, char**)` it
// declares: extra argument registers are simply ignored by a main that takes fewer, on every supported ABI.
// The asm label reaches main without declaring it ourselves (a C++ program may not).
int solo_program_main(int, char **, char **) __asm__("main");

// Sets up the thread pointer, when the program needs one. This default only looks for thread_local data;
// crt/stack_chk.cpp, linked when any function is stack-protected, replaces it with a definition that also
// fills in the canary. A weak definition rather than a weak reference: no GOT entry, no null check.
extern "C" [[gnu::weak]] void __solo_init_thread(long *) { solo::crt::init_main_thread(false); }

using InitFunction = void (*)(int, char **, char **);
extern "C" {
// Defined by the linker around the sections of the same name (empty when a program has none).
[[gnu::visibility("hidden")]] extern const InitFunction __preinit_array_start[];
[[gnu::visibility("hidden")]] extern const InitFunction __preinit_array_end[];
[[gnu::visibility("hidden")]] extern const InitFunction __init_array_start[];
[[gnu::visibility("hidden")]] extern const InitFunction __init_array_end[];
}

extern "C" [[noreturn, gnu::visibility("hidden")]] void __solo_start(long *sp) {
  using namespace solo::crt;
  int argc = static_cast<int>(sp[0]);
  char **argv = reinterpret_cast<char **>(sp + 1);
  char **envp = argv + argc + 1;
  solo::process::set(argc, argv, envp); // solo::auxv finds the vector after envp when first asked

  __solo_init_thread(sp);
  for (const InitFunction *f = __preinit_array_start; f < __preinit_array_end; ++f) (*f)(argc, argv, envp);
  for (const InitFunction *f = __init_array_start; f < __init_array_end; ++f) (*f)(argc, argv, envp);
  solo::exit(solo_program_main(argc, argv, envp));
}
