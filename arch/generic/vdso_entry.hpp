// One vDSO entry point beyond the time functions, as an architecture's vdso_arch.hpp lists them: solo calls
// none of them, examples/vdso says which this kernel offers.
#pragma once

namespace solo::arch::vdso {
struct Entry {
  const char *function;          // what it does, by the system call it stands for
  const char *symbol;            // its name in the vDSO
  const char *version = nullptr; // its symbol version where that is not vdso::version (i386's LINUX_2.5)
};
} // namespace solo::arch::vdso
