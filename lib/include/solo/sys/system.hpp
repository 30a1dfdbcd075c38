// Typed system-wide calls: uname, sethostname, getrandom, mount, umount2, pivot_root, reboot, syslog, sysinfo.
// (seccomp and io_uring have their own headers.) One system call each, kernel argument order.
#pragma once

#include <solo/flags.hpp>
#include <solo/string_view.hpp>
#include <solo/sys/raw.hpp>

namespace solo::sys {

// struct new_utsname: six NUL-terminated fields of 65 bytes.
struct Utsname {
  char sysname[65];
  char nodename[65];
  char release[65];
  char version[65];
  char machine[65];
  char domainname[65];
};

inline Result<Utsname> uname() noexcept {
  Utsname u;
  long r = raw(nr::uname, &u);
  if (is_error(r)) return static_cast<Errno>(-r);
  return u;
}

// Sets the UTS namespace's host name (at most 64 bytes; needs CAP_SYS_ADMIN in that namespace).
inline Result<void> sethostname(StringView name) noexcept {
  return result_void(raw(nr::sethostname, name.data(), name.size()));
}

enum class GetrandomFlags : unsigned {
  None = 0,
  NonBlock = 1, // EAGAIN instead of waiting for the pool to be initialised
  Random = 2,   // the old blocking pool (now the same as the default once initialised)
  Insecure = 4, // never wait, even before initialisation
};
SOLO_FLAG_OPERATORS(GetrandomFlags)

// Up to `count` random bytes; requests of at most 256 bytes are never short once the pool is ready.
inline Result<size_t> getrandom(void *buf, size_t count, GetrandomFlags flags = GetrandomFlags::None) noexcept {
  return result<size_t>(raw(nr::getrandom, buf, count, static_cast<unsigned>(flags)));
}

// mount flags (uapi <linux/mount.h>).
enum class MountFlags : unsigned long {
  None = 0,
  ReadOnly = 1,
  NoSuid = 2,
  NoDev = 4,
  NoExec = 8,
  Synchronous = 16,
  Remount = 32,
  MandLock = 64,
  DirSync = 128,
  NoSymFollow = 256,
  NoAtime = 1024,
  NoDirAtime = 2048,
  Bind = 4096,
  Move = 8192,
  Rec = 16384,
  Silent = 32768,
  PosixAcl = 1UL << 16,
  Unbindable = 1UL << 17,
  Private = 1UL << 18,
  Slave = 1UL << 19,
  Shared = 1UL << 20,
  RelAtime = 1UL << 21,
  KernMount = 1UL << 22,
  IVersion = 1UL << 23,
  StrictAtime = 1UL << 24,
  LazyTime = 1UL << 25,
};
SOLO_FLAG_OPERATORS(MountFlags)

// `source`, `fstype` and `data` may be null where the operation ignores them (remount, bind, propagation).
inline Result<void> mount(const char *source, const char *target, const char *fstype, MountFlags flags,
                          const void *data = nullptr) noexcept {
  return result_void(raw(nr::mount, source, target, fstype, static_cast<unsigned long>(flags), data));
}

// umount2 flags (the kernel's include/linux/fs.h; checked against the C library's in tests/abi).
enum class UmountFlags : int {
  None = 0,
  Force = 1,
  Detach = 2, // lazy: detach now, clean up when no longer busy
  Expire = 4,
  NoFollow = 8,
};
SOLO_FLAG_OPERATORS(UmountFlags)

inline Result<void> umount2(const char *target, UmountFlags flags = UmountFlags::None) noexcept {
  return result_void(raw(nr::umount2, target, static_cast<int>(flags)));
}

// Makes `new_root` the root mount of the caller's mount namespace and moves the old root to `put_old`.
inline Result<void> pivot_root(const char *new_root, const char *put_old) noexcept {
  return result_void(raw(nr::pivot_root, new_root, put_old));
}

// reboot's two "magic" arguments guard against a stray call (uapi <linux/reboot.h>).
enum class RebootMagic1 : unsigned {
  Magic1 = 0xfee1dead,
};
enum class RebootMagic2 : unsigned {
  Magic2 = 672274793,  // 0x28121969
  Magic2A = 85072278,  // 0x05121996
  Magic2B = 369367448, // 0x16041998
  Magic2C = 537993216, // 0x20112000
};
enum class RebootCommand : unsigned {
  Restart = 0x01234567,
  Halt = 0xCDEF0123,
  CadOn = 0x89ABCDEF,  // Ctrl-Alt-Del reboots at once
  CadOff = 0x00000000, // Ctrl-Alt-Del sends SIGINT to init
  PowerOff = 0x4321FEDC,
  Restart2 = 0xA1B2C3D4, // with a command string in `arg`
  SwSuspend = 0xD000FCE2,
  Kexec = 0x45584543,
};

// Needs CAP_SYS_BOOT (checked first: EPERM), then the magic numbers (EINVAL). In a PID namespace other than the
// first, Restart/PowerOff/Halt end that namespace's init instead.
inline Result<void> reboot(RebootMagic1 magic1, RebootMagic2 magic2, RebootCommand cmd,
                           const char *arg = nullptr) noexcept {
  return result_void(
      raw(nr::reboot, static_cast<unsigned>(magic1), static_cast<unsigned>(magic2), static_cast<unsigned>(cmd), arg));
}

// syslog's actions on the kernel log buffer (the kernel's include/linux/syslog.h).
enum class SyslogAction : int {
  Close = 0,
  Open = 1,
  Read = 2,      // wait for and take new messages
  ReadAll = 3,   // the whole buffer, not consumed
  ReadClear = 4, // the whole buffer, then clear it
  Clear = 5,
  ConsoleOff = 6,
  ConsoleOn = 7,
  ConsoleLevel = 8, // `len` is the level
  SizeUnread = 9,
  SizeBuffer = 10,
};

// Returns bytes read for the read actions, a size for the size actions, 0 otherwise.
inline Result<int> syslog(SyslogAction type, char *buf = nullptr, int len = 0) noexcept {
  return result<int>(raw(nr::syslog, static_cast<int>(type), buf, len));
}

// struct sysinfo (uapi <linux/sysinfo.h>). Memory sizes are in units of mem_unit bytes; loads are fixed-point
// with 16 fractional bits.
struct Sysinfo {
  long uptime;            // seconds since boot
  unsigned long loads[3]; // 1, 5 and 15 minute load averages
  unsigned long totalram;
  unsigned long freeram;
  unsigned long sharedram;
  unsigned long bufferram;
  unsigned long totalswap;
  unsigned long freeswap;
  unsigned short procs; // number of threads
  unsigned short pad;
  unsigned long totalhigh;
  unsigned long freehigh;
  unsigned int mem_unit;
  // The kernel's trailing padding, 20 - 2 * sizeof(long) - 4 bytes: 8 on a 32-bit architecture, none on a
  // 64-bit one (where this one byte sits in the struct's alignment padding and changes nothing).
  char tail_[20 - 2 * sizeof(unsigned long) - sizeof(unsigned int) + (sizeof(long) == 8 ? 1 : 0)];
};

inline Result<Sysinfo> sysinfo() noexcept {
  Sysinfo info;
  long r = raw(nr::sysinfo, &info);
  if (is_error(r)) return static_cast<Errno>(-r);
  return info;
}

} // namespace solo::sys
