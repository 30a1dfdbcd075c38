#include <solo/env.hpp>
#include <solo/process.hpp>
#include <solo/spawn.hpp>
#include <solo/sys/clone.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/fcntl.hpp>
#include <solo/sys/memory.hpp>
#include <solo/sys/wait.hpp>

namespace solo::proc {

namespace {

// rt_sigprocmask's "how" and the kernel's sigset size (64 signals) on all three architectures.
constexpr int sig_block = 0;
constexpr int sig_setmask = 2;
constexpr long sigset_size = 8;

// The kernel's struct sigaction differs per architecture (riscv64 has no sa_restorer), but every layout starts
// with the handler and an all-zero struct means SIG_DFL with no flags and an empty mask everywhere. Four longs
// cover the largest of them (32 bytes), so no per-architecture struct is needed to reset or inspect a handler.
struct KernelSigaction {
  unsigned long words[4] = {};
};
constexpr unsigned long sig_dfl = 0;
constexpr unsigned long sig_ign = 1;

struct Child {
  const char *path;
  const char *const *argv;
  const char *const *envp;
  const SpawnActions *actions;
  int error_fd; // the write end of the close-on-exec pipe
  unsigned long long parent_mask;
  const char *const *shell_argv; // {"/bin/sh", path, argv[1] ...} to try on ENOEXEC, or null
};

constexpr const char *shell = "/bin/sh";

} // namespace

// The friend of SpawnActions that runs in the child.
struct SpawnChild {
  [[noreturn]] static void fail(Child *c, Errno e) noexcept;
  static int main(void *arg) noexcept;
};

[[noreturn]] __attribute__((no_sanitize("address"))) void SpawnChild::fail(Child *c, Errno e) noexcept {
  int code = static_cast<int>(e);
  (void)sys::raw(sys::nr::write, c->error_fd, &code, sizeof(code));
  sys::exit_group(127);
}

// Runs in the child on its own stack, sharing the parent's memory until the exec: only system calls, no
// allocation, nothing the parent could observe except through the pipe. Not instrumented by AddressSanitizer
// in the hosted tests, whose shadow bookkeeping knows nothing of this stack.
__attribute__((no_sanitize("address"))) int SpawnChild::main(void *arg) noexcept {
  auto *c = static_cast<Child *>(arg);
  const SpawnActions &a = *c->actions;

  for (int sig = 1; sig <= 64; ++sig) {
    if (sig == 9 || sig == 19) continue; // SIGKILL and SIGSTOP cannot be changed
    KernelSigaction dfl, old;
    bool reset = (a.sigdefault_ >> (sig - 1)) & 1;
    if (!reset) {
      if (sys::is_error(sys::raw(sys::nr::rt_sigaction, sig, nullptr, &old, sigset_size))) continue;
      reset = old.words[0] != sig_dfl && old.words[0] != sig_ign;
    }
    if (reset) (void)sys::raw(sys::nr::rt_sigaction, sig, &dfl, nullptr, sigset_size);
  }

  if (a.setsid_) {
    auto r = sys::setsid();
    if (!r) fail(c, r.error());
  }
  if (a.setpgid_) {
    auto r = sys::setpgid(0, a.pgid_);
    if (!r) fail(c, r.error());
  }

  // A file action aimed at the error pipe's number would destroy the report channel: move the pipe above
  // every descriptor the actions name.
  int highest = -1;
  bool collides = false;
  for (int i = 0; i < a.count_; ++i) {
    const auto &act = a.actions_[i];
    int target = act.kind == SpawnActions::Kind::Dup2 ? act.to : act.fd;
    if (target > highest) highest = target;
    if (target == c->error_fd) collides = true;
  }
  if (collides) {
    long moved = sys::raw(sys::nr::fcntl, c->error_fd, static_cast<int>(sys::FcntlCmd::DupFdCloseOnExec), highest + 1);
    if (sys::is_error(moved)) fail(c, static_cast<Errno>(-moved));
    c->error_fd = static_cast<int>(moved);
  }

  for (int i = 0; i < a.count_; ++i) {
    const auto &act = a.actions_[i];
    Result<void> r;
    switch (act.kind) {
    case SpawnActions::Kind::Dup2:
      if (act.fd == act.to)
        r = sys::fcntl_setfd(act.fd, sys::FdFlags::None);
      else
        r = sys::dup3(act.fd, act.to);
      break;
    case SpawnActions::Kind::Close:
      r = sys::close(act.fd);
      break;
    case SpawnActions::Kind::Open: {
      long fd =
          sys::raw(sys::nr::openat, sys::at_fdcwd, act.path, to_underlying(act.flags) | arch::open_implied, act.mode);
      if (sys::is_error(fd)) {
        r = static_cast<Errno>(-fd);
      } else if (fd != act.fd) {
        r = sys::dup3(static_cast<int>(fd), act.fd);
        (void)sys::raw(sys::nr::close, fd);
      }
      break;
    }
    case SpawnActions::Kind::Chdir:
      r = sys::chdir(CStr(act.path));
      break;
    case SpawnActions::Kind::Fchdir:
      r = sys::fchdir(act.fd);
      break;
    }
    if (!r) fail(c, r.error());
  }

  unsigned long long mask = a.set_mask_ ? a.mask_ : c->parent_mask;
  (void)sys::raw(sys::nr::rt_sigprocmask, sig_setmask, &mask, nullptr, sigset_size);

  auto r = sys::execve(CStr(c->path), c->argv, c->envp);
  // Not a format the kernel knows (a script without "#!"): the shell runs it, as execvp does. If even that
  // fails, the answer stays the file's own ENOEXEC.
  if (r.error() == Errno::ENOEXEC && c->shell_argv) (void)sys::execve(CStr(shell), c->shell_argv, c->envp);
  fail(c, r.error());
}

namespace {
Result<sys::pid_t> start(CStr path, const char *const *argv, const char *const *envp, const SpawnActions &actions,
                         const char *const *shell_argv) noexcept;
} // namespace

Result<sys::pid_t> spawn(CStr path, const char *const *argv, const char *const *envp,
                         const SpawnActions &actions) noexcept {
  return start(path, argv, envp, actions, nullptr);
}

namespace {

Result<sys::pid_t> start(CStr path, const char *const *argv, const char *const *envp, const SpawnActions &actions,
                         const char *const *shell_argv) noexcept {
  if (actions.overflowed()) return Errno::ENOMEM;
  if (!envp) envp = process::envp();
  auto pipe = sys::pipe2(sys::OpenFlags::CloseOnExec);
  if (!pipe) return pipe.error();

  // Block every signal around the clone: a handler must not run in the child while it shares the parent's
  // memory and stack-less state. The child sets its own mask just before the exec.
  unsigned long long all = ~0ull, old_mask = 0;
  (void)sys::raw(sys::nr::rt_sigprocmask, sig_block, &all, &old_mask, sigset_size);

  Child child{path.c_str(), argv, envp, &actions, pipe->write.get(), old_mask, shell_argv};
  // The child's stack: part of this frame, which stays alive and untouched while the parent is suspended
  // (CLONE_VFORK). Under qemu-user, which turns CLONE_VFORK into a plain fork, the child gets a copy of it.
  alignas(16) unsigned char stack[32 * 1024];
  auto pid = sys::clone_run(sys::CloneFlags::Vm | sys::CloneFlags::Vfork, sys::sigchld, stack, sizeof(stack),
                            SpawnChild::main, &child);

  (void)sys::raw(sys::nr::rt_sigprocmask, sig_setmask, &old_mask, nullptr, sigset_size);
  (void)pipe->write.close();
  if (!pid) return pid.error();

  int code = 0;
  size_t got = 0;
  while (got < sizeof(code)) {
    auto n = sys::read(pipe->read, reinterpret_cast<char *>(&code) + got, sizeof(code) - got);
    if (!n) {
      if (n.error() == Errno::EINTR) continue;
      break;
    }
    if (*n == 0) break; // the pipe closed at the exec: success
    got += *n;
  }
  if (got == 0) return *pid;
  // The child reported a failure and exits with 127: reap it so no zombie is left behind.
  while (true) {
    auto w = sys::wait4(*pid);
    if (w || w.error() != Errno::EINTR) break;
  }
  return got == sizeof(code) ? static_cast<Errno>(code) : Errno::EIO;
}

} // namespace

Result<sys::pid_t> spawnp(CStr file, const char *const *argv, const char *const *envp,
                          const SpawnActions &actions) noexcept {
  char buf[4096];
  auto path = env::find_executable(file, buf, sizeof(buf));
  if (!path) return path.error();
  if (!actions.shell_for_scripts()) return start(*path, argv, envp, actions, nullptr);
  // The shell's argv, ready before the clone (the child must not allocate): on this stack when it fits,
  // else in pages of its own for the time of the spawn.
  size_t count = 0;
  while (argv && argv[count]) ++count;
  size_t slots = (count < 1 ? 1 : count) + 2; // "/bin/sh", the path, argv[1 ...], the null
  const char *small[64];
  const char **shell_argv = small;
  size_t mapped = 0;
  if (slots > sizeof small / sizeof small[0]) {
    mapped = slots * sizeof(const char *);
    auto pages = sys::mmap(nullptr, mapped, sys::Prot::Read | sys::Prot::Write,
                           sys::MapFlags::Private | sys::MapFlags::Anonymous);
    if (!pages) return pages.error();
    shell_argv = static_cast<const char **>(*pages);
  }
  shell_argv[0] = shell;
  shell_argv[1] = path->c_str();
  for (size_t i = 1; i < count; ++i) shell_argv[i + 1] = argv[i];
  shell_argv[count < 1 ? 2 : count + 1] = nullptr;
  auto pid = start(*path, argv, envp, actions, shell_argv);
  if (mapped) (void)sys::munmap(shell_argv, mapped);
  return pid;
}

} // namespace solo::proc
