// One vDSO entry point beyond the time functions, as an architecture's vdso_arch.hpp lists them: solo calls
// none of them, examples/vdso says which this kernel offers.
#pragma once

namespace solo::arch::vdso {
struct Entry {
  const char *function; // what it does, by the system call it stands for
  const char *symbol;   // its name in the vDSO (version: vdso::version)
};
} // namespace solo::arch::vdso
