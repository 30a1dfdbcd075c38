// Start-up after self-relocation (crt/start.cpp says what it does and why).
#pragma once

#include "steps.hpp"

#include <reloc_arch.hpp>
#include <solo/detail/link.hpp>
#include <solo/sys/process.hpp>

// The program's main, whichever of `int main()`, `int main(int, char**)` or `int main(int, char**, char**)` it
// declares: extra argument registers are simply ignored by a main that takes fewer, on every supported ABI.
// The asm label reaches main without declaring it ourselves (a C++ program may not).
int solo_program_main(int, char **, char **) __asm__("main");

namespace solo::crt {

[[noreturn, gnu::always_inline]] inline void start_program(long *sp) noexcept {
  // Whether a program has thread_local data, constructors or destructor functions is only known once it is
  // linked, so by default every program links these steps (crt/tls.cpp, crt/init_arrays.cpp,
  // crt/fini_array.cpp); toolchain/solo-ld defines each symbol itself for a program that has no use for it.
  SOLO_LINK_WITH(__solo_tls_step);
  SOLO_LINK_WITH(__solo_init_arrays_step);
  SOLO_LINK_WITH(__solo_fini_array_step);
  // A program without steps has no table: the linker then leaves both bounds undefined.
  auto *step = static_cast<const Step *>(SOLO_PC_RELATIVE_ADDRESS(__start_solo_steps));
  if (step == SOLO_PC_RELATIVE_ADDRESS(__stop_solo_steps)) {
    long argc = sp[0];
    auto **argv = reinterpret_cast<char **>(sp + 1);
    sys::exit_group(solo_program_main(static_cast<int>(argc), argv, argv + argc + 1));
  }
  // Every entry names the general start-up (crt/steps.cpp).
  reinterpret_cast<StepFunction>(reinterpret_cast<unsigned long>(&step->run_offset) + step->run_offset)(sp);
  __builtin_unreachable();
}

} // namespace solo::crt
