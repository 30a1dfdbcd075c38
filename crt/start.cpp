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
// Otherwise crt/steps.cpp takes over.
#include "steps.hpp"

#include <solo/detail/link.hpp>
#include <solo/sys/process.hpp>

// The program's main, whichever of `int main()`, `int main(int, char**)` or `int main(int, char**, char**)` it
// declares: extra argument registers are simply ignored by a main that takes fewer, on every supported ABI.
// The asm label reaches main without declaring it ourselves (a C++ program may not).
int solo_program_main(int, char **, char **) __asm__("main");

extern "C" [[noreturn, gnu::visibility("hidden")]] void __solo_start(long *sp) {
  // Whether a program has thread_local data, constructors or destructor functions is only known once it is
  // linked, so by default every program links these steps (crt/tls.cpp, crt/init_arrays.cpp,
  // crt/fini_array.cpp); toolchain/solo-ld defines each symbol itself for a program that has no use for it.
  SOLO_LINK_WITH(__solo_tls_step);
  SOLO_LINK_WITH(__solo_init_arrays_step);
  SOLO_LINK_WITH(__solo_fini_array_step);
  // An empty part of the table, kept with this function: the linker then defines __start_solo_steps and
  // __stop_solo_steps even when no step is linked, and the code reaches them PC-relative (undefined weak
  // symbols would cost a GOT).
  __asm__(".pushsection solo_steps,\"ao\",%progbits,__solo_start\n.popsection");

  // The compiler may assume two arrays never share an address; the empty asm keeps it from deciding this.
  const solo::crt::Step *step = __start_solo_steps;
  __asm__("" : "+r"(step));
  if (step == __stop_solo_steps) {
    long argc = sp[0];
    auto **argv = reinterpret_cast<char **>(sp + 1);
    solo::sys::exit_group(solo_program_main(static_cast<int>(argc), argv, argv + argc + 1));
  }
  // Any step links crt/steps.cpp, whose own entry is the one to call.
  while (step->kind != SOLO_STEP_RUN) ++step;
  reinterpret_cast<solo::crt::StepFunction>(reinterpret_cast<unsigned long>(step) + step->offset)(sp);
  __builtin_unreachable();
}
