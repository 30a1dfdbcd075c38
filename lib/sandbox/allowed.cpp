// What lock(policy) allows: the manifest narrowed by only{} and except{}, widened by also{}, plus what the
// kernel makes every program do.
#include "number_set.hpp"

#include <solo/sandbox.hpp>

namespace solo::sandbox {

namespace {

// System calls that no site of the program makes but the kernel does on its behalf:
//   restart_syscall  a sleep or wait resumed after SIGSTOP/SIGCONT (or a handler) re-enters the kernel
//                    through it, and seccomp sees it (Ctrl-Z then fg would otherwise kill the program);
//   rt_sigreturn     the return from any signal handler, through solo's restorer or the vDSO's trampoline;
//   exit, exit_group how every thread and process ends, whatever code path got there.
constexpr long implicit[] = {sys::nr::restart_syscall, sys::nr::rt_sigreturn, sys::nr::exit, sys::nr::exit_group};

// Mode::Trap's message and death (lib/sandbox/trap.cpp): allowed even when only{} or except{} says otherwise,
// so that a blocked call is always reported.
constexpr long trap_needs[] = {sys::nr::write,  sys::nr::rt_sigaction, sys::nr::rt_sigprocmask,
                               sys::nr::getpid, sys::nr::gettid,       sys::nr::tgkill};

bool valid(const List &l) noexcept {
  for (size_t i = 0; i < l.count; ++i)
    if (l.numbers[i] < 0 || l.numbers[i] > 0x3fffffff) return false;
  return true;
}

// Whether a site of the program (not of the lockdown) makes `n`.
bool in_manifest(const Manifest &m, long n) noexcept {
  for (size_t i = 0; i < m.size(); ++i) {
    Site s = m[i];
    if (s.number == n && !s.lockdown) return true;
  }
  return false;
}

} // namespace

Result<size_t> allowed(const Policy &policy, long *out, size_t capacity) noexcept {
  if (!valid(policy.only) || !valid(policy.except) || !valid(policy.also)) return Errno::EINVAL;
  Manifest m = manifest();
  if (m.size() == 0) return Errno::ENODATA; // linked without it: a binary with one always has exit_group
  bool complete = m.complete();
  if (!complete && !policy.has_only) return Errno::ENODATA;
  detail::NumberSet set(out, capacity);
  bool fits = true;
  if (policy.has_only) {
    for (size_t i = 0; i < policy.only.count; ++i) {
      long n = policy.only.numbers[i];
      // An incomplete manifest may make any call: only{} is then taken as it is.
      if (!complete || in_manifest(m, n)) fits &= set.add(n);
    }
  } else {
    for (size_t i = 0; i < m.size(); ++i) {
      Site s = m[i];
      if (!s.lockdown) fits &= set.add(s.number);
    }
  }
  for (long n : implicit) fits &= set.add(n);
  for (size_t i = 0; i < policy.also.count; ++i) fits &= set.add(policy.also.numbers[i]);
  for (size_t i = 0; i < policy.except.count; ++i) set.remove(policy.except.numbers[i]);
  if (policy.mode == Mode::Trap)
    for (long n : trap_needs) fits &= set.add(n);
  if (!fits) return Errno::E2BIG;
  return set.size();
}

} // namespace solo::sandbox
