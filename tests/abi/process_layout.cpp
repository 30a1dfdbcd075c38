// The process family's kernel structs and constants, checked against this architecture's uapi headers:
// clone_args, rlimit64, rusage, the SIGCHLD part of siginfo that waitid fills, and CLONE_*, W*, P_*, CLD_*,
// RLIMIT_*, RUSAGE_*, PR_* and SIGCHLD.
#include <asm/siginfo.h>
#include <asm/signal.h>
#include <linux/prctl.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/wait.h>
#include <stddef.h>

#include <solo/sys/clone.hpp>
#include <solo/sys/resource.hpp>
#include <solo/sys/wait.hpp>

namespace sys = solo::sys;

#include "same.hpp"

// struct clone_args (the version-2 size, with cgroup).
static_assert(sizeof(sys::CloneArgs) == sizeof(struct clone_args));
static_assert(sizeof(sys::CloneArgs) == CLONE_ARGS_SIZE_VER2);
SAME_FIELD(sys::CloneArgs, struct clone_args, flags);
SAME_FIELD(sys::CloneArgs, struct clone_args, pidfd);
SAME_FIELD(sys::CloneArgs, struct clone_args, child_tid);
SAME_FIELD(sys::CloneArgs, struct clone_args, parent_tid);
SAME_FIELD(sys::CloneArgs, struct clone_args, exit_signal);
SAME_FIELD(sys::CloneArgs, struct clone_args, stack);
SAME_FIELD(sys::CloneArgs, struct clone_args, stack_size);
SAME_FIELD(sys::CloneArgs, struct clone_args, tls);
SAME_FIELD(sys::CloneArgs, struct clone_args, set_tid);
SAME_FIELD(sys::CloneArgs, struct clone_args, set_tid_size);
SAME_FIELD(sys::CloneArgs, struct clone_args, cgroup);

SAME_VALUE(sys::CloneFlags::NewTime, CLONE_NEWTIME);
SAME_VALUE(sys::CloneFlags::Vm, CLONE_VM);
SAME_VALUE(sys::CloneFlags::Fs, CLONE_FS);
SAME_VALUE(sys::CloneFlags::Files, CLONE_FILES);
SAME_VALUE(sys::CloneFlags::Sighand, CLONE_SIGHAND);
SAME_VALUE(sys::CloneFlags::PidFd, CLONE_PIDFD);
SAME_VALUE(sys::CloneFlags::Ptrace, CLONE_PTRACE);
SAME_VALUE(sys::CloneFlags::Vfork, CLONE_VFORK);
SAME_VALUE(sys::CloneFlags::Parent, CLONE_PARENT);
SAME_VALUE(sys::CloneFlags::Thread, CLONE_THREAD);
SAME_VALUE(sys::CloneFlags::NewNs, CLONE_NEWNS);
SAME_VALUE(sys::CloneFlags::SysvSem, CLONE_SYSVSEM);
SAME_VALUE(sys::CloneFlags::SetTls, CLONE_SETTLS);
SAME_VALUE(sys::CloneFlags::ParentSetTid, CLONE_PARENT_SETTID);
SAME_VALUE(sys::CloneFlags::ChildClearTid, CLONE_CHILD_CLEARTID);
SAME_VALUE(sys::CloneFlags::Detached, CLONE_DETACHED);
SAME_VALUE(sys::CloneFlags::Untraced, CLONE_UNTRACED);
SAME_VALUE(sys::CloneFlags::ChildSetTid, CLONE_CHILD_SETTID);
SAME_VALUE(sys::CloneFlags::NewCgroup, CLONE_NEWCGROUP);
SAME_VALUE(sys::CloneFlags::NewUts, CLONE_NEWUTS);
SAME_VALUE(sys::CloneFlags::NewIpc, CLONE_NEWIPC);
SAME_VALUE(sys::CloneFlags::NewUser, CLONE_NEWUSER);
SAME_VALUE(sys::CloneFlags::NewPid, CLONE_NEWPID);
SAME_VALUE(sys::CloneFlags::NewNet, CLONE_NEWNET);
SAME_VALUE(sys::CloneFlags::Io, CLONE_IO);
SAME_VALUE(sys::CloneFlags::ClearSighand, CLONE_CLEAR_SIGHAND);
SAME_VALUE(sys::CloneFlags::IntoCgroup, CLONE_INTO_CGROUP);
SAME_VALUE(sys::sigchld, SIGCHLD);

