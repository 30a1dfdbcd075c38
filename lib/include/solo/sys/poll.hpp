// ppoll and pselect6: waiting on several descriptors. aarch64 and riscv64 have no poll or select, so these two,
// which every architecture has, are the only forms solo offers.
#pragma once

#include <solo/flags.hpp>
#include <solo/sys/fd_result.hpp>
#include <solo/sys/sigmask_arg.hpp>
#include <solo/timespec.hpp>

namespace solo::sys {

// Event bits of struct pollfd (uapi <asm-generic/poll.h>, used by all three architectures).
enum class PollEvents : short {
  None = 0,
  In = 0x001,
  Pri = 0x002,
  Out = 0x004,
  Err = 0x008,  // revents only
  Hup = 0x010,  // revents only
  Nval = 0x020, // revents only: fd is not open
  RdNorm = 0x040,
  RdBand = 0x080,
  WrNorm = 0x100,
  WrBand = 0x200,
  Msg = 0x400,
  Remove = 0x1000,
  RdHup = 0x2000,
};
SOLO_FLAG_OPERATORS(PollEvents)

// struct pollfd. A negative fd is skipped (its revents is 0).
struct Pollfd {
  int fd = -1;
  PollEvents events = PollEvents::None;
  PollEvents revents = PollEvents::None;
};

// Waits until a descriptor in fds[0..nfds) is ready, `timeout` passes (null: forever; zero: just look) or a
// signal arrives (EINTR; never restarted). While waiting, the signal mask is `*sigmask` when given.
// The kernel writes the time left back into `*timeout`. Returns how many entries have a non-zero revents.
inline Result<unsigned> ppoll(Pollfd *fds, unsigned nfds, Timespec *timeout,
                              const uint64_t *sigmask = nullptr) noexcept {
  return result<unsigned>(raw(tnr::ppoll, fds, nfds, timeout, sigmask, sigmask ? kernel_sigset_size : 0));
}

// The kernel's fd_set (__kernel_fd_set): 1024 bits, one per descriptor, in unsigned longs.
struct FdSet {
  static constexpr int max_fds = 1024;
  static constexpr int bits_per_word = 8 * sizeof(unsigned long);
  unsigned long fds_bits[max_fds / bits_per_word] = {};

  void zero() noexcept {
    for (auto &w : fds_bits) w = 0;
  }
  // Descriptors outside [0, 1024) cannot be in an fd_set; set/clear ignore them and test says false.
  void set(int fd) noexcept {
    if (fd >= 0 && fd < max_fds) fds_bits[fd / bits_per_word] |= 1UL << (fd % bits_per_word);
  }
  void clear(int fd) noexcept {
    if (fd >= 0 && fd < max_fds) fds_bits[fd / bits_per_word] &= ~(1UL << (fd % bits_per_word));
  }
  bool test(int fd) const noexcept {
    return fd >= 0 && fd < max_fds && (fds_bits[fd / bits_per_word] >> (fd % bits_per_word)) & 1;
  }
};

// Like select, with a nanosecond timeout (written back with the time left) and an optional signal mask.
// nfds is the highest descriptor plus one; the sets are replaced by the ready subsets. Returns the number of
// ready bits over all three sets.
inline Result<unsigned> pselect6(int nfds, FdSet *readfds, FdSet *writefds, FdSet *exceptfds, Timespec *timeout,
                                 const uint64_t *sigmask = nullptr) noexcept {
  // The sixth argument is a pointer to a {mask pointer, mask size} pair: the kernel ran out of argument registers.
  struct {
    const uint64_t *mask;
    unsigned long size;
  } sig = {sigmask, kernel_sigset_size};
  return result<unsigned>(raw(tnr::pselect6, nfds, readfds, writefds, exceptfds, timeout, sigmask ? &sig : nullptr));
}

} // namespace solo::sys
