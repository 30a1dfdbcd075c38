// The system calls whose form depends on the width of a word, as the 32-bit Linux architectures make them
// (arch/<arch>/calls_arch.hpp includes this after saying how its ABI passes 64-bit arguments). Each returns
// what the kernel returned (-errno on failure).
//   - Time: only the *_time64 calls (Linux 5.1+) take struct __kernel_timespec, solo's Timespec with 64-bit
//     seconds; the plain names take 32-bit seconds and end in 2038. solo uses the time64 ones everywhere.
//   - 64-bit offsets and sizes travel as two words, the low one first on a little-endian machine. Where the
//     ABI wants such a pair in an even-numbered register (arm EABI: r0/r1, r2/r3, r4/r5), the kernel's entry
//     points skip a register before it: arch::pair_in_even_register says whether that padding is needed.
//   - lseek is _llseek (the result through a pointer), ftruncate ftruncate64, sendfile sendfile64, fcntl
//     fcntl64, and mmap mmap2 (the offset in 4096-byte units whatever the page size).
#pragma once

#include <solo/sys/raw.hpp>
#include <solo/sys/statx.hpp>
#include <stat_arch.hpp>

namespace solo::arch::calls {

using sys::raw;

namespace time_nr {
inline constexpr auto clock_gettime = nr::clock_gettime64;
inline constexpr auto clock_getres = nr::clock_getres_time64;
inline constexpr auto clock_nanosleep = nr::clock_nanosleep_time64;
inline constexpr auto ppoll = nr::ppoll_time64;
inline constexpr auto pselect6 = nr::pselect6_time64;
inline constexpr auto futex = nr::futex_time64;
inline constexpr auto rt_sigtimedwait = nr::rt_sigtimedwait_time64;
inline constexpr auto timer_settime = nr::timer_settime64;
inline constexpr auto timer_gettime = nr::timer_gettime64;
inline constexpr auto timerfd_settime = nr::timerfd_settime64;
inline constexpr auto timerfd_gettime = nr::timerfd_gettime64;
inline constexpr auto utimensat = nr::utimensat_time64;
} // namespace time_nr

// The calls that take or give user and group ids. i386 and ARM kept their first calls' 16-bit ids under the
// plain names (getuid gives 65534 as 65534 but 100000 as 34464); the 32-bit-id calls are the *32 ones.
namespace id_nr {
inline constexpr auto getuid = nr::getuid32;
inline constexpr auto geteuid = nr::geteuid32;
inline constexpr auto getgid = nr::getgid32;
inline constexpr auto getegid = nr::getegid32;
inline constexpr auto setuid = nr::setuid32;
inline constexpr auto setgid = nr::setgid32;
inline constexpr auto setresuid = nr::setresuid32;
inline constexpr auto setresgid = nr::setresgid32;
inline constexpr auto getgroups = nr::getgroups32;
inline constexpr auto setgroups = nr::setgroups32;
inline constexpr auto fchown = nr::fchown32;
} // namespace id_nr

namespace detail {
inline long low(long long v) { return static_cast<long>(static_cast<unsigned long long>(v) & 0xffffffffu); }
inline long high(long long v) { return static_cast<long>(static_cast<unsigned long long>(v) >> 32); }
} // namespace detail

// A 32-bit-time timespec, for the one fallback below.
struct Timespec32 {
  long tv_sec;
  long tv_nsec;
};
// A deadline as the old futex reads it: seconds past 2038 (far beyond any monotonic clock) become the last ones.
inline Timespec32 to_time32(const void *deadline) {
  auto *t = static_cast<const long long *>(deadline);
  long long sec = t[0] > 0x7fffffffLL ? 0x7fffffffLL : t[0];
  return {static_cast<long>(sec), static_cast<long>(t[1])};
}
// QEMU 7.2's user mode has no futex_time64 on 32-bit guests (ENOSYS, where Linux 5.1+ has it): futex with a 32-bit
// timespec then serves, with the same meaning for the monotonic deadlines solo waits for.
inline constexpr bool has_time32_futex = true;
inline long futex(const unsigned *word, int op, unsigned val, const void *deadline, const unsigned *word2,
                  unsigned val3) {
  long r = raw(time_nr::futex, word, op, val, deadline, word2, val3);
  if (r != -38 /* ENOSYS */) return r;
  Timespec32 old{};
  if (deadline) old = to_time32(deadline);
  return raw(nr::futex, word, op, val, deadline ? &old : nullptr, word2, val3);
}

// nanosleep has no time64 form: clock_nanosleep on CLOCK_MONOTONIC (1) is what Linux's nanosleep measures.
inline long nanosleep(const void *request, void *remain) {
  return raw(time_nr::clock_nanosleep, 1, 0, request, remain);
}

// pread64(fd, buf, count, [pad,] low, high): the pair is the fourth and fifth word, or fifth and sixth.
inline long pread(int fd, void *buf, unsigned long count, long long offset) {
  using namespace detail;
  if constexpr (pair_in_even_register)
    return raw(nr::pread64, fd, buf, count, 0, low(offset), high(offset));
  else
    return raw(nr::pread64, fd, buf, count, low(offset), high(offset));
}
inline long pwrite(int fd, const void *buf, unsigned long count, long long offset) {
  using namespace detail;
  if constexpr (pair_in_even_register)
    return raw(nr::pwrite64, fd, buf, count, 0, low(offset), high(offset));
  else
    return raw(nr::pwrite64, fd, buf, count, low(offset), high(offset));
}
// preadv2 and pwritev2 take (low, high) as two separate arguments on every architecture: never padded.
inline long preadv2(int fd, const void *iov, int iovcnt, long long offset, int flags) {
  return raw(nr::preadv2, fd, iov, iovcnt, detail::low(offset), detail::high(offset), flags);
}
inline long pwritev2(int fd, const void *iov, int iovcnt, long long offset, int flags) {
  return raw(nr::pwritev2, fd, iov, iovcnt, detail::low(offset), detail::high(offset), flags);
}
// _llseek(fd, high, low, &result, whence): the new offset, or -errno.
inline long long lseek(int fd, long long offset, unsigned whence) {
  long long result = 0;
  long r = raw(nr::_llseek, fd, detail::high(offset), detail::low(offset), &result, whence);
  return r < 0 ? r : result;
}
// ftruncate64(fd, [pad,] low, high).
inline long ftruncate(int fd, long long length) {
  using namespace detail;
  if constexpr (pair_in_even_register)
    return raw(nr::ftruncate64, fd, 0, low(length), high(length));
  else
    return raw(nr::ftruncate64, fd, low(length), high(length));
}
// fallocate(fd, mode, offset low, high, len low, high): the pairs start at the third word, even either way.
inline long fallocate(int fd, int mode, long long offset, long long len) {
  using namespace detail;
  return raw(nr::fallocate, fd, mode, low(offset), high(offset), low(len), high(len));
}
// readahead(fd, [pad,] low, high, count).
inline long readahead(int fd, long long offset, unsigned long count) {
  using namespace detail;
  if constexpr (pair_in_even_register)
    return raw(nr::readahead, fd, 0, low(offset), high(offset), count);
  else
    return raw(nr::readahead, fd, low(offset), high(offset), count);
}
inline long sendfile(int out_fd, int in_fd, long long *offset, unsigned long count) {
  return raw(nr::sendfile64, out_fd, in_fd, offset, count);
}
// mmap2 counts the offset in 4096-byte units on every 32-bit architecture but ia64: an offset that is not a
// multiple of 4096 could not be mapped anyway (EINVAL, as mmap says).
inline long mmap(void *addr, unsigned long length, unsigned prot, unsigned flags, int fd, long long offset) {
  if (offset & 4095) return -22; // EINVAL
  return raw(nr::mmap2, addr, length, prot, flags, fd,
             static_cast<long>(static_cast<unsigned long long>(offset) >> 12));
}
// fcntl64: the same commands, with struct flock64 for the record locks.
// A device number as the 64-bit kernels' struct stat encodes it (new_encode_dev): minor's low 8 bits, major's 12
// at 8, minor's other bits from 20 on; major's bits past 12 go above bit 32.
constexpr unsigned long long encode_dev(unsigned major, unsigned minor) {
  return (minor & 0xffu) | ((major & 0xfffu) << 8) | (static_cast<unsigned long long>(minor & ~0xffu) << 12) |
         (static_cast<unsigned long long>(major & ~0xfffu) << 32);
}

// fstatat through statx (the kernel's stat64 has 32-bit seconds), filling solo's own Stat
// (arch/generic/stat_ilp32.hpp).
inline long fstatat(int dirfd, const char *path, Stat *st, unsigned flags) {
  sys::Statx x{};
  long r = raw(nr::statx, dirfd, path, flags, static_cast<unsigned>(sys::StatxMask::BasicStats), &x);
  if (r < 0) return r;
  *st = Stat{};
  st->st_dev = encode_dev(x.stx_dev_major, x.stx_dev_minor);
  st->st_ino = x.stx_ino;
  st->st_mode = x.stx_mode;
  st->st_nlink = x.stx_nlink;
  st->st_uid = x.stx_uid;
  st->st_gid = x.stx_gid;
  st->st_rdev = encode_dev(x.stx_rdev_major, x.stx_rdev_minor);
  st->st_size = static_cast<long long>(x.stx_size);
  st->st_blksize = static_cast<long>(x.stx_blksize);
  st->st_blocks = static_cast<long long>(x.stx_blocks);
  st->st_atim = {x.stx_atime.tv_sec, x.stx_atime.tv_nsec};
  st->st_mtim = {x.stx_mtime.tv_sec, x.stx_mtime.tv_nsec};
  st->st_ctim = {x.stx_ctime.tv_sec, x.stx_ctime.tv_nsec};
  return 0;
}
inline long fstat(int fd, Stat *st) { return fstatat(fd, "", st, 0x1000 /* AT_EMPTY_PATH */); }

// statfs64 and fstatfs64 take the size of the struct they fill (sys::statfs_size): the 32-bit statfs has 32-bit
// counts, which a file system over 16 TiB of 4 KiB blocks overflows (EOVERFLOW).
inline long statfs(const char *path, unsigned long size, void *buf) { return raw(nr::statfs64, path, size, buf); }
inline long fstatfs(int fd, unsigned long size, void *buf) { return raw(nr::fstatfs64, fd, size, buf); }

inline long fcntl(int fd, int cmd, long arg) { return raw(nr::fcntl64, fd, cmd, arg); }
// A record lock's command with struct flock64: F_GETLK, F_SETLK and F_SETLKW (5-7) take the 32-bit struct flock,
// F_GETLK64, F_SETLK64 and F_SETLKW64 (12-14) the 64-bit one; the OFD commands take flock64 always.
inline long fcntl_lock(int fd, int cmd, void *lock) {
  if (cmd >= 5 && cmd <= 7) cmd += 7;
  return raw(nr::fcntl64, fd, cmd, lock);
}

} // namespace solo::arch::calls

namespace solo::sys {
namespace tnr = solo::arch::calls::time_nr;
namespace idnr = solo::arch::calls::id_nr;
} // namespace solo::sys
