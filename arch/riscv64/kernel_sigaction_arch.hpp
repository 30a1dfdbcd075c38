// The kernel's struct sigaction as rt_sigaction takes it on riscv64 (<asm-generic/signal.h>; sigsetsize 8).
// No restorer field and no SA_RESTORER: the kernel returns from handlers through the vDSO.
#pragma once

namespace solo::arch {

struct KernelSigaction {
  unsigned long handler; // SIG_DFL = 0, SIG_IGN = 1, or a function
  unsigned long flags;
  unsigned long mask;
};

} // namespace solo::arch
