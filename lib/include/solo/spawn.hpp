// solo::proc::spawn: start a program in a new process, in the spirit of posix_spawn. Built on a vfork-style
// clone (CLONE_VM | CLONE_VFORK with its own stack): nothing is copied, the parent sleeps until the child has
// exec'd, and an exec failure comes back to the parent as an Errno through a close-on-exec pipe.
#pragma once

#include <solo/cstr.hpp>
#include <solo/sys/file.hpp>
#include <solo/sys/process.hpp>

namespace solo::proc {

// What the child does between the clone and the exec, in this order: the signal dispositions and the new
// session or process group; then the file actions (dup2, close, open, chdir, fchdir) in the order they were
// added; then the signal mask; then the exec. A signal set is a 64-bit mask with bit (n - 1) for signal n.
// Paths are borrowed, not copied: they must stay valid until spawn returns.
class SpawnActions {
public:
  static constexpr int max_actions = 16;

  enum class Kind : unsigned char { Dup2, Close, Open, Chdir, Fchdir };
  struct Action {
    Kind kind;
    int fd = -1;
    int to = -1;
    const char *path = nullptr;
    sys::OpenFlags flags = sys::OpenFlags::ReadOnly;
    unsigned mode = 0;
  };

  // `to` becomes a copy of `from` without close-on-exec (dup2(fd, fd) just clears close-on-exec).
  SpawnActions &dup2(int from, int to) noexcept { return add({Kind::Dup2, from, to}); }
  SpawnActions &close(int fd) noexcept { return add({Kind::Close, fd}); }
  // openat(at_fdcwd, path, flags, mode) placed at `fd`.
  SpawnActions &open(int fd, CStr path, sys::OpenFlags flags, unsigned mode = 0) noexcept {
    return add({Kind::Open, fd, 0, path.c_str(), flags, mode});
  }
  SpawnActions &chdir(CStr path) noexcept { return add({Kind::Chdir, -1, 0, path.c_str()}); }
  SpawnActions &fchdir(int fd) noexcept { return add({Kind::Fchdir, fd}); }

  SpawnActions &setsid() noexcept {
    setsid_ = true;
    return *this;
  }
  // 0: a new group whose id is the child's pid.
  SpawnActions &setpgid(sys::pid_t pgid) noexcept {
    setpgid_ = true;
    pgid_ = pgid;
    return *this;
  }
  // The child's signal mask (default: the parent's).
  SpawnActions &signal_mask(unsigned long long mask) noexcept {
    set_mask_ = true;
    mask_ = mask;
    return *this;
  }
  // Signals whose disposition becomes SIG_DFL in the child. Signals the parent handles become SIG_DFL anyway
  // (a handler cannot survive exec and must not run in a child that shares the parent's memory); ignored ones
  // stay ignored unless listed here.
  SpawnActions &signal_default(unsigned long long set) noexcept {
    sigdefault_ = set;
    return *this;
  }

  // spawnp runs a file the kernel refuses with ENOEXEC (a script without "#!") through /bin/sh, as execvp
  // does: `/bin/sh FILE ARG...`. This turns that off, so spawnp reports ENOEXEC like spawn always does.
  SpawnActions &no_shell_for_scripts() noexcept {
    no_shell_ = true;
    return *this;
  }

  bool shell_for_scripts() const noexcept { return !no_shell_; }

  // More than max_actions were added: spawn then fails with ENOMEM before creating anything.
  bool overflowed() const noexcept { return overflow_; }

private:
  friend struct SpawnChild; // lib/proc/spawn.cpp: what runs in the child reads the actions directly

  int count_ = 0;
  Action actions_[max_actions];
  bool overflow_ = false;
  bool no_shell_ = false;
  bool setsid_ = false;
  bool setpgid_ = false;
  bool set_mask_ = false;
  sys::pid_t pgid_ = 0;
  unsigned long long mask_ = 0;
  unsigned long long sigdefault_ = 0;

  SpawnActions &add(Action a) noexcept {
    if (count_ < max_actions)
      actions_[count_++] = a;
    else
      overflow_ = true;
    return *this;
  }
};

// Runs `path` (no PATH search) with argv and envp (both null-terminated; envp == nullptr passes the
// process's own environment). Returns the child's pid once it has exec'd, or the Errno of the first thing
// that failed in the child (an action or the exec itself), in which case the child has already been reaped.
Result<sys::pid_t> spawn(CStr path, const char *const *argv, const char *const *envp = nullptr,
                         const SpawnActions &actions = {}) noexcept;

// The same, looking `file` up in $PATH first when it has no '/', and running it through /bin/sh when the
// kernel does not know its format (ENOEXEC), as execvp does, unless actions.no_shell_for_scripts().
Result<sys::pid_t> spawnp(CStr file, const char *const *argv, const char *const *envp = nullptr,
                          const SpawnActions &actions = {}) noexcept;

} // namespace solo::proc
