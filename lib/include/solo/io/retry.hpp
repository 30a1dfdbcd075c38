// The EINTR layer: blocking calls under solo's signal policy.
//
// * Resume by default. A signal handler installed without SA_RESTART (or a call the kernel never restarts:
//   ppoll, epoll_pwait, clock_nanosleep, sigtimedwait ...) makes a blocking call fail with EINTR; these
//   wrappers call again, so the program never sees it.
// * Timed waits keep their deadline. The deadline is fixed on the monotonic clock when the call starts, and
//   every resumed call gets only what is left of it (sleeps use an absolute clock_nanosleep), so a storm of
//   signals neither extends nor shortens the wait.
// * Unless the program asked to be interrupted (solo/interrupt.hpp): then the call in progress returns
//   Errno::EINTR as soon as the kernel wakes it, and later calls return Errno::EINTR without blocking, until
//   signal::clear_interrupt(). A single call that already moved data returns that count as usual (the
//   kernel never reports EINTR once it has transferred something); the EINTR comes with the next call.
//   The calls go through a cancellable system call (arch/<arch>/signal_arch.hpp): a signal that lands after
//   the request was checked but before the kernel started waiting still makes the call return EINTR, when
//   its handler requests the interrupt with its ucontext (as Action::interrupt does).
// * Never retried: close (the descriptor is released whatever close reports) and connect (see below).
//
// The system calls below are made through sys::raw until the typed families exist; each is one line to swap.
#pragma once

#include <solo/interrupt.hpp>
#include <solo/result.hpp>
#include <solo/signal/info.hpp>
#include <solo/sys/file.hpp>
#include <solo/sys/iovec.hpp>
#include <solo/sys/poll.hpp>
#include <solo/sys/raw.hpp>
#include <solo/time.hpp>
#include <solo/timespec.hpp>

