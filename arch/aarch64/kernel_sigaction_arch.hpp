// The kernel's struct sigaction as rt_sigaction takes it on this architecture (<asm/signal.h>; sigsetsize 8).
// x86-64 and aarch64 have a restorer field; riscv64 does not.
#pragma once

namespace solo::arch {

struct KernelSigaction {
  unsigned long handler; // SIG_DFL = 0, SIG_IGN = 1, or a function
  unsigned long flags;
  unsigned long restorer;
  unsigned long mask;
};

} // namespace solo::arch
