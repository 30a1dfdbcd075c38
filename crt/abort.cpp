// abort(): die by SIGABRT so the parent sees a signal death (and a core dump where enabled). The signal is sent
// with tgkill to this very thread. If that returns, SIGABRT was ignored, caught by a handler that returned, or
// blocked: put back the default action, unblock it, and send it again. exit_group only if even that fails.
#include <signal_arch.hpp>
#include <solo/sys/process.hpp>

namespace {
constexpr int sigabrt = 6;     // the same on all three architectures
constexpr int sig_unblock = 1; // SIG_UNBLOCK

void raise_abort() { (void)solo::sys::tgkill(solo::sys::getpid(), solo::sys::gettid(), sigabrt); }
} // namespace

extern "C" [[noreturn]] void abort() {
  using namespace solo::sys;
  raise_abort();
  solo::arch::SigactionBuffer action{}; // handler SIG_DFL, no flags, empty mask
  action.seal();
  (void)raw(nr::rt_sigaction, sigabrt, &action, nullptr, 8);
  unsigned long set = 1UL << (sigabrt - 1);
  (void)raw(nr::rt_sigprocmask, sig_unblock, &set, nullptr, 8);
  raise_abort();
  exit_group(127);
}
