// Creating processes and running programs: fork (clone with SIGCHLD, the only fork every architecture has),
// clone, clone3, clone_run (a function on a new stack in the child: what a vfork-style spawn needs), execve
// and execveat.
#pragma once

#include <clone_arch.hpp>
#include <solo/cstr.hpp>
#include <solo/sys/file.hpp>
#include <solo/sys/process.hpp>

namespace solo::sys {

// CLONE_* (uapi linux/sched.h). The exit signal is not a flag: it is the separate argument below (clone puts
// it in the low byte of the flags word; clone3 has a field for it).
enum class CloneFlags : unsigned long long {
  None = 0,
  NewTime = 0x00000080,
  Vm = 0x00000100,
  Fs = 0x00000200,
  Files = 0x00000400,
  Sighand = 0x00000800,
  PidFd = 0x00001000,
  Ptrace = 0x00002000,
  Vfork = 0x00004000,
  Parent = 0x00008000,
  Thread = 0x00010000,
  NewNs = 0x00020000,
  SysvSem = 0x00040000,
  SetTls = 0x00080000,
  ParentSetTid = 0x00100000,
  ChildClearTid = 0x00200000,
  Detached = 0x00400000,
  Untraced = 0x00800000,
  ChildSetTid = 0x01000000,
  NewCgroup = 0x02000000,
  NewUts = 0x04000000,
  NewIpc = 0x08000000,
  NewUser = 0x10000000,
  NewPid = 0x20000000,
  NewNet = 0x40000000,
  Io = 0x80000000,
  ClearSighand = 0x100000000ull, // clone3 only
  IntoCgroup = 0x200000000ull,   // clone3 only
};
SOLO_FLAG_OPERATORS(CloneFlags)

inline constexpr int sigchld = 17; // SIGCHLD: the same number on x86-64, arm64 and riscv64

// The clone system call with the arguments in x86-64's order; arch/<arch>/clone_arch.hpp puts them in the
// order the architecture expects. Returns twice: the child's pid in the parent, 0 in the child.
// With stack == nullptr the child continues on a copy of the parent's stack (fork semantics), which is the
// only safe way to return into C++ code in the child; to start on a new stack use clone_run.
inline Result<pid_t> clone(CloneFlags flags, int exit_signal, void *stack = nullptr, int *parent_tid = nullptr,
                           int *child_tid = nullptr, unsigned long tls = 0) noexcept {
  arch::record_syscall<nr::clone>(); // the stub's assembly holds the number
  return result<pid_t>(arch::clone_syscall(static_cast<unsigned long>(to_underlying(flags)) | (exit_signal & 0xff),
                                           stack, parent_tid, child_tid, tls));
}

// fork(): a new process with a copy of the caller's memory; SIGCHLD tells the parent when it ends.
inline Result<pid_t> fork() noexcept { return clone(CloneFlags::None, sigchld); }

// Starts fn(arg) in a child running on [stack, stack + stack_size) and ends the child with fn's result via
// exit. With CloneFlags::Vm | CloneFlags::Vfork this is vfork done safely: the parent sleeps until the child
// execs or exits, and the child never touches the parent's frames.
inline Result<pid_t> clone_run(CloneFlags flags, int exit_signal, void *stack, size_t stack_size, int (*fn)(void *),
                               void *arg) noexcept {
  void *top = static_cast<char *>(stack) + stack_size;
  arch::record_syscall<nr::clone>(); // the stub's assembly holds both numbers: clone, then exit in the child
  arch::record_syscall<nr::exit>();
  return result<pid_t>(
      arch::clone_run(static_cast<unsigned long>(to_underlying(flags)) | (exit_signal & 0xff), top, fn, arg));
}

// struct clone_args (uapi linux/sched.h): every field 64-bit, pointers as integers.
struct CloneArgs {
  unsigned long long flags = 0;
  unsigned long long pidfd = 0;      // int*: where CloneFlags::PidFd stores the pidfd
  unsigned long long child_tid = 0;  // int*
  unsigned long long parent_tid = 0; // int*
  unsigned long long exit_signal = 0;
  unsigned long long stack = 0; // lowest address of the stack (clone3 adds the size itself)
  unsigned long long stack_size = 0;
  unsigned long long tls = 0;
  unsigned long long set_tid = 0; // pid_t*: pids to ask for in each pid namespace
  unsigned long long set_tid_size = 0;
  unsigned long long cgroup = 0; // a cgroup fd, with CloneFlags::IntoCgroup
};

// clone3 returns like fork when args.stack is 0. qemu-user 7.2 answers ENOSYS: fall back to clone there.
inline Result<pid_t> clone3(CloneArgs &args) noexcept {
  return result<pid_t>(raw(nr::clone3, &args, sizeof(CloneArgs)));
}

// Returns only on failure. argv and envp end with a null pointer.
inline Result<void> execve(CStr path, const char *const *argv, const char *const *envp) noexcept {
  return result_void(raw(nr::execve, path.c_str(), argv, envp));
}

// Flags: AtFlags::EmptyPath (execute dirfd itself, e.g. a memfd), AtFlags::SymlinkNoFollow.
inline Result<void> execveat(FdRef dirfd, CStr path, const char *const *argv, const char *const *envp,
                             AtFlags flags = AtFlags::None) noexcept {
  return result_void(raw(nr::execveat, dirfd.get(), path.c_str(), argv, envp, to_underlying(flags)));
}

} // namespace solo::sys
