// Resource limits (prlimit64, and getrlimit/setrlimit built on it) and resource usage (getrusage).
#pragma once

#include <solo/sys/process.hpp>

namespace solo::sys {

// RLIMIT_* (uapi asm-generic/resource.h; x86-64, arm64 and riscv64 all use the generic numbers).
enum class Resource : int {
  Cpu = 0,
  FileSize = 1,
  Data = 2,
  Stack = 3,
  Core = 4,
  Rss = 5,
  Nproc = 6,
  Nofile = 7,
  Memlock = 8,
  AddressSpace = 9,
  Locks = 10,
  SigPending = 11,
  MsgQueue = 12,
  Nice = 13,
  RtPrio = 14,
  RtTime = 15,
};

// struct rlimit64: two 64-bit values; rlim_infinity means no limit.
struct Rlimit {
  unsigned long long rlim_cur = 0;
  unsigned long long rlim_max = 0;
};
inline constexpr unsigned long long rlim_infinity = ~0ull;

// Sets (new_limit != nullptr) and/or reads (old_limit != nullptr) a limit of process pid (0: the caller).
inline Result<void> prlimit64(pid_t pid, Resource resource, const Rlimit *new_limit, Rlimit *old_limit) noexcept {
  return result_void(raw(nr::prlimit64, pid, static_cast<int>(resource), new_limit, old_limit));
}

// The generic table's getrlimit/setrlimit use the unsigned-long struct rlimit; prlimit64 is the one call with
// the same 64-bit struct everywhere, so both are built on it.
inline Result<Rlimit> getrlimit(Resource resource) noexcept {
  Rlimit r;
  auto ok = prlimit64(0, resource, nullptr, &r);
  if (!ok) return ok.error();
  return r;
}
inline Result<void> setrlimit(Resource resource, const Rlimit &limit) noexcept {
  return prlimit64(0, resource, &limit, nullptr);
}

// struct __kernel_old_timeval inside struct rusage: seconds and microseconds.
struct RusageTime {
  long tv_sec = 0;
  long tv_usec = 0;
};

// struct rusage (uapi linux/resource.h). ru_maxrss is in KiB.
struct Rusage {
  RusageTime ru_utime;
  RusageTime ru_stime;
  long ru_maxrss = 0;
  long ru_ixrss = 0;
  long ru_idrss = 0;
  long ru_isrss = 0;
  long ru_minflt = 0;
  long ru_majflt = 0;
  long ru_nswap = 0;
  long ru_inblock = 0;
  long ru_oublock = 0;
  long ru_msgsnd = 0;
  long ru_msgrcv = 0;
  long ru_nsignals = 0;
  long ru_nvcsw = 0;
  long ru_nivcsw = 0;
};

enum class RusageWho : int {
  Self = 0,
  Children = -1, // terminated and waited-for children
  Thread = 1,
};

inline Result<Rusage> getrusage(RusageWho who) noexcept {
  Rusage usage;
  auto r = raw(nr::getrusage, static_cast<int>(who), &usage);
  if (is_error(r)) return static_cast<Errno>(-r);
  return usage;
}

} // namespace solo::sys
