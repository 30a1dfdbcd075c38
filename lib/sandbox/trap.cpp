// A blocked call under Mode::Trap: the kernel skips it and sends SIGSYS with the number and the address after
// the system-call instruction. The handler says so on stderr and the process dies by SIGSYS, as under
// Mode::Kill. Everything here is a system call the filter allows in that mode (lib/sandbox/allowed.cpp).
#include "trap.hpp"

#include <solo/io.hpp>
#include <solo/sandbox.hpp>
#include <solo/signal.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/rw.hpp>

namespace solo::sandbox {

// Weak: the name table comes in only with a program that uses syscall_name() itself.
[[gnu::weak]] const char *syscall_name(long number) noexcept;

namespace detail {

namespace {

class Message {
public:
  void add(StringView s) noexcept {
    for (size_t i = 0; i < s.size() && size_ < sizeof text_; ++i) text_[size_++] = s[i];
  }
  void add_decimal(long v) noexcept {
    char digits[24];
    add(io::to_decimal(v, digits));
  }
  void add_hex(unsigned long v) noexcept {
    char digits[16];
    int n = 0;
    do {
      digits[n++] = "0123456789abcdef"[v & 15];
      v >>= 4;
    } while (v != 0);
    add("0x");
    while (n > 0) add(StringView(&digits[--n], 1));
  }
  // One write: the message arrives whole even if stderr is shared.
  void send() noexcept { (void)sys::write(2, text_, size_); }

private:
  char text_[192];
  size_t size_ = 0;
};

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
  if (info->code != 1 /* SYS_SECCOMP */) return; // sent by someone: not ours to explain
  Message m;
  m.add("solo: sandbox: blocked ");
  long number = info->fields.sys.syscall;
  const char *name = &syscall_name ? syscall_name(number) : nullptr;
  if (name) {
    m.add(name);
    m.add("(");
    m.add_decimal(number);
    m.add(")");
  } else {
    m.add("system call ");
    m.add_decimal(number);
  }
  m.add(" at ");
  m.add_hex(reinterpret_cast<unsigned long>(info->fields.sys.call_address));
  m.add(": not in this binary's allowed set\n");
  m.send();
  die_by_sigsys();
}

} // namespace

Result<void> install_trap_handler() noexcept {
  return signal::set_action(signal::SYS, signal::Action::call(&on_sigsys));
}

void die_unlocked(Errno why) noexcept {
  Message m;
  m.add("solo: sandbox: cannot lock this process down: ");
  m.add(message(why));
  m.add(" (");
  m.add(name(why));
  m.add(")\n");
  m.send();
  die_by_sigsys();
}

} // namespace detail

} // namespace solo::sandbox
