// What the panicking forms of solo's containers do when the fallible form reports ENOMEM: the same message
// and SIGABRT as operator new. Out of line and cold, so each call site costs one call instruction.
#pragma once

#include <solo/panic.hpp>
#include <utility>

namespace solo::detail {

[[noreturn, gnu::cold, gnu::noinline]] inline void out_of_memory() { panic("out of memory"); }

// A Result's error turned into the panic: for the convenience forms (push, append, insert ...), whose only
// possible error is ENOMEM.
template <class Outcome> inline void must(const Outcome &r) {
  if (!r.has_value()) [[unlikely]]
    out_of_memory();
}

// The value of a Result whose only possible error is ENOMEM, or the panic.
template <class Outcome> inline auto must_value(Outcome &&r) {
  must(r);
  return std::move(*r);
}

} // namespace solo::detail
