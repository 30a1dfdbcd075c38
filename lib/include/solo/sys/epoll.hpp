// epoll_create1, epoll_ctl, epoll_pwait: the forms every architecture has (aarch64 and riscv64 lack
// epoll_create and epoll_wait).
#pragma once

#include <epoll_arch.hpp>
#include <solo/flags.hpp>
#include <solo/sys/fd_result.hpp>
#include <solo/sys/sigmask_arg.hpp>

namespace solo::sys {

// uapi <linux/eventpoll.h>.
enum class EpollEvents : uint32_t {
  None = 0,
  In = 0x001,
  Pri = 0x002,
  Out = 0x004,
  Err = 0x008,
  Hup = 0x010,
  RdNorm = 0x040,
  RdBand = 0x080,
  WrNorm = 0x100,
  WrBand = 0x200,
  Msg = 0x400,
  RdHup = 0x2000,
  Exclusive = 1U << 28,
  WakeUp = 1U << 29,
  OneShot = 1U << 30,
  EdgeTriggered = 1U << 31,
};
SOLO_FLAG_OPERATORS(EpollEvents)

// The caller's cookie, handed back untouched with each event.
union EpollData {
  void *ptr;
  int fd;
  uint32_t u32;
  uint64_t u64;
};

// struct epoll_event: packed on x86-64 only, so its layout lives in arch/<arch>/epoll_arch.hpp.
// (On x86-64, copy `data` out before taking the address of a member.)
using EpollEvent = arch::EpollEvent<EpollEvents, EpollData>;

inline EpollEvent epoll_event_for_fd(EpollEvents events, int fd) noexcept {
  EpollEvent e;
  e.events = events;
  e.data.u64 = 0;
  e.data.fd = fd;
  return e;
}

enum class EpollFlags : int {
  None = 0,
  CloseOnExec = 02000000, // = O_CLOEXEC
};
SOLO_FLAG_OPERATORS(EpollFlags)

enum class EpollOp : int {
  Add = 1,
  Del = 2,
  Mod = 3,
};

inline Result<Fd> epoll_create1(EpollFlags flags = EpollFlags::CloseOnExec) noexcept {
  return fd_result(raw(nr::epoll_create1, static_cast<int>(flags)));
}

// `event` may be null for EpollOp::Del.
inline Result<void> epoll_ctl(FdRef epfd, EpollOp op, FdRef fd, const EpollEvent *event) noexcept {
  return result_void(raw(nr::epoll_ctl, epfd.get(), static_cast<int>(op), fd.get(), event));
}

// Waits up to `timeout_ms` milliseconds (-1: forever, 0: just look) for events, with `*sigmask` as the signal
// mask while waiting when given. Returns how many of events[0..maxevents) were filled. A signal ends it (EINTR).
inline Result<unsigned> epoll_pwait(FdRef epfd, EpollEvent *events, int maxevents, int timeout_ms,
                                    const uint64_t *sigmask = nullptr) noexcept {
  return result<unsigned>(
      raw(nr::epoll_pwait, epfd.get(), events, maxevents, timeout_ms, sigmask, sigmask ? kernel_sigset_size : 0));
}

} // namespace solo::sys
