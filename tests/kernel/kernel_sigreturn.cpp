// Signal return through the kernel's own trampoline: a handler installed WITHOUT SA_RESTORER. On arm64 and
// riscv64 the kernel returns it through the vDSO's rt_sigreturn (the handler's return address is exactly that
// symbol) and the program carries on; x86-64 has no such trampoline, so the kernel refuses to deliver and the
// process dies of SIGSEGV. Booted on every kernel, and run under each qemu-user too: QEMU 10 returns through
// its own vDSO's rt_sigreturn in the same way, QEMU 7.2 (no vDSO) through a trampoline page of its own, and
// both kill an x86-64 handler without a restorer as the kernel does. Each case runs in a child.
#include "check.hpp"
#include "kernel.hpp"

#include <signal_arch.hpp>
#include <solo/vdso.hpp>

using namespace ktest;

namespace {
constexpr int sigusr1 = 10; // the same on all three architectures
constexpr int sigsegv = 11;
constexpr unsigned long sa_siginfo = 4;
volatile int handled = 0;
void *volatile returns_to = nullptr;

[[gnu::noinline]] void on_usr1(int, void *, void *) {
  handled = handled + 1;
  returns_to = __builtin_return_address(0);
}

// The vDSO's signal trampoline, where the process has a vDSO that lists one (arch/<arch>/vdso_arch.hpp).
const void *vdso_trampoline() {
  const solo::vdso::Image *image = solo::vdso::process_image();
  for (size_t i = 0; image && i < solo::vdso::other_entry_count(); ++i) {
    auto e = solo::vdso::other_entry(*image, i);
    if (e.function == solo::StringView("rt_sigreturn")) return e.address;
  }
  return nullptr;
}
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
    if (handled != 1) sys::exit_group(4); // only reached when the handler returned here
    const void *trampoline = vdso_trampoline();
    // Through the vDSO's rt_sigreturn where there is one; elsewhere (an emulator's own page), at least not null.
    sys::exit_group(trampoline ? (returns_to == trampoline ? 0 : 5) : (returns_to ? 0 : 6));
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
