// Signal numbers, sigaction flags and siginfo codes. The values are the same on x86-64, aarch64 and riscv64
// (uapi <asm/signal.h>, <asm-generic/signal-defs.h>, <asm-generic/siginfo.h>; tests/abi/signal_layout.cpp
// checks each one). The names drop the SIG / SA_ / SI_ prefixes so they never collide with a host's macros.
#pragma once

namespace solo::signal {

// Unscoped on purpose: a signal number is an int everywhere the kernel takes one (kill, tgkill, ...).
enum Number : int {
  HUP = 1,
  INT = 2,
  QUIT = 3,
  ILL = 4,
  TRAP = 5,
  ABRT = 6,
  BUS = 7,
  FPE = 8,
  KILL = 9,
  USR1 = 10,
  SEGV = 11,
  USR2 = 12,
  PIPE = 13,
  ALRM = 14,
  TERM = 15,
  STKFLT = 16,
  CHLD = 17,
  CONT = 18,
  STOP = 19,
  TSTP = 20,
  TTIN = 21,
  TTOU = 22,
  URG = 23,
  XCPU = 24,
  XFSZ = 25,
  VTALRM = 26,
  PROF = 27,
  WINCH = 28,
  IO = 29,
  PWR = 30,
  SYS = 31,
};

// The kernel's signals are 1 ... 64; 32 ... 64 are the real-time ones (no libc reserves any here).
inline constexpr int first_realtime = 32;
inline constexpr int last = 64;
// solo's own: once a thread exists, request_interrupt() sends it to every other thread so that a blocking call
// there returns too. set_action refuses it (EINVAL), block() and set_mask() leave it out, so that it always
// arrives. (33 ... 64 stay the program's; QEMU's user-mode emulation cannot deliver 63 and 64.)
inline constexpr int interrupt_signal = 32;

// sa_flags.
enum class Flags : unsigned long {
  None = 0,
  NoChildStop = 0x00000001, // SA_NOCLDSTOP: no SIGCHLD when a child stops or continues
  NoChildWait = 0x00000002, // SA_NOCLDWAIT: children are reaped automatically
  SigInfo = 0x00000004,     // SA_SIGINFO: the handler takes (signo, Info*, ucontext*)
  OnStack = 0x08000000,     // SA_ONSTACK: run on the alternate signal stack
  Restart = 0x10000000,     // SA_RESTART: the kernel restarts most interrupted calls itself
  NoDefer = 0x40000000,     // SA_NODEFER: the signal is not blocked while its handler runs
  ResetHand = 0x80000000,   // SA_RESETHAND: the disposition goes back to default once delivered
};
constexpr Flags operator|(Flags a, Flags b) noexcept {
  return static_cast<Flags>(static_cast<unsigned long>(a) | static_cast<unsigned long>(b));
}
constexpr Flags operator&(Flags a, Flags b) noexcept {
  return static_cast<Flags>(static_cast<unsigned long>(a) & static_cast<unsigned long>(b));
}
constexpr Flags operator~(Flags a) noexcept { return static_cast<Flags>(~static_cast<unsigned long>(a)); }
constexpr bool any(Flags f) noexcept { return f != Flags::None; }

// si_code values: who sent a signal, or why the kernel did.
namespace code {
inline constexpr int user = 0;      // SI_USER: kill()
inline constexpr int kernel = 0x80; // SI_KERNEL
inline constexpr int queue = -1;    // SI_QUEUE: rt_sigqueueinfo
inline constexpr int timer = -2;    // SI_TIMER: a POSIX timer expired
inline constexpr int mesgq = -3;    // SI_MESGQ
inline constexpr int async_io = -4; // SI_ASYNCIO
inline constexpr int sigio = -5;    // SI_SIGIO
inline constexpr int tkill = -6;    // SI_TKILL: tkill() / tgkill() (and so raise())
// SIGCHLD
inline constexpr int child_exited = 1;    // CLD_EXITED: status is the exit code
inline constexpr int child_killed = 2;    // CLD_KILLED: status is the signal
inline constexpr int child_dumped = 3;    // CLD_DUMPED: killed, and dumped core
inline constexpr int child_trapped = 4;   // CLD_TRAPPED
inline constexpr int child_stopped = 5;   // CLD_STOPPED
inline constexpr int child_continued = 6; // CLD_CONTINUED
// SIGSEGV
inline constexpr int segv_maperr = 1; // SEGV_MAPERR: nothing mapped there
inline constexpr int segv_accerr = 2; // SEGV_ACCERR: mapped, but not with that permission
} // namespace code

} // namespace solo::signal
