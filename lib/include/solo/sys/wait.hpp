// Waiting for children: wait4 and waitid, both decoded into a ChildStatus value (exited with a code, killed by
// a signal with or without a core dump, stopped, continued) so nobody decodes status bits by hand.
#pragma once

#include <solo/flags.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/resource.hpp>

namespace solo::sys {

class ChildStatus {
public:
  enum class State : unsigned char { Exited, Signaled, Stopped, Continued, None };

  constexpr ChildStatus() noexcept = default;
  constexpr ChildStatus(State state, int value, bool core = false) noexcept
      : state_(state), value_(value), core_(core) {}

  // The 16-bit status word of wait4: exit code in bits 8-15 when bits 0-6 are 0; a stop signal in bits 8-15
  // when the low byte is 0x7f; 0xffff for continued; otherwise the killing signal in bits 0-6 and the
  // core-dump flag in bit 7.
  static constexpr ChildStatus from_wait_status(int status) noexcept {
    int low = status & 0x7f;
    if (low == 0) return {State::Exited, (status >> 8) & 0xff};
    if (status == 0xffff) return {State::Continued, 0};
    if ((status & 0xff) == 0x7f) return {State::Stopped, (status >> 8) & 0xff};
    return {State::Signaled, low, (status & 0x80) != 0};
  }

  constexpr State state() const noexcept { return state_; }
  constexpr bool exited() const noexcept { return state_ == State::Exited; }
  constexpr bool signaled() const noexcept { return state_ == State::Signaled; }
  constexpr bool stopped() const noexcept { return state_ == State::Stopped; }
  constexpr bool continued() const noexcept { return state_ == State::Continued; }
  // Meaningful when exited().
  constexpr int exit_code() const noexcept { return exited() ? value_ : -1; }
  // The signal that killed (signaled()) or stopped (stopped()) the child; the one that continued it for waitid.
  constexpr int signal() const noexcept { return signaled() || stopped() || continued() ? value_ : 0; }
  constexpr bool core_dumped() const noexcept { return core_; }
  // "exited with code 0", the usual meaning of success.
  constexpr bool success() const noexcept { return exited() && value_ == 0; }

  friend constexpr bool operator==(ChildStatus a, ChildStatus b) noexcept {
    return a.state_ == b.state_ && a.value_ == b.value_ && a.core_ == b.core_;
  }

private:
  State state_ = State::None;
  int value_ = 0;
  bool core_ = false;
};

// W* options (uapi linux/wait.h).
enum class WaitOptions : unsigned {
  None = 0,
  NoHang = 0x00000001,
  Untraced = 0x00000002, // wait4; the same bit is WSTOPPED for waitid
  Stopped = 0x00000002,
  Exited = 0x00000004, // waitid only, and required there (with Stopped/Continued as wanted)
  Continued = 0x00000008,
  NoWait = 0x01000000, // waitid: leave the child waitable
  NoThread = 0x20000000,
  All = 0x40000000,
  Clone = 0x80000000,
};
SOLO_FLAG_OPERATORS(WaitOptions)

struct Waited {
  pid_t pid = 0; // 0 with WaitOptions::NoHang when no child has changed state
  ChildStatus status;
};

// pid > 0: that child; -1: any child; 0: any in the caller's group; < -1: any in group -pid.
inline Result<Waited> wait4(pid_t pid, WaitOptions options = WaitOptions::None, Rusage *usage = nullptr) noexcept {
  int status = 0;
  long r = raw(nr::wait4, pid, &status, to_underlying(options), usage);
  if (is_error(r)) return static_cast<Errno>(-r);
  if (r == 0) return Waited{};
  return Waited{static_cast<pid_t>(r), ChildStatus::from_wait_status(status)};
}

// idtype_t of waitid.
enum class IdType : int {
  All = 0,
  Pid = 1,
  Pgid = 2,
  PidFd = 3,
};

// The part of siginfo_t that waitid fills in for SIGCHLD (uapi asm-generic/siginfo.h): the union starts at
// offset 16 on 64-bit architectures because it holds pointers. The whole siginfo_t is 128 bytes. (The field
// names drop the si_ prefix: C libraries define si_pid and friends as macros.)
struct WaitidInfo {
  int signo;
  int error;
  int code; // CLD_EXITED 1, CLD_KILLED 2, CLD_DUMPED 3, CLD_TRAPPED 4, CLD_STOPPED 5, CLD_CONTINUED 6
  // The kernel's union of fields starts aligned for a pointer: at 16 on 64-bit architectures, 12 on 32-bit ones.
  alignas(sizeof(void *)) int pid;
  unsigned uid;
  int status; // exit code or signal number, per code
  long utime;
  long stime;
  char rest_[128 - (sizeof(long) == 8 ? 48 : 32)];
};

// waitid with WaitOptions::Exited/Stopped/Continued (at least one). Returns pid 0 and State::None with
// NoHang when nothing is ready yet.
Result<Waited> waitid(IdType idtype, int id, WaitOptions options, Rusage *usage = nullptr) noexcept;
// What waitid filled in (zeroed first), decoded: the same for solo::io::waitid.
Waited waited_from(const WaitidInfo &info) noexcept;

} // namespace solo::sys
