// solo::sandbox::lock in a child process per case (a filter cannot be taken back): what the filter lets
// through, what it stops and how, in every mode. `lock enforced` where the kernel filters (natively, and as
// PID 1's child on the real kernels), `lock unsupported` under qemu-user, which has no seccomp: then lock()
// says ENOSYS and lock_or_die fails closed.
#include "check.hpp"
#include "child.hpp"

#include <solo/io.hpp>
#include <solo/io/retry.hpp>
#include <solo/print.hpp>
#include <solo/sandbox.hpp>
#include <solo/signal.hpp>
#include <solo/sys/clone.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/wait.hpp>
#include <solo/time.hpp>

namespace sandbox = solo::sandbox;
namespace sys = solo::sys;
namespace nr = sys::nr;
using sandbox::Mode;

namespace {

constexpr int sigsys = 31;

// A system call no site of this program makes: straight to the stub with a plain number, as foreign code
// (another library's assembly, an injected payload) would make it. The manifest cannot know it.
long unrecorded_sysinfo() {
  static char info[256];
  return solo::arch::syscall1(static_cast<long>(nr::sysinfo), reinterpret_cast<long>(info));
}

bool in_manifest(long number) {
  auto m = sandbox::manifest();
  for (size_t i = 0; i < m.size(); ++i)
    if (m[i].number == number) return true;
  return false;
}

void must_lock(solo::Result<void> r) {
  if (!r) {
    solo::println(solo::io::stderr, "lock failed: {}", r.error());
    sys::exit_group(90);
  }
}

// Each body ends the child: 0 when everything it could check went as expected.
void kill_unrecorded() {
  must_lock(sandbox::lock());
  (void)sys::getpid(); // allowed: in the manifest
  unrecorded_sysinfo();
  sys::exit_group(91); // not reached: the kernel kills the process
}

void trap_unrecorded() {
  must_lock(sandbox::lock(Mode::Trap));
  unrecorded_sysinfo();
  sys::exit_group(91);
}

// A SIGSYS someone sends is not a blocked call: the handler does what the default action would.
void trap_mode_sent_sigsys() {
  must_lock(sandbox::lock(Mode::Trap));
  (void)solo::signal::raise(sigsys);
  sys::exit_group(91);
}

void log_unrecorded() {
  must_lock(sandbox::lock(Mode::Log));
  sys::exit_group(unrecorded_sysinfo() == 0 ? 0 : 92);
}

void errno_unrecorded() {
  must_lock(sandbox::lock(Mode::Errno));
  sys::exit_group(unrecorded_sysinfo() == -static_cast<long>(solo::Errno::ENOSYS) ? 0 : 92);
}

void except_getppid() {
  must_lock(sandbox::lock(sandbox::except{nr::getppid}));
  (void)sys::getpid();
  (void)sys::getppid();
  sys::exit_group(91);
}

void only_some() {
  must_lock(sandbox::lock(sandbox::only{nr::getpid, nr::write}, Mode::Trap));
  (void)sys::getpid();
  (void)solo::io::out(""); // a write of nothing: allowed
  (void)sys::getppid();    // in the manifest, not in only{}
  sys::exit_group(91);
}

void also_sysinfo() {
  must_lock(sandbox::lock(sandbox::also{nr::sysinfo}));
  sys::exit_group(unrecorded_sysinfo() == 0 ? 0 : 92);
}

volatile int handled = 0;
void on_usr1(int) { handled = 1; }

// A handler returns through rt_sigreturn, which the kernel makes: allowed without a word.
void handler_returns() {
  if (!solo::signal::set_action(solo::signal::USR1, solo::signal::Action::call(on_usr1))) sys::exit_group(93);
  must_lock(sandbox::lock());
  (void)solo::signal::raise(solo::signal::USR1);
  sys::exit_group(handled ? 0 : 92);
}

// Tightening later needs seccomp in the first filter.
void twice() {
  must_lock(sandbox::lock(sandbox::also{nr::seccomp}));
  must_lock(sandbox::lock(sandbox::except{nr::getppid}));
  (void)sys::getpid();
  (void)sys::getppid();
  sys::exit_group(91);
}

void twice_without_seccomp() {
  must_lock(sandbox::lock());
  (void)sandbox::lock(); // its seccomp call is outside the first filter
  sys::exit_group(91);
}

// Children inherit the filter.
void child_inherits() {
  must_lock(sandbox::lock());
  auto pid = sys::fork();
  if (!pid) sys::exit_group(93);
  if (*pid == 0) {
    unrecorded_sysinfo();
    sys::exit_group(0);
  }
  auto w = sys::wait4(*pid);
  sys::exit_group(w && w->status.signal() == sigsys ? 0 : 92);
}

// A CPU-time clock is not the vDSO's to serve: its code makes the system call itself, from vDSO text. The
// manifest has clock_gettime all the same, from solo::time's own fallback.
void vdso_fallback() {
  must_lock(sandbox::lock(Mode::Trap));
  auto t = solo::time::clock_gettime(solo::time::Clock::ProcessCputime);
  auto m = solo::time::clock_gettime(solo::time::Clock::Monotonic);
  sys::exit_group(t && m ? 0 : 92);
}

void die_on_bad_policy() {
  const long bad[] = {-5};
  sandbox::Policy p;
  p.also = {bad, 1};
  sandbox::lock_or_die(p);
  sys::exit_group(91);
}

void die_unsupported() {
  sandbox::lock_or_die();
  sys::exit_group(91);
}

void ends_with_signal(void (*body)(), int sig, const char *what) {
  check::ChildEnd end = check::run_in_child(body);
  CHECK_EQ(end.signal, sig);
  if (end.signal != sig) {
    (void)solo::io::out(what);
    (void)solo::io::out(": ");
    (void)solo::io::out(solo::StringView(end.err, end.err_size));
    (void)solo::io::out("\n");
  }
}

void exits_zero(void (*body)(), const char *what) {
  check::ChildEnd end = check::run_in_child(body);
  CHECK_EQ(end.status, 0);
  if (end.status != 0) {
    (void)solo::io::out(what);
    (void)solo::io::out(": ");
    (void)solo::io::out(solo::StringView(end.err, end.err_size));
    (void)solo::io::out("\n");
  }
}

// A stop and continue during a sleep: the kernel resumes the sleep through restart_syscall.
void sleeps() {
  must_lock(sandbox::lock(Mode::Trap));
  sys::exit_group(solo::io::sleep_for({0, 400'000'000}) ? 0 : 92);
}

void stop_continue_while_sleeping() {
  auto pid = sys::fork();
  CHECK(pid);
  if (!pid) return;
  if (*pid == 0) sleeps();
  (void)solo::io::sleep_for({0, 100'000'000});
  CHECK(sys::kill(*pid, solo::signal::STOP));
  (void)solo::io::sleep_for({0, 50'000'000});
  CHECK(sys::kill(*pid, solo::signal::CONT));
  auto w = sys::wait4(*pid);
  CHECK(w && w->status.success()); // exited 0: not killed by SIGSYS on resuming
}

void enforced() {
  CHECK(!in_manifest(nr::sysinfo));
  CHECK(in_manifest(nr::getppid));
  ends_with_signal(kill_unrecorded, sigsys, "kill");
  check::ChildEnd trap = check::run_in_child(trap_unrecorded);
  CHECK_EQ(trap.signal, sigsys);
  // The name comes with the table, which this test links (it calls syscall_name).
  char expect[64];
  solo::StringView name = sandbox::syscall_name(nr::sysinfo);
  size_t n = 0;
  for (char c : solo::StringView("solo: sandbox: blocked ")) expect[n++] = c;
  for (char c : name) expect[n++] = c;
  expect[n++] = '(';
  char digits[24];
  for (char c : solo::io::to_decimal(nr::sysinfo, digits)) expect[n++] = c;
  for (char c : solo::StringView(") at 0x")) expect[n++] = c;
  CHECK(trap.err_has(solo::StringView(expect, n)));
  CHECK(trap.err_has(": not in this binary's allowed set\n"));
  check::ChildEnd sent = check::run_in_child(trap_mode_sent_sigsys);
  CHECK_EQ(sent.signal, sigsys);
  CHECK(!sent.err_has("blocked"));
  exits_zero(log_unrecorded, "log");
  exits_zero(errno_unrecorded, "errno");
  ends_with_signal(except_getppid, sigsys, "except");
  check::ChildEnd only = check::run_in_child(only_some);
  CHECK_EQ(only.signal, sigsys);
  CHECK(only.err_has("blocked getppid("));
  exits_zero(also_sysinfo, "also");
  exits_zero(handler_returns, "handler");
  ends_with_signal(twice, sigsys, "twice");
  ends_with_signal(twice_without_seccomp, sigsys, "twice without seccomp");
  exits_zero(child_inherits, "child");
  exits_zero(vdso_fallback, "vdso");
  check::ChildEnd bad = check::run_in_child(die_on_bad_policy);
  CHECK_EQ(bad.signal, sigsys);
  CHECK(bad.err_has("solo: sandbox: cannot lock this process down: Invalid argument\n"));
  stop_continue_while_sleeping();
}

void unsupported() {
  CHECK(sandbox::lock().error() == solo::Errno::ENOSYS);
  CHECK(sandbox::lock(Mode::Trap).error() == solo::Errno::ENOSYS);
  check::ChildEnd end = check::run_in_child(die_unsupported);
  CHECK_EQ(end.signal, sigsys);
  CHECK(end.err_has("solo: sandbox: cannot lock this process down: Function not implemented\n"));
  // Nothing was locked: a call outside the manifest still works.
  CHECK_EQ(unrecorded_sysinfo(), 0);
}

} // namespace

int main(int argc, char **argv) {
  solo::StringView want = argc > 1 ? argv[1] : "";
  if (want == "enforced")
    enforced();
  else if (want == "unsupported")
    unsupported();
  else
    CHECK(!"usage: lock enforced|unsupported");
  return check::summary();
}