namespace solo::io {

// The monotonic clock the deadlines are measured on: solo::time's, through the vDSO where there is one
// (safe in a signal handler: it never waits for the first-call resolution).
using time::monotonic_now;

extern "C" long __solo_syscall_cp(const long *call) noexcept;

namespace detail {

// One system call that an interrupt request cancels if it comes before the kernel starts waiting.
// The assembly reads the number from memory, so the site is recorded here.
template <long N, class... Args> inline long cancellable(arch::SyscallNumber<N> number, Args... args) noexcept {
  static_assert(sizeof...(Args) <= 6, "Linux system calls take at most six arguments");
  arch::record_syscall<N>();
  long call[8] = {reinterpret_cast<long>(&signal::detail::interrupt_flag), number, sys::detail::to_long(args)...};
  return __solo_syscall_cp(call);
}

inline constexpr long eintr = -static_cast<long>(Errno::EINTR);

// The policy, written once. `call()` makes one system call and returns its raw result.
template <class Call> inline long resume(Call call) noexcept {
  for (;;) {
    if (signal::interrupt_requested()) return eintr;
    long r = call();
    if (r != eintr) return r;
  }
}

// Resumes whatever the interrupt request says: for what must finish (messages, bytes already taken).
template <class Call> inline long resume_always(Call call) noexcept {
  for (;;) {
    long r = call();
    if (r != eintr) return r;
  }
}

// The same for timed waits: `call(remaining)` gets what is left until `deadline` (zero once it has passed,
// so the last call still reports what is ready instead of inventing a timeout).
template <class Call> inline long resume_until(Timespec deadline, Call call) noexcept {
  for (;;) {
    if (signal::interrupt_requested()) return eintr;
    Timespec remaining = deadline - monotonic_now();
    if (remaining.tv_sec < 0) remaining = {};
    long r = call(remaining);
    if (r != eintr) return r;
  }
}

} // namespace detail

// --- Descriptors -----------------------------------------------------------------------------------------

using IoVec = sys::Iovec;

Result<size_t> read(FdRef fd, void *buf, size_t count) noexcept;
Result<size_t> write(FdRef fd, const void *buf, size_t count) noexcept;
Result<size_t> readv(FdRef fd, const IoVec *iov, int count) noexcept;
Result<size_t> writev(FdRef fd, const IoVec *iov, int count) noexcept;

// openat under the policy: opening a FIFO blocks until the other end is opened too.
Result<Fd> openat(FdRef dirfd, CStr path, sys::OpenFlags flags, unsigned mode = 0) noexcept;

// flock(2): LOCK_SH 1, LOCK_EX 2, LOCK_NB 4, LOCK_UN 8.
Result<void> flock(FdRef fd, int operation) noexcept;

// --- Sockets (addresses as raw bytes until the socket family's types exist) --------------------------------

Result<Fd> accept4(FdRef fd, void *address, unsigned *address_size, int flags) noexcept;
Result<size_t> recvfrom(FdRef fd, void *buf, size_t count, int flags, void *address, unsigned *address_size) noexcept;
Result<size_t> sendto(FdRef fd, const void *buf, size_t count, int flags, const void *address,
                      unsigned address_size) noexcept;
inline Result<size_t> recv(FdRef fd, void *buf, size_t count, int flags = 0) noexcept {
  return recvfrom(fd, buf, count, flags, nullptr, nullptr);
}
inline Result<size_t> send(FdRef fd, const void *buf, size_t count, int flags = 0) noexcept {
  return sendto(fd, buf, count, flags, nullptr, 0);
}
Result<size_t> recvmsg(FdRef fd, void *message, int flags) noexcept;
Result<size_t> sendmsg(FdRef fd, const void *message, int flags) noexcept;

// connect is never called twice: once interrupted, the kernel carries on connecting in the background and a
// second connect would only say EALREADY. solo waits for the socket to become writable (ppoll, under the
// policy) and reports the outcome from SO_ERROR.
Result<void> connect(FdRef fd, const void *address, unsigned address_size) noexcept;

// --- Waiting -----------------------------------------------------------------------------------------------

using PollFd = sys::Pollfd;

// ppoll with a timeout in milliseconds (negative: none). Returns how many entries have revents set; 0 means
// the timeout expired, measured from the first call however many signals arrive.
Result<int> poll(PollFd *fds, unsigned long count, long timeout_ms) noexcept;
// The same with an absolute deadline on monotonic_now()'s clock.
Result<int> poll_until(PollFd *fds, unsigned long count, Timespec deadline) noexcept;

// epoll_pwait with the same deadline rule (the timeout is rounded up to whole milliseconds on each resume,
// so the wait never ends early). `events` points at the architecture's struct epoll_event array.
Result<int> epoll_wait(int epfd, void *events, int max_events, long timeout_ms) noexcept;

// Sleeps: absolute clock_nanosleep on CLOCK_MONOTONIC, so a resumed sleep keeps the original deadline.
Result<void> sleep_for(Timespec duration) noexcept;
Result<void> sleep_until(Timespec deadline) noexcept;

// wait4 / waitid under the policy. Returns the pid (0 with WNOHANG when nothing changed).
Result<int> wait4(int pid, int *status, int options, void *rusage = nullptr) noexcept;
// waitid(idtype, id, info, options): P_ALL 0, P_PID 1, P_PGID 2, P_PIDFD 3.
Result<void> waitid(int idtype, int id, signal::Info *info, int options, void *rusage = nullptr) noexcept;

// --- Whole buffers -----------------------------------------------------------------------------------------
// These loop over short transfers. When they stop on an error (EINTR included), `done` receives exactly how
// many bytes moved before it, so nothing is lost.

// Reads until `size` bytes or end of file; returns the count (less than size only at end of file).
Result<size_t> read_exact(FdRef fd, void *buf, size_t size, size_t *done = nullptr) noexcept;
// write_all is in <solo/io.hpp>.
// Copies `in` to `out` until end of file; returns the count. Bytes already read are always written out in
// full before an interrupt is reported, so none is lost between the two descriptors.
Result<size_t> copy(int in, int out, size_t *done = nullptr) noexcept;

} // namespace solo::io
