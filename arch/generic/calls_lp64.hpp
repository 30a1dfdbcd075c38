// The system calls whose form depends on the width of a word, as every 64-bit Linux architecture makes them
// (arch/<arch>/calls_arch.hpp includes this or calls_ilp32.hpp). A 64-bit offset or size is one argument, the
// time calls take struct __kernel_timespec (solo's Timespec) under their plain names. Each returns what the
// kernel returned (-errno on failure).
#pragma once

#include <solo/sys/raw.hpp>
#include <stat_arch.hpp>

namespace solo::arch::calls {

using sys::raw;

// The calls that take a struct __kernel_timespec (or a structure made of them) and nothing else of a width:
// their plain numbers are the 64-bit-time ones here.
namespace time_nr {
inline constexpr auto clock_gettime = nr::clock_gettime;
inline constexpr auto clock_getres = nr::clock_getres;
inline constexpr auto clock_nanosleep = nr::clock_nanosleep;
inline constexpr auto ppoll = nr::ppoll;
inline constexpr auto pselect6 = nr::pselect6;
inline constexpr auto futex = nr::futex;
inline constexpr auto rt_sigtimedwait = nr::rt_sigtimedwait;
inline constexpr auto timer_settime = nr::timer_settime;
inline constexpr auto timer_gettime = nr::timer_gettime;
inline constexpr auto timerfd_settime = nr::timerfd_settime;
inline constexpr auto timerfd_gettime = nr::timerfd_gettime;
inline constexpr auto utimensat = nr::utimensat;
} // namespace time_nr

// The calls that take or give user and group ids: 32-bit ids under their plain names.
namespace id_nr {
inline constexpr auto getuid = nr::getuid;
inline constexpr auto geteuid = nr::geteuid;
inline constexpr auto getgid = nr::getgid;
inline constexpr auto getegid = nr::getegid;
inline constexpr auto setuid = nr::setuid;
inline constexpr auto setgid = nr::setgid;
inline constexpr auto setresuid = nr::setresuid;
inline constexpr auto setresgid = nr::setresgid;
inline constexpr auto getgroups = nr::getgroups;
inline constexpr auto setgroups = nr::setgroups;
inline constexpr auto fchown = nr::fchown;
} // namespace id_nr

// A futex wait or wake (deadline nullptr: no limit).
inline long futex(const unsigned *word, int op, unsigned val, const void *deadline, const unsigned *word2,
                  unsigned val3) {
  return raw(nr::futex, word, op, val, deadline, word2, val3);
}
// No older form of the time64 calls to fall back on.
inline constexpr bool has_time32_futex = false;

inline long nanosleep(const void *request, void *remain) { return raw(nr::nanosleep, request, remain); }

inline long pread(int fd, void *buf, unsigned long count, long long offset) {
  return raw(nr::pread64, fd, buf, count, offset);
}
inline long pwrite(int fd, const void *buf, unsigned long count, long long offset) {
  return raw(nr::pwrite64, fd, buf, count, offset);
}
// preadv2 and pwritev2 take the offset as two words (low, high) everywhere: the high one is unused here.
inline long preadv2(int fd, const void *iov, int iovcnt, long long offset, int flags) {
  return raw(nr::preadv2, fd, iov, iovcnt, offset, 0, flags);
}
inline long pwritev2(int fd, const void *iov, int iovcnt, long long offset, int flags) {
  return raw(nr::pwritev2, fd, iov, iovcnt, offset, 0, flags);
}
// The new offset, or -errno.
inline long long lseek(int fd, long long offset, unsigned whence) { return raw(nr::lseek, fd, offset, whence); }
inline long ftruncate(int fd, long long length) { return raw(nr::ftruncate, fd, length); }
inline long fallocate(int fd, int mode, long long offset, long long len) {
  return raw(nr::fallocate, fd, mode, offset, len);
}
inline long fadvise(int fd, long long offset, long long len, int advice) {
  return raw(nr::fadvise64, fd, offset, len, advice);
}
inline long readahead(int fd, long long offset, unsigned long count) { return raw(nr::readahead, fd, offset, count); }
inline long sendfile(int out_fd, int in_fd, long long *offset, unsigned long count) {
  return raw(nr::sendfile, out_fd, in_fd, offset, count);
}
// The offset in bytes (page-aligned).
inline long mmap(void *addr, unsigned long length, unsigned prot, unsigned flags, int fd, long long offset) {
  return raw(nr::mmap, addr, length, prot, flags, fd, offset);
}
// The kernel's own struct stat (arch/<arch>/stat_arch.hpp).
inline long fstat(int fd, Stat *st) { return raw(nr::fstat, fd, st); }
inline long fstatat(int dirfd, const char *path, Stat *st, unsigned flags) {
  return raw(nr::newfstatat, dirfd, path, st, flags);
}
// struct statfs is already 64-bit: the size is only the 32-bit calls' (statfs64).
inline long statfs(const char *path, unsigned long, void *buf) { return raw(nr::statfs, path, buf); }
inline long fstatfs(int fd, unsigned long, void *buf) { return raw(nr::fstatfs, fd, buf); }
inline long fcntl(int fd, int cmd, long arg) { return raw(nr::fcntl, fd, cmd, arg); }
// A record lock's command with its struct flock (which is flock64 here).
inline long fcntl_lock(int fd, int cmd, void *lock) { return raw(nr::fcntl, fd, cmd, lock); }

} // namespace solo::arch::calls

namespace solo::sys {
namespace tnr = solo::arch::calls::time_nr;
namespace idnr = solo::arch::calls::id_nr;
} // namespace solo::sys
