// solo's signal types against the kernel's uapi headers for this architecture: the rt_sigaction struct
// (with or without sa_restorer), siginfo_t, stack_t, signalfd_siginfo, the signal numbers and flag values.
// Only uapi headers here: no libc <signal.h>, whose struct sigaction is a different thing.
#include <asm/sigcontext.h>
#include <asm/siginfo.h>
#include <asm/signal.h>
#if __has_include(<asm/ucontext.h>) // not uapi on arm
#include <asm/ucontext.h>
#endif
#include <linux/signal.h>
#include <linux/signalfd.h>
#include <stddef.h>

#include <solo/signal.hpp>
#include <uapi_names.hpp>

namespace sig = solo::signal;
using KSig = solo::arch::KernelSigaction;

// struct sigaction as rt_sigaction reads it.
#if SOLO_UAPI_OLD_SIGACTION
// Only the old call's struct is in uapi (its one-word sigset_t too): rt_sigaction's has the same first words
// in the kernel's order, handler, flags, restorer, then the whole 64-signal mask.
static_assert(offsetof(KSig, handler) == 0 && offsetof(KSig, flags) == sizeof(long) &&
              offsetof(KSig, restorer) == 2 * sizeof(long) && offsetof(KSig, mask) == 3 * sizeof(long));
static_assert(sizeof(KSig) == 3 * sizeof(long) + sig::kernel_sigset_size && sig::kernel_sigset_size == 8);
static_assert(solo::arch::has_restorer && solo::arch::sa_restorer == SA_RESTORER);
static_assert(sizeof(sigset_t) == sizeof(long) && NSIG == 32 && SIGRTMIN == 32);
#else
static_assert(sizeof(KSig) == sizeof(struct sigaction));
static_assert(offsetof(KSig, handler) == offsetof(struct sigaction, sa_handler));
static_assert(offsetof(KSig, flags) == offsetof(struct sigaction, sa_flags));
static_assert(offsetof(KSig, mask) == offsetof(struct sigaction, sa_mask));
#ifdef SA_RESTORER
static_assert(solo::arch::has_restorer);
static_assert(solo::arch::sa_restorer == SA_RESTORER);
static_assert(offsetof(KSig, restorer) == offsetof(struct sigaction, sa_restorer));
#else
static_assert(!solo::arch::has_restorer); // riscv64: the struct has no restorer field
static_assert(sizeof(KSig) == 3 * sizeof(unsigned long));
#endif
static_assert(sizeof(sigset_t) == sig::kernel_sigset_size);
#endif
// The buffer solo hands rt_sigaction starts with the kernel's struct (riscv64 adds a word for qemu-user).
static_assert(offsetof(solo::arch::SigactionBuffer, k) == 0);
static_assert(sizeof(solo::arch::SigactionBuffer) >= sizeof(struct sigaction));
static_assert(solo::arch::min_signal_stack_size == MINSIGSTKSZ);
static_assert(solo::arch::signal_stack_size == SIGSTKSZ);

// Where the interrupted pc sits in a handler's ucontext (the cancellable system call moves it).
static_assert(solo::arch::ucontext_pc_offset == SOLO_UAPI_UCONTEXT_PC_OFFSET);

// stack_t
static_assert(sizeof(solo::sys::SignalStack) == sizeof(stack_t));
static_assert(offsetof(solo::sys::SignalStack, base) == offsetof(stack_t, ss_sp));
static_assert(offsetof(solo::sys::SignalStack, flags) == offsetof(stack_t, ss_flags));
static_assert(offsetof(solo::sys::SignalStack, size) == offsetof(stack_t, ss_size));
static_assert(solo::sys::signal_stack::on_stack == SS_ONSTACK);
static_assert(solo::sys::signal_stack::disable == SS_DISABLE);
static_assert(solo::sys::signal_stack::autodisarm == SS_AUTODISARM);

// siginfo_t
static_assert(sizeof(sig::Info) == sizeof(siginfo_t));
static_assert(offsetof(sig::Info, signo) == offsetof(siginfo_t, si_signo));
static_assert(offsetof(sig::Info, errno_value) == offsetof(siginfo_t, si_errno));
static_assert(offsetof(sig::Info, code) == offsetof(siginfo_t, si_code));
static_assert(offsetof(sig::Info, fields.kill.pid) == offsetof(siginfo_t, si_pid));
static_assert(offsetof(sig::Info, fields.kill.uid) == offsetof(siginfo_t, si_uid));
static_assert(offsetof(sig::Info, fields.timer.tid) == offsetof(siginfo_t, si_tid));
static_assert(offsetof(sig::Info, fields.timer.overrun) == offsetof(siginfo_t, si_overrun));
static_assert(offsetof(sig::Info, fields.timer.value) == offsetof(siginfo_t, _sifields._timer._sigval));
static_assert(offsetof(sig::Info, fields.rt.pid) == offsetof(siginfo_t, _sifields._rt._pid));
static_assert(offsetof(sig::Info, fields.rt.value) == offsetof(siginfo_t, si_value));
static_assert(offsetof(sig::Info, fields.child.pid) == offsetof(siginfo_t, _sifields._sigchld._pid));
static_assert(offsetof(sig::Info, fields.child.status) == offsetof(siginfo_t, si_status));
static_assert(offsetof(sig::Info, fields.child.utime) == offsetof(siginfo_t, si_utime));
static_assert(offsetof(sig::Info, fields.child.stime) == offsetof(siginfo_t, si_stime));
static_assert(offsetof(sig::Info, fields.fault.address) == offsetof(siginfo_t, si_addr));
static_assert(offsetof(sig::Info, fields.fault.address_lsb) == offsetof(siginfo_t, si_addr_lsb));
static_assert(offsetof(sig::Info, fields.poll.band) == offsetof(siginfo_t, si_band));
static_assert(offsetof(sig::Info, fields.poll.fd) == offsetof(siginfo_t, si_fd));
static_assert(offsetof(sig::Info, fields.sys.call_address) == offsetof(siginfo_t, si_call_addr));
static_assert(offsetof(sig::Info, fields.sys.syscall) == offsetof(siginfo_t, si_syscall));
static_assert(offsetof(sig::Info, fields.sys.arch) == offsetof(siginfo_t, si_arch));

