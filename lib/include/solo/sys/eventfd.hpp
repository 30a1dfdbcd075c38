// eventfd2: a 64-bit counter behind a descriptor (aarch64 and riscv64 have no plain eventfd).
#pragma once

#include <solo/flags.hpp>
#include <solo/sys/fd_result.hpp>

namespace solo::sys {

enum class EventfdFlags : int {
  None = 0,
  Semaphore = 1,          // each read takes 1 instead of the whole count
  NonBlock = 04000,       // = O_NONBLOCK
  CloseOnExec = 02000000, // = O_CLOEXEC
};
SOLO_FLAG_OPERATORS(EventfdFlags)

inline Result<Fd> eventfd2(unsigned initval, EventfdFlags flags = EventfdFlags::CloseOnExec) noexcept {
  return fd_result(raw(nr::eventfd2, initval, static_cast<int>(flags)));
}

// Takes the count (or 1 in semaphore mode); blocks while it is 0, or EAGAIN when non-blocking.
inline Result<uint64_t> eventfd_read(FdRef fd) noexcept {
  uint64_t value = 0;
  long r = raw(nr::read, fd.get(), &value, sizeof(value));
  if (is_error(r)) return static_cast<Errno>(-r);
  return value;
}

// Adds `value` to the count. Adding 2^64-1 is EINVAL; overflowing blocks (or EAGAIN).
inline Result<void> eventfd_write(FdRef fd, uint64_t value) noexcept {
  long r = raw(nr::write, fd.get(), &value, sizeof(value));
  if (is_error(r)) return static_cast<Errno>(-r);
  return {};
}

} // namespace solo::sys