// struct rlimit64 and RLIMIT_*.
static_assert(sizeof(sys::Rlimit) == sizeof(struct rlimit64));
SAME_FIELD(sys::Rlimit, struct rlimit64, rlim_cur);
SAME_FIELD(sys::Rlimit, struct rlimit64, rlim_max);
SAME_VALUE(sys::rlim_infinity, RLIM64_INFINITY);
SAME_VALUE(sys::Resource::Cpu, RLIMIT_CPU);
SAME_VALUE(sys::Resource::FileSize, RLIMIT_FSIZE);
SAME_VALUE(sys::Resource::Data, RLIMIT_DATA);
SAME_VALUE(sys::Resource::Stack, RLIMIT_STACK);
SAME_VALUE(sys::Resource::Core, RLIMIT_CORE);
SAME_VALUE(sys::Resource::Rss, RLIMIT_RSS);
SAME_VALUE(sys::Resource::Nproc, RLIMIT_NPROC);
SAME_VALUE(sys::Resource::Nofile, RLIMIT_NOFILE);
SAME_VALUE(sys::Resource::Memlock, RLIMIT_MEMLOCK);
SAME_VALUE(sys::Resource::AddressSpace, RLIMIT_AS);
SAME_VALUE(sys::Resource::Locks, RLIMIT_LOCKS);
SAME_VALUE(sys::Resource::SigPending, RLIMIT_SIGPENDING);
SAME_VALUE(sys::Resource::MsgQueue, RLIMIT_MSGQUEUE);
SAME_VALUE(sys::Resource::Nice, RLIMIT_NICE);
SAME_VALUE(sys::Resource::RtPrio, RLIMIT_RTPRIO);
SAME_VALUE(sys::Resource::RtTime, RLIMIT_RTTIME);

// struct rusage and RUSAGE_*.
static_assert(sizeof(sys::Rusage) == sizeof(struct rusage));
static_assert(sizeof(sys::RusageTime) == sizeof(((struct rusage *)nullptr)->ru_utime));
SAME_FIELD_AS(sys::Rusage, ru_utime.tv_sec, struct rusage, ru_utime.tv_sec);
SAME_FIELD_AS(sys::Rusage, ru_utime.tv_usec, struct rusage, ru_utime.tv_usec);
SAME_FIELD(sys::Rusage, struct rusage, ru_stime);
SAME_FIELD(sys::Rusage, struct rusage, ru_maxrss);
SAME_FIELD(sys::Rusage, struct rusage, ru_ixrss);
SAME_FIELD(sys::Rusage, struct rusage, ru_idrss);
SAME_FIELD(sys::Rusage, struct rusage, ru_isrss);
SAME_FIELD(sys::Rusage, struct rusage, ru_minflt);
SAME_FIELD(sys::Rusage, struct rusage, ru_majflt);
SAME_FIELD(sys::Rusage, struct rusage, ru_nswap);
SAME_FIELD(sys::Rusage, struct rusage, ru_inblock);
SAME_FIELD(sys::Rusage, struct rusage, ru_oublock);
SAME_FIELD(sys::Rusage, struct rusage, ru_msgsnd);
SAME_FIELD(sys::Rusage, struct rusage, ru_msgrcv);
SAME_FIELD(sys::Rusage, struct rusage, ru_nsignals);
SAME_FIELD(sys::Rusage, struct rusage, ru_nvcsw);
SAME_FIELD(sys::Rusage, struct rusage, ru_nivcsw);
SAME_VALUE(sys::RusageWho::Self, RUSAGE_SELF);
SAME_VALUE(sys::RusageWho::Children, RUSAGE_CHILDREN);
SAME_VALUE(sys::RusageWho::Thread, RUSAGE_THREAD);

