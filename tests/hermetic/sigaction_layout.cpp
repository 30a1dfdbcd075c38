// rt_sigaction reads and writes the architecture's struct sigaction exactly as the kernel lays it out, and
// nothing past it. QEMU 7.2 gets riscv64's wrong: it takes the struct as if it had an sa_restorer field, 8
// bytes longer, reads the mask from past the end and writes the old action there too (solo's SigactionBuffer
// copes: arch/riscv64/signal_arch.hpp); QEMU 10 and real kernels use the kernel's layout. Expected per runner
// (emulator.hpp, "sigaction_layout"): an action with different masks in the kernel's field and in the word
// after the struct is read back into a buffer of markers; only the emulator with the longer layout writes that
// word (with the mask it took from there).
#include <signal_arch.hpp>
#include <solo/sys/raw.hpp>

#include "check.hpp"
#include "emulator.hpp"

namespace {
struct Padded {
  solo::arch::KernelSigaction k;
  unsigned long after; // the word past the kernel's struct
};
constexpr int sigusr2 = 12;                        // the same on every architecture solo has
constexpr unsigned long mask_in_struct = 1UL << 9; // SIGUSR1
constexpr unsigned long mask_after = 1UL << 13;    // SIGALRM
constexpr unsigned long marker = 0x5a5a5a5a5a5a5a5aUL;
} // namespace

int main() {
  namespace nr = solo::sys::nr;
  Padded action{};
  action.k.handler = 1; // SIG_IGN: nothing has to run, and no restorer is needed
  action.k.mask = mask_in_struct;
  action.after = mask_after;
  CHECK_EQ(solo::sys::raw(nr::rt_sigaction, sigusr2, &action, nullptr, 8), 0);
  Padded old;
  unsigned long *words = reinterpret_cast<unsigned long *>(&old);
  for (unsigned i = 0; i < sizeof(old) / sizeof(unsigned long); ++i) words[i] = marker;
  CHECK_EQ(solo::sys::raw(nr::rt_sigaction, sigusr2, nullptr, &old, 8), 0);
  CHECK_EQ(old.k.handler, 1);
  CHECK(old.k.mask == mask_in_struct);
  if (emulator::gives("sigaction_layout"))
    CHECK(old.after == marker); // the kernel's layout: nothing past the struct
  else
    CHECK(old.after == mask_after); // the longer layout: its mask came from, and went back to, that word
  return check::summary();
}
