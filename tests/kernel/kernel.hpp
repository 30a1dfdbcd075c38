// What the real-kernel tests and their PID-1 driver need beyond solo's typed calls: processes, mounts, time
// and line output, as raw system calls kept private to tests/kernel/ (typed forms belong in lib/ once they
// exist there). The constants below have the same value on x86-64, aarch64 and riscv64 (uapi
// <linux/sched.h>, <linux/mount.h>, <linux/reboot.h>, <linux/wait.h>, <asm-generic/signal.h>).
#pragma once

#include <solo/errno.hpp>
#include <solo/io.hpp>
#include <solo/string_view.hpp>
#include <solo/sys/file.hpp>
#include <solo/sys/process.hpp>

namespace ktest {

namespace sys = solo::sys;
namespace nr = solo::sys::nr;
using solo::StringView;

inline constexpr int sigkill = 9;
inline constexpr int sigchld = 17;
inline constexpr unsigned long clone_newns = 0x00020000;
inline constexpr int wnohang = 1;
inline constexpr unsigned long ms_rdonly = 1;
inline constexpr unsigned long ms_bind = 4096;
inline constexpr unsigned long ms_rec = 16384;
inline constexpr unsigned long ms_private = 1UL << 18;
inline constexpr int mnt_detach = 2;
inline constexpr int clock_monotonic = 1;

// fork without a typed wrapper: clone with only the exit signal. Every clone argument after flags is zero,
// so the architectures' different argument orders do not matter. Returns 0 in the child, the pid in the parent.
inline long fork() noexcept { return sys::raw(nr::clone, sigchld, 0, 0, 0, 0); }

// wait4's status word: exited normally when the low 7 bits are 0, then the code is bits 8-15;
// otherwise the low 7 bits are the signal that ended it.
inline bool exited(int status) noexcept { return (status & 0x7f) == 0; }
inline int exit_code(int status) noexcept { return (status >> 8) & 0xff; }
inline int term_signal(int status) noexcept { return status & 0x7f; }

inline long mount(const char *source, const char *target, const char *type, unsigned long flags,
                  const void *data = nullptr) noexcept {
  return sys::raw(nr::mount, source, target, type, flags, data);
}
inline long mkdir(const char *path, unsigned mode = 0755) noexcept {
  return sys::raw(nr::mkdirat, sys::at_fdcwd, path, mode);
}

struct Timespec {
  long sec;
  long nsec;
};
inline long monotonic_ms() noexcept {
  Timespec t{};
  sys::raw(sys::tnr::clock_gettime, clock_monotonic, &t);
  return t.sec * 1000 + t.nsec / 1000000;
}
inline void sleep_ms(long ms) noexcept {
  Timespec t{ms / 1000, (ms % 1000) * 1000000};
  sys::raw(sys::tnr::clock_nanosleep, clock_monotonic, 0, &t, nullptr);
}

// The error of a raw call's return value (-errno).
inline solo::Errno error_of(long ret) noexcept { return static_cast<solo::Errno>(-ret); }

// The f_type word of statfs: the first field, a long on every architecture (the 32-bit statfs too).
inline long fs_magic(const char *path) noexcept {
  long buf[32] = {};
  long ret = sys::raw(nr::statfs, path, buf);
  return ret < 0 ? ret : buf[0];
}

// True when `path` can be opened for reading.
inline bool exists(const char *path) noexcept {
  long fd = sys::raw(nr::openat, sys::at_fdcwd, path, static_cast<unsigned>(sys::OpenFlags::Path));
  if (fd < 0) return false;
  sys::raw(nr::close, fd);
  return true;
}

// One line assembled in a buffer and written with a single write, so that lines from several processes and
// the kernel's own messages do not cut into each other on the console.
class Line {
public:
  Line &operator<<(StringView s) noexcept {
    for (char c : s)
      if (size_ < sizeof(buf_) - 1) buf_[size_++] = c;
    return *this;
  }
  Line &operator<<(const char *s) noexcept { return *this << StringView(s); }
  Line &operator<<(long v) noexcept {
    char digits[24];
    return *this << solo::io::to_decimal(v, digits);
  }
  Line &operator<<(int v) noexcept { return *this << static_cast<long>(v); }
  Line &operator<<(char c) noexcept { return *this << StringView(&c, 1); }
  Line &operator<<(solo::Errno e) noexcept { return *this << solo::name(e); }
  StringView view() const noexcept { return StringView(buf_, size_); }
  void print() noexcept {
    buf_[size_++] = '\n';
    (void)solo::io::write_all(solo::io::stdout_fd, buf_, size_);
    size_ = 0;
  }

private:
  char buf_[512];
  size_t size_ = 0;
};

} // namespace ktest
