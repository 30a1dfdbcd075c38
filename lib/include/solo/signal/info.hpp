// Info: the kernel's siginfo_t (128 bytes, <asm-generic/siginfo.h>, the same on x86-64, aarch64 and riscv64)
// with typed accessors; SignalfdInfo: what read() on a signalfd returns (<linux/signalfd.h>).
// tests/abi/signal_layout.cpp checks every offset against the uapi headers.
#pragma once

#include <solo/types.hpp>

namespace solo::signal {

union SignalValue {
  int integer;
  void *pointer;
};

struct Info {
  int signo;
  int errno_value; // si_errno: almost always 0
  int code;        // si_code: see solo::signal::code
  // The union is aligned for a pointer: it starts at 16 on 64-bit architectures, at 12 on 32-bit ones.
  union alignas(sizeof(void *)) Fields {
    struct {
      int pid;
      unsigned uid;
    } kill; // SI_USER, SI_TKILL
    struct {
      int tid;
      int overrun;
      SignalValue value;
    } timer; // SI_TIMER
    struct {
      int pid;
      unsigned uid;
      SignalValue value;
    } rt; // SI_QUEUE, SI_MESGQ
    struct {
      int pid;
      unsigned uid;
      int status;
      long utime;
      long stime;
    } child; // SIGCHLD
    struct {
      void *address;
      short address_lsb;
    } fault; // SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP
    struct {
      long band;
      int fd;
    } poll; // SIGIO / SIGPOLL
    struct {
      void *call_address;
      int syscall;
      unsigned arch;
    } sys; // SIGSYS from seccomp
    char bytes[128 - (sizeof(void *) == 8 ? 16 : 12)];
  } fields;

  // Who sent it (kill, tgkill, sigqueue) or which child changed state (SIGCHLD).
  int pid() const noexcept { return fields.kill.pid; }
  unsigned uid() const noexcept { return fields.kill.uid; }
  // SIGCHLD: the exit code when code == child_exited, else the signal that stopped or killed the child.
  int status() const noexcept { return fields.child.status; }
  // SIGSEGV, SIGBUS, SIGILL, SIGFPE: the faulting address.
  void *address() const noexcept { return fields.fault.address; }
  // sigqueue and timers: the value that came with the signal.
  SignalValue value() const noexcept { return fields.rt.value; }
  // True when a process sent it (kill, tgkill, sigqueue ...) rather than the kernel.
  bool sent_by_process() const noexcept { return code <= 0; }
};

static_assert(sizeof(Info) == 128, "siginfo_t is 128 bytes");

struct SignalfdInfo {
  uint32_t signo;
  int32_t errno_value;
  int32_t code;
  uint32_t pid;
  uint32_t uid;
  int32_t fd;
  uint32_t tid;
  uint32_t band;
  uint32_t overrun;
  uint32_t trapno;
  int32_t status;
  int32_t value_int;
  uint64_t value_ptr;
  uint64_t utime;
  uint64_t stime;
  uint64_t address;
  uint16_t address_lsb;
  uint16_t padding2_;
  int32_t syscall;
  uint64_t call_address;
  uint32_t arch;
  uint8_t padding_[28];
};

static_assert(sizeof(SignalfdInfo) == 128, "struct signalfd_siginfo is 128 bytes");

} // namespace solo::signal