// signalfd_siginfo
#define SFD(ours, theirs) static_assert(offsetof(sig::SignalfdInfo, ours) == offsetof(struct signalfd_siginfo, theirs))
static_assert(sizeof(sig::SignalfdInfo) == sizeof(struct signalfd_siginfo));
SFD(signo, ssi_signo);
SFD(errno_value, ssi_errno);
SFD(code, ssi_code);
SFD(pid, ssi_pid);
SFD(uid, ssi_uid);
SFD(fd, ssi_fd);
SFD(tid, ssi_tid);
SFD(band, ssi_band);
SFD(overrun, ssi_overrun);
SFD(trapno, ssi_trapno);
SFD(status, ssi_status);
SFD(value_int, ssi_int);
SFD(value_ptr, ssi_ptr);
SFD(utime, ssi_utime);
SFD(stime, ssi_stime);
SFD(address, ssi_addr);
SFD(address_lsb, ssi_addr_lsb);
SFD(syscall, ssi_syscall);
SFD(call_address, ssi_call_addr);
SFD(arch, ssi_arch);
#undef SFD
static_assert(solo::sys::signalfd_flags::cloexec == SFD_CLOEXEC);
static_assert(solo::sys::signalfd_flags::nonblock == SFD_NONBLOCK);

// Numbers and flags.
#define SAME(ours, theirs) static_assert(static_cast<long>(ours) == static_cast<long>(theirs), #theirs)
SAME(sig::HUP, SIGHUP);
SAME(sig::INT, SIGINT);
SAME(sig::QUIT, SIGQUIT);
SAME(sig::ILL, SIGILL);
SAME(sig::TRAP, SIGTRAP);
SAME(sig::ABRT, SIGABRT);
SAME(sig::BUS, SIGBUS);
SAME(sig::FPE, SIGFPE);
SAME(sig::KILL, SIGKILL);
SAME(sig::USR1, SIGUSR1);
SAME(sig::SEGV, SIGSEGV);
SAME(sig::USR2, SIGUSR2);
SAME(sig::PIPE, SIGPIPE);
SAME(sig::ALRM, SIGALRM);
SAME(sig::TERM, SIGTERM);
SAME(sig::STKFLT, SIGSTKFLT);
SAME(sig::CHLD, SIGCHLD);
SAME(sig::CONT, SIGCONT);
SAME(sig::STOP, SIGSTOP);
SAME(sig::TSTP, SIGTSTP);
SAME(sig::TTIN, SIGTTIN);
SAME(sig::TTOU, SIGTTOU);
SAME(sig::URG, SIGURG);
SAME(sig::XCPU, SIGXCPU);
SAME(sig::XFSZ, SIGXFSZ);
SAME(sig::VTALRM, SIGVTALRM);
SAME(sig::PROF, SIGPROF);
SAME(sig::WINCH, SIGWINCH);
SAME(sig::IO, SIGIO);
SAME(sig::PWR, SIGPWR);
SAME(sig::SYS, SIGSYS);
SAME(sig::first_realtime, SIGRTMIN);
#ifdef _NSIG // x86-64 leaves it to the kernel-internal headers
SAME(sig::last, _NSIG);
#endif
SAME(sig::Flags::NoChildStop, SA_NOCLDSTOP);
SAME(sig::Flags::NoChildWait, SA_NOCLDWAIT);
SAME(sig::Flags::SigInfo, SA_SIGINFO);
SAME(sig::Flags::OnStack, SA_ONSTACK);
SAME(sig::Flags::Restart, SA_RESTART);
SAME(sig::Flags::NoDefer, SA_NODEFER);
SAME(sig::Flags::ResetHand, SA_RESETHAND);
SAME(solo::sys::MaskHow::Block, SIG_BLOCK);
SAME(solo::sys::MaskHow::Unblock, SIG_UNBLOCK);
SAME(solo::sys::MaskHow::SetMask, SIG_SETMASK);
SAME(sig::code::user, SI_USER);
SAME(sig::code::kernel, SI_KERNEL);
SAME(sig::code::queue, SI_QUEUE);
SAME(sig::code::timer, SI_TIMER);
SAME(sig::code::mesgq, SI_MESGQ);
SAME(sig::code::async_io, SI_ASYNCIO);
SAME(sig::code::sigio, SI_SIGIO);
SAME(sig::code::tkill, SI_TKILL);
SAME(sig::code::child_exited, CLD_EXITED);
SAME(sig::code::child_killed, CLD_KILLED);
SAME(sig::code::child_dumped, CLD_DUMPED);
SAME(sig::code::child_trapped, CLD_TRAPPED);
SAME(sig::code::child_stopped, CLD_STOPPED);
SAME(sig::code::child_continued, CLD_CONTINUED);
SAME(sig::code::segv_maperr, SEGV_MAPERR);
SAME(sig::code::segv_accerr, SEGV_ACCERR);
#undef SAME
