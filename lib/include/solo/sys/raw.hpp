// The bridge from typed calls to the per-architecture stubs in arch/<arch>/syscall_arch.hpp:
// arguments become longs, and a return value in [-4095, -1] becomes an Errno.
#pragma once

#include <solo/result.hpp>
#include <syscall_arch.hpp>
#include <syscall_numbers.hpp>

namespace solo::sys {

namespace nr = solo::arch::nr;

namespace detail {
template <class Type> inline long to_long(Type v) noexcept {
  if constexpr (__is_pointer(Type))
    return reinterpret_cast<long>(v);
  else if constexpr (__is_same(Type, decltype(nullptr)))
    return 0;
  else if constexpr (requires { v.get(); }) // FdRef: a descriptor travels as its number
    return static_cast<long>(v.get());
  else if constexpr (requires { v.c_str(); }) // CStr: a path travels as its pointer
    return reinterpret_cast<long>(v.c_str());
  else
    return static_cast<long>(v);
}

// Arguments as longs, to the stub for their count. `number` is an nr:: constant or a plain long; an nr::
// constant reaches arch/generic/syscall_manifest.hpp's stubs, which record the site in the manifest.
template <class Number, class... Args> inline long call(Number number, Args... args) noexcept {
  static_assert(sizeof...(Args) <= 6, "Linux system calls take at most six arguments");
  long a[sizeof...(Args) + 1] = {to_long(args)...};
  if constexpr (sizeof...(Args) == 0)
    return arch::syscall0(number);
  else if constexpr (sizeof...(Args) == 1)
    return arch::syscall1(number, a[0]);
  else if constexpr (sizeof...(Args) == 2)
    return arch::syscall2(number, a[0], a[1]);
  else if constexpr (sizeof...(Args) == 3)
    return arch::syscall3(number, a[0], a[1], a[2]);
  else if constexpr (sizeof...(Args) == 4)
    return arch::syscall4(number, a[0], a[1], a[2], a[3]);
  else if constexpr (sizeof...(Args) == 5)
    return arch::syscall5(number, a[0], a[1], a[2], a[3], a[4]);
  else
    return arch::syscall6(number, a[0], a[1], a[2], a[3], a[4], a[5]);
}
} // namespace detail

// One raw system call: no policy, no errno. `raw(nr::getpid)`, `raw(nr::write, fd, buf, n)`. The call is in
// the binary's system-call manifest (solo/sandbox.hpp).
template <long Number, class... Args> inline long raw(arch::SyscallNumber<Number> number, Args... args) noexcept {
  return detail::call(number, args...);
}

// A number only known at run time. The manifest cannot say which call this is: it records the site as unknown,
// and a manifest with an unknown site cannot be turned into a filter by itself (sandbox::lock says so).
template <class... Args> inline long raw(long number, Args... args) noexcept {
  arch::record_unknown_syscall();
  return detail::call(number, args...);
}

// The kernel returns -errno for failures, and errno values never exceed 4095.
constexpr bool is_error(long ret) noexcept {
  return static_cast<unsigned long>(ret) > static_cast<unsigned long>(-4096L);
}

template <class Type = long> inline Result<Type> result(long ret) noexcept {
  if (is_error(ret)) return static_cast<Errno>(-ret);
  return static_cast<Type>(ret);
}

inline Result<void> result_void(long ret) noexcept {
  if (is_error(ret)) return static_cast<Errno>(-ret);
  return {};
}

} // namespace solo::sys

// The calls whose form depends on the word's width (arch/<arch>/calls_arch.hpp): tnr:: names the numbers of the
// calls that take solo's 64-bit Timespec, the *_time64 ones on a 32-bit architecture.
// idnr:: those of the calls with 32-bit user and group ids (the *32 ones on i386 and ARM).
#include <calls_arch.hpp>
