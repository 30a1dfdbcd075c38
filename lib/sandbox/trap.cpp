// A blocked call under Mode::Trap: the kernel skips it and sends SIGSYS with the number and the address after
// the system-call instruction. The handler says so on stderr and the process dies by SIGSYS, as under
// Mode::Kill. Everything here is a system call the filter allows in that mode (lib/sandbox/allowed.cpp).
#include "trap.hpp"

#include <solo/fmt.hpp>
#include <solo/sandbox.hpp>
#include <solo/signal.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/rw.hpp>

namespace solo::sandbox {

// Weak: the name table comes in only with a program that uses syscall_name() itself.
[[gnu::weak]] const char *syscall_name(long number) noexcept;

namespace detail {

namespace {

// Formatted into a local buffer and written in one call: the message arrives whole even if stderr is shared,
// and nothing here allocates or touches a stream's buffer (a handler may have interrupted its owner).
template <class... Args> void say(solo::fmt::format_string<Args...> f, const Args &...args) noexcept {
  char text[192];
  auto r = solo::format_to(text, sizeof text, f, args...);
  (void)sys::write(2, text, r.text.size());
}

[[noreturn]] void die_by_sigsys() noexcept {
  arch::SigactionBuffer dfl{}; // SIG_DFL, no flags, empty mask
  dfl.seal();
  (void)sys::rt_sigaction(signal::SYS, &dfl.k, nullptr);
  signal::SignalSet set;
  set.add(signal::SYS);
  (void)sys::rt_sigprocmask(sys::MaskHow::Unblock, &set, nullptr);
  (void)signal::raise(signal::SYS);
  sys::exit_group(128 + signal::SYS);
}

void on_sigsys(int, signal::Info *info, void *) {
  if (info->code != 1 /* SYS_SECCOMP */) die_by_sigsys(); // sent by someone: what SIG_DFL would have done
  long number = info->fields.sys.syscall;
  auto at = reinterpret_cast<unsigned long>(info->fields.sys.call_address);
  if (const char *name = &syscall_name ? syscall_name(number) : nullptr)
    say("solo: sandbox: blocked {}({}) at {:#x}: not in this binary's allowed set\n", name, number, at);
  else
    say("solo: sandbox: blocked system call {} at {:#x}: not in this binary's allowed set\n", number, at);
  die_by_sigsys();
}

} // namespace

Result<void> install_trap_handler() noexcept {
  return signal::set_action(signal::SYS, signal::Action::call(&on_sigsys));
}

void die_unlocked(Errno why) noexcept {
  say("solo: sandbox: cannot lock this process down: {}\n", why);
  die_by_sigsys();
}

} // namespace detail

} // namespace solo::sandbox
