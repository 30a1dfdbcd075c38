// Installing the filter: the action for everything outside the allowed set, no_new_privs, then seccomp with
// TSYNC. The calls made here are recorded as the lockdown's own (arch/generic/syscall_manifest.hpp), so the
// filter leaves them out unless the program makes them elsewhere or asks with also{}.
#include "trap.hpp"

#include <seccomp_arch.hpp>
#include <solo/sandbox.hpp>
#include <solo/sandbox/filter.hpp>

namespace solo::sandbox {

namespace {

namespace ret = sys::seccomp_ret;

template <long N, class... Args> long lockdown_call(arch::SyscallNumber<N>, Args... args) noexcept {
  arch::record_syscall<N, arch::lockdown_flag>();
  return sys::detail::call(N, args...); // a plain long: the stub, not recorded again
}

// 0 when the kernel knows the action; ENOSYS when it has no seccomp at all; EOPNOTSUPP when it is older.
long action_available(uint32_t action) noexcept {
  return lockdown_call(sys::nr::seccomp, static_cast<unsigned>(sys::SeccompOp::GetActionAvail), 0U, &action);
}

Result<uint32_t> default_action(Mode mode) noexcept {
  long kill = action_available(ret::kill_process);
  if (kill == -static_cast<long>(Errno::ENOSYS)) return Errno::ENOSYS; // no seccomp() at all (qemu-user)
  // EINVAL: a kernel before 4.14, which knows neither the query nor KILL_PROCESS and LOG.
  switch (mode) {
  case Mode::Kill:
    return kill == 0 ? ret::kill_process : ret::kill_thread; // the thread is the whole of a 1-thread process
  case Mode::Trap:
    return ret::trap;
  case Mode::Log:
    if (action_available(ret::log) != 0) return Errno::EOPNOTSUPP;
    return ret::log;
  case Mode::Errno:
    return ret::errno_ | static_cast<uint32_t>(Errno::ENOSYS);
  }
  return Errno::EINVAL;
}

bool no_new_privs_set = false; // by an earlier lock(): prctl may be filtered out by now

constexpr int pr_set_no_new_privs = 38;

} // namespace

Result<void> lock(const Policy &policy) noexcept {
  long numbers[allowed_capacity];
  auto count = allowed(policy, numbers, allowed_capacity);
  if (!count) return count.error();
  auto action = default_action(policy.mode);
  if (!action) return action.error();

  sys::SockFilter program[max_filter_length(allowed_capacity)];
  auto length = build_filter({numbers, *count, arch::audit_arch, *action}, program, sizeof program / sizeof *program);
  if (!length) return length.error();

  if (policy.mode == Mode::Trap)
    if (auto r = detail::install_trap_handler(); !r) return r.error();
  if (!no_new_privs_set) {
    long r = lockdown_call(sys::nr::prctl, pr_set_no_new_privs, 1, 0, 0, 0);
    if (sys::is_error(r)) return static_cast<Errno>(-r);
    no_new_privs_set = true;
  }
  sys::SockFprog prog{static_cast<unsigned short>(*length), program};
  long r = lockdown_call(sys::nr::seccomp, static_cast<unsigned>(sys::SeccompOp::SetModeFilter),
                         static_cast<unsigned>(sys::SeccompFilterFlags::Tsync), &prog);
  if (r > 0) return Errno::ESRCH; // the id of a thread whose own filter keeps it from taking this one
  return sys::result_void(r);
}

void lock_or_die(const Policy &policy) noexcept {
  auto r = lock(policy);
  if (r) return;
  detail::die_unlocked(r.error());
}

} // namespace solo::sandbox
