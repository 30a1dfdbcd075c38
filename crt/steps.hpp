// The step table (solo/detail/link.hpp) as crt/ reads it.
#pragma once

namespace solo::crt {

struct Step {
  int offset; // of the step's code from this entry
  int kind;   // SOLO_STEP_*
};

using StepFunction = void (*)(long *sp);

// Runs every step of `kind`, in table order.
void run_steps(int kind, long *sp) noexcept;

} // namespace solo::crt

extern "C" {
// Around the table (always there: crt/start.cpp adds an empty part to it).
[[gnu::visibility("hidden")]] extern const solo::crt::Step __start_solo_steps[];
[[gnu::visibility("hidden")]] extern const solo::crt::Step __stop_solo_steps[];
}
