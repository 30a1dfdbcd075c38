// Typed signal system calls: one system call each, no policy (solo::signal and solo::io add that).
// Every rt_* call passes sigsetsize = 8: the kernel's sigset is 64 bits on all three architectures.
#pragma once

#include <signal_arch.hpp>
#include <solo/signal/info.hpp>
#include <solo/signal/set.hpp>
#include <solo/sys/raw.hpp>
#include <solo/timespec.hpp>

namespace solo::sys {

// stack_t for sigaltstack: the same three fields everywhere (<asm-generic/signal.h>, x86's <asm/signal.h>).
struct SignalStack {
  void *base = nullptr; // ss_sp
  int flags = 0;        // ss_flags: on_stack (reported), disable, autodisarm
  size_t size = 0;      // ss_size
};
namespace signal_stack {
inline constexpr int on_stack = 1;               // SS_ONSTACK: reported while a handler runs on it
inline constexpr int disable = 2;                // SS_DISABLE
inline constexpr unsigned autodisarm = 1u << 31; // SS_AUTODISARM
} // namespace signal_stack

// How for rt_sigprocmask: the same numbers on all three architectures.
enum class MaskHow : int { Block = 0, Unblock = 1, SetMask = 2 };

// A handler installed here returns through rt_sigreturn (solo's restorer, or the vDSO's trampoline on the
// architectures without one): that call is the kernel's to make, so it is recorded with this one.
inline Result<void> rt_sigaction(int sig, const arch::KernelSigaction *act, arch::KernelSigaction *old) noexcept {
  arch::record_syscall<nr::rt_sigreturn>();
  return result_void(raw(nr::rt_sigaction, sig, act, old, signal::kernel_sigset_size));
}

inline Result<void> rt_sigprocmask(MaskHow how, const signal::SignalSet *set, signal::SignalSet *old) noexcept {
  return result_void(raw(nr::rt_sigprocmask, static_cast<int>(how), set, old, signal::kernel_sigset_size));
}

inline Result<void> rt_sigpending(signal::SignalSet *set) noexcept {
  return result_void(raw(nr::rt_sigpending, set, signal::kernel_sigset_size));
}

// Waits until a signal of `set` is pending and takes it; `timeout` null means no limit. One call: EINTR when
// a handled signal outside `set` arrives, EAGAIN when the timeout expires.
inline Result<int> rt_sigtimedwait(const signal::SignalSet &set, signal::Info *info, const Timespec *timeout) noexcept {
  return result<int>(raw(tnr::rt_sigtimedwait, &set, info, timeout, signal::kernel_sigset_size));
}

// Replaces the mask and sleeps until a handler has run; always ends with EINTR.
inline Errno rt_sigsuspend(const signal::SignalSet &mask) noexcept {
  return static_cast<Errno>(-raw(nr::rt_sigsuspend, &mask, signal::kernel_sigset_size));
}

inline Result<void> sigaltstack(const SignalStack *stack, SignalStack *old) noexcept {
  return result_void(raw(nr::sigaltstack, stack, old));
}

// Flags for signalfd4: the open-flag values of O_NONBLOCK and O_CLOEXEC, the same on all three architectures.
namespace signalfd_flags {
inline constexpr int nonblock = 04000;
inline constexpr int cloexec = 02000000;
} // namespace signalfd_flags

// fd = -1 makes a new descriptor; an existing signalfd gets its mask replaced.
inline Result<int> signalfd4(int fd, const signal::SignalSet &mask, int flags) noexcept {
  return result<int>(raw(nr::signalfd4, fd, &mask, signal::kernel_sigset_size, flags));
}

} // namespace solo::sys
