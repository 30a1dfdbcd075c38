// Signal return through the kernel's own trampoline, which only a real kernel can show (qemu-user substitutes
// its own): a handler installed WITHOUT SA_RESTORER. On arm64 and riscv64 the kernel returns it through the
// vDSO's rt_sigreturn and the program carries on; x86-64 has no such trampoline, so the kernel refuses to
// deliver and the process dies of SIGSEGV. Each case runs in a child.
#include "check.hpp"
#include "kernel.hpp"

#include <signal_arch.hpp>

using namespace ktest;

namespace {
constexpr int sigusr1 = 10; // the same on all three architectures
constexpr int sigsegv = 11;
constexpr unsigned long sa_siginfo = 4;
volatile int handled = 0;

void on_usr1(int, void *, void *) { handled = handled + 1; }
} // namespace

int main() {
  long child = fork();
  if (child == 0) {
    solo::arch::SigactionBuffer action{};
    action.k.handler = reinterpret_cast<unsigned long>(&on_usr1);
    action.k.flags = sa_siginfo; // and no SA_RESTORER
    action.seal();
    if (sys::raw(nr::rt_sigaction, sigusr1, &action, nullptr, 8) != 0) sys::exit_group(3);
    sys::raw(nr::tgkill, sys::raw(nr::getpid), sys::raw(nr::gettid), sigusr1);
    sys::exit_group(handled == 1 ? 0 : 4); // only reached when the handler returned here
  }
  int status = -1;
  CHECK_EQ(sys::raw(nr::wait4, child, &status, 0, nullptr), child);
  if (solo::arch::kernel_sigreturn_trampoline) {
    CHECK_EQ(status, 0); // exited 0: the handler ran once and returned through the kernel's trampoline
  } else {
    CHECK_EQ(status & 0x7f, sigsegv); // killed by SIGSEGV: no way back without a restorer
  }
  return check::summary();
}
