// Typed process system calls.
#pragma once

#include <solo/sys/raw.hpp>

namespace solo::sys {

using pid_t = int;

// getpid and gettid cannot fail.
inline pid_t getpid() noexcept { return static_cast<pid_t>(raw(nr::getpid)); }
inline pid_t gettid() noexcept { return static_cast<pid_t>(raw(nr::gettid)); }

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

} // namespace solo::sys
