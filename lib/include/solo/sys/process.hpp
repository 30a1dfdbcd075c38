// Typed process system calls: ids, credentials, sessions and groups, signals to processes, pidfds, prctl and
// scheduling. Creating processes is in <solo/sys/clone.hpp>, waiting for them in <solo/sys/wait.hpp>, limits and
// usage in <solo/sys/resource.hpp>.
#pragma once

#include <solo/fd.hpp>
#include <solo/flags.hpp>
#include <solo/sys/raw.hpp>

namespace solo::sys {

using pid_t = int;
using uid_t = unsigned int;
using gid_t = unsigned int;

// These cannot fail.
inline pid_t getpid() noexcept { return static_cast<pid_t>(raw(nr::getpid)); }
inline pid_t getppid() noexcept { return static_cast<pid_t>(raw(nr::getppid)); }
inline pid_t gettid() noexcept { return static_cast<pid_t>(raw(nr::gettid)); }
inline uid_t getuid() noexcept { return static_cast<uid_t>(raw(idnr::getuid)); }
inline uid_t geteuid() noexcept { return static_cast<uid_t>(raw(idnr::geteuid)); }
inline gid_t getgid() noexcept { return static_cast<gid_t>(raw(idnr::getgid)); }
inline gid_t getegid() noexcept { return static_cast<gid_t>(raw(idnr::getegid)); }

// Where the kernel writes 0 (and wakes a futex) when this thread exits; returns the caller's tid.
inline pid_t set_tid_address(int *tidptr) noexcept { return static_cast<pid_t>(raw(nr::set_tid_address, tidptr)); }

// Ends the whole process (every thread) without running exit handlers: this is _exit, not exit.
[[noreturn]] inline void exit_group(int status) noexcept {
  raw(nr::exit_group, status);
  __builtin_unreachable();
}

// Ends the calling thread only.
[[noreturn]] inline void exit(int status) noexcept {
  raw(nr::exit, status);
  __builtin_unreachable();
}

inline Result<void> kill(pid_t pid, int sig) noexcept { return result_void(raw(nr::kill, pid, sig)); }

inline Result<void> tgkill(pid_t tgid, pid_t tid, int sig) noexcept {
  return result_void(raw(nr::tgkill, tgid, tid, sig));
}

// Credentials. An id of ~0u (id_unchanged in <solo/sys/stat.hpp>) leaves that id as it is in setres*id.
inline Result<void> setuid(uid_t uid) noexcept { return result_void(raw(idnr::setuid, uid)); }
inline Result<void> setgid(gid_t gid) noexcept { return result_void(raw(idnr::setgid, gid)); }
inline Result<void> setresuid(uid_t ruid, uid_t euid, uid_t suid) noexcept {
  return result_void(raw(idnr::setresuid, ruid, euid, suid));
}
inline Result<void> setresgid(gid_t rgid, gid_t egid, gid_t sgid) noexcept {
  return result_void(raw(idnr::setresgid, rgid, egid, sgid));
}
// size 0 asks for the count only; otherwise EINVAL when `size` is too small.
inline Result<int> getgroups(int size, gid_t *list) noexcept { return result<int>(raw(idnr::getgroups, size, list)); }
inline Result<void> setgroups(size_t size, const gid_t *list) noexcept {
  return result_void(raw(idnr::setgroups, size, list));
}

// Sessions and process groups. pid 0 means the caller.
inline Result<pid_t> setsid() noexcept { return result<pid_t>(raw(nr::setsid)); }
inline Result<void> setpgid(pid_t pid, pid_t pgid) noexcept { return result_void(raw(nr::setpgid, pid, pgid)); }
inline Result<pid_t> getpgid(pid_t pid) noexcept { return result<pid_t>(raw(nr::getpgid, pid)); }
inline Result<pid_t> getsid(pid_t pid) noexcept { return result<pid_t>(raw(nr::getsid, pid)); }

// prctl options used by process tools (uapi linux/prctl.h); the arguments' meaning depends on the option.
enum class PrctlOption : int {
  SetPdeathsig = 1,
  GetPdeathsig = 2,
  GetDumpable = 3,
  SetDumpable = 4,
  SetName = 15, // up to 15 bytes and a NUL
  GetName = 16, // into a 16-byte buffer
  SetChildSubreaper = 36,
  GetChildSubreaper = 37,
  SetNoNewPrivs = 38,
  GetNoNewPrivs = 39,
};

template <class A2 = long, class A3 = long, class A4 = long, class A5 = long>
inline Result<long> prctl(PrctlOption option, A2 arg2 = 0, A3 arg3 = 0, A4 arg4 = 0, A5 arg5 = 0) noexcept {
  return result<long>(raw(nr::prctl, static_cast<int>(option), arg2, arg3, arg4, arg5));
}

// A descriptor that refers to a process: no pid-reuse races. Flags: 0 or O_NONBLOCK (PIDFD_NONBLOCK).
inline Result<Fd> pidfd_open(pid_t pid, unsigned flags = 0) noexcept {
  long r = raw(nr::pidfd_open, pid, flags);
  if (is_error(r)) return static_cast<Errno>(-r);
  return Fd(static_cast<int>(r));
}

// info == nullptr: the kernel fills in what kill() would.
inline Result<void> pidfd_send_signal(FdRef pidfd, int sig, const void *info = nullptr, unsigned flags = 0) noexcept {
  return result_void(raw(nr::pidfd_send_signal, pidfd.get(), sig, info, flags));
}

inline void sched_yield() noexcept { (void)raw(nr::sched_yield); } // always succeeds on Linux

// A CPU mask for up to 1024 CPUs (the size glibc's cpu_set_t has).
struct CpuSet {
  unsigned long bits[1024 / (8 * sizeof(unsigned long))] = {};

  static constexpr int bits_per_word = 8 * sizeof(unsigned long);
  constexpr bool is_set(int cpu) const noexcept {
    return cpu >= 0 && cpu < 1024 && (bits[cpu / bits_per_word] >> (cpu % bits_per_word)) & 1;
  }
  constexpr void set(int cpu) noexcept {
    if (cpu >= 0 && cpu < 1024) bits[cpu / bits_per_word] |= 1ul << (cpu % bits_per_word);
  }
  constexpr int count() const noexcept {
    int n = 0;
    for (unsigned long w : bits) n += __builtin_popcountl(w);
    return n;
  }
};

// The CPUs pid (0: the caller) may run on. The raw call returns the bytes it wrote, not 0.
inline Result<void> sched_getaffinity(pid_t pid, CpuSet &set) noexcept {
  auto r = raw(nr::sched_getaffinity, pid, sizeof(set.bits), set.bits);
  return is_error(r) ? Result<void>(static_cast<Errno>(-r)) : Result<void>();
}

// The CPU and NUMA node the caller is running on right now (either pointer may be null).
inline Result<void> getcpu(unsigned *cpu, unsigned *node) noexcept {
  return result_void(raw(nr::getcpu, cpu, node, nullptr));
}

} // namespace solo::sys
