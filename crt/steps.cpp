// The general start-up, for a program whose step table is not empty: the start-up steps, the constructors'
// arrays, main, then exit (crt/exit.cpp runs the exit steps). Every step's entry names it (SOLO_STEP).
#include "steps.hpp"

#include <reloc_arch.hpp>
#include <solo/detail/link.hpp>
#include <solo/exit.hpp>

int solo_program_main(int, char **, char **) __asm__("main");

namespace solo::crt {

void run_steps(int kind, long *sp) noexcept {
  auto *end = static_cast<const Step *>(SOLO_PC_RELATIVE_ADDRESS(__stop_solo_steps));
  for (auto *s = static_cast<const Step *>(SOLO_PC_RELATIVE_ADDRESS(__start_solo_steps)); s < end; ++s)
    if (s->kind == kind) reinterpret_cast<StepFunction>(reinterpret_cast<unsigned long>(s) + s->offset)(sp);
}

} // namespace solo::crt

extern "C" [[noreturn]] void __solo_run_steps(long *sp) {
  solo::crt::run_steps(SOLO_STEP_START, sp);
  solo::crt::run_steps(SOLO_STEP_INIT_ARRAYS, sp);
  long argc = sp[0];
  auto **argv = reinterpret_cast<char **>(sp + 1);
  solo::exit(solo_program_main(static_cast<int>(argc), argv, argv + argc + 1));
}
