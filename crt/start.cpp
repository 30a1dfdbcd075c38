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
// Order: the start-up steps (before any code that may read the canary or a thread_local), .preinit_array,
// .init_array (both with argc, argv, envp), main, exit. crt/ is compiled without the stack protector: this
// code runs before the canary exists.
//
// Only what a program uses is linked and run: every part of start-up and exit that serves one feature is a
// step in a table the linker fills with the steps of the features the program kept (solo/detail/link.hpp).
// With none, as in a hello, the program is main and exit_group and nothing else of start-up or exit is linked.
// Otherwise crt/steps.cpp takes over. The code is crt/start_program.hpp, inlined here and into the static PIE's
// entry after self-relocation (crt/relocate.cpp), so that neither pays a call for it.
#include "start_program.hpp"

extern "C" [[noreturn, gnu::visibility("hidden")]] void __solo_start(long *sp) { solo::crt::start_program(sp); }
