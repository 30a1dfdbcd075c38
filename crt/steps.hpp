// The step table (solo/detail/link.hpp) as crt/ reads it.
#pragma once

namespace solo::crt {

struct Step {
  int offset;     // of the step's code from this entry
  int kind;       // SOLO_STEP_*
  int run_offset; // of __solo_run_steps from this field
};

using StepFunction = void (*)(long *sp);

// Runs every step of `kind`, in table order.
void run_steps(int kind, long *sp) noexcept;

} // namespace solo::crt

extern "C" {
// Around the table; the linker defines them only when some step is linked (then it is not empty). Undefined
// they are 0; start-up reads them with SOLO_PC_RELATIVE_ADDRESS (arch/<arch>/reloc_arch.hpp): equal.
// (The compiler sees no use of them, so the binding is spelled out for the assembler.)
[[gnu::visibility("hidden"), gnu::weak]] extern const solo::crt::Step __start_solo_steps[];
[[gnu::visibility("hidden"), gnu::weak]] extern const solo::crt::Step __stop_solo_steps[];
__asm__(".weak __start_solo_steps\n.hidden __start_solo_steps\n.weak __stop_solo_steps\n.hidden __stop_solo_steps");
}