// The SIGCHLD fields of siginfo_t as waitid writes them.
static_assert(sizeof(sys::WaitidInfo) == sizeof(siginfo_t));
SAME_FIELD_AS(sys::WaitidInfo, signo, siginfo_t, si_signo);
SAME_FIELD_AS(sys::WaitidInfo, error, siginfo_t, si_errno);
SAME_FIELD_AS(sys::WaitidInfo, code, siginfo_t, si_code);
SAME_FIELD_AS(sys::WaitidInfo, pid, siginfo_t, _sifields._sigchld._pid);
SAME_FIELD_AS(sys::WaitidInfo, uid, siginfo_t, _sifields._sigchld._uid);
SAME_FIELD_AS(sys::WaitidInfo, status, siginfo_t, _sifields._sigchld._status);
SAME_FIELD_AS(sys::WaitidInfo, utime, siginfo_t, _sifields._sigchld._utime);
SAME_FIELD_AS(sys::WaitidInfo, stime, siginfo_t, _sifields._sigchld._stime);
// waitid decodes si_code with these numbers (lib/wait/waitid.cpp).
static_assert(CLD_EXITED == 1 && CLD_KILLED == 2 && CLD_DUMPED == 3 && CLD_TRAPPED == 4 && CLD_STOPPED == 5 &&
              CLD_CONTINUED == 6);

// W* options and P_* id types.
SAME_VALUE(sys::WaitOptions::NoHang, WNOHANG);
SAME_VALUE(sys::WaitOptions::Untraced, WUNTRACED);
SAME_VALUE(sys::WaitOptions::Stopped, WSTOPPED);
SAME_VALUE(sys::WaitOptions::Exited, WEXITED);
SAME_VALUE(sys::WaitOptions::Continued, WCONTINUED);
SAME_VALUE(sys::WaitOptions::NoWait, WNOWAIT);
SAME_VALUE(sys::WaitOptions::NoThread, __WNOTHREAD);
SAME_VALUE(sys::WaitOptions::All, __WALL);
SAME_VALUE(sys::WaitOptions::Clone, __WCLONE);
SAME_VALUE(sys::IdType::All, P_ALL);
SAME_VALUE(sys::IdType::Pid, P_PID);
SAME_VALUE(sys::IdType::Pgid, P_PGID);
SAME_VALUE(sys::IdType::PidFd, P_PIDFD);

// prctl options.
SAME_VALUE(sys::PrctlOption::SetPdeathsig, PR_SET_PDEATHSIG);
SAME_VALUE(sys::PrctlOption::GetPdeathsig, PR_GET_PDEATHSIG);
SAME_VALUE(sys::PrctlOption::GetDumpable, PR_GET_DUMPABLE);
SAME_VALUE(sys::PrctlOption::SetDumpable, PR_SET_DUMPABLE);
SAME_VALUE(sys::PrctlOption::SetName, PR_SET_NAME);
SAME_VALUE(sys::PrctlOption::GetName, PR_GET_NAME);
SAME_VALUE(sys::PrctlOption::SetChildSubreaper, PR_SET_CHILD_SUBREAPER);
SAME_VALUE(sys::PrctlOption::GetChildSubreaper, PR_GET_CHILD_SUBREAPER);
SAME_VALUE(sys::PrctlOption::SetNoNewPrivs, PR_SET_NO_NEW_PRIVS);
SAME_VALUE(sys::PrctlOption::GetNoNewPrivs, PR_GET_NO_NEW_PRIVS);
