// Least privilege in one line: the binary's own system-call manifest as a seccomp allow-list.
//
//   solo::sandbox::lock_or_die();                                   // the manifest; anything else kills
//   solo::sandbox::lock(sandbox::Mode::Trap);                       // ... or names the call, then dies
//   solo::sandbox::lock(sandbox::except{nr::bind, nr::listen});     // a server after start-up
//   solo::sandbox::lock(sandbox::only{nr::read, nr::write, nr::exit_group});
//   solo::sandbox::lock(sandbox::also{nr::execve});                 // beyond the manifest: said out loud
//
// The manifest (arch/generic/syscall_manifest.hpp) lists every system call the linked code can make; a binary
// has it when linked with `solo-c++ --syscall-manifest` (CMake: `solo_add_executable(NAME SYSCALL_MANIFEST ...)`).
// Allowed besides, always: what the kernel makes the program do (restart_syscall after a stop, rt_sigreturn
// after a handler, exit and exit_group). Left out unless also{} names them: the lockdown's own prctl and
// seccomp calls. only{} and except{} narrow the manifest (a number the binary cannot make anyway is ignored);
// only also{} widens it.
//
// The filter is inherited by children and across execve, applies to every thread (TSYNC: lock before
// starting threads, or all of them get it), and sets no_new_privs (setuid programs run by this one gain
// nothing). It can only be tightened: a later lock() adds a filter, which needs also{nr::seccomp} in the
// earlier one.
#pragma once

#include <solo/result.hpp>
#include <solo/sys/raw.hpp>

namespace solo::sandbox {

// What a system call outside the allowed set does.
enum class Mode {
  Kill,  // the process dies by SIGSYS (SECCOMP_RET_KILL_PROCESS; the thread before Linux 4.14)
  Trap,  // "solo: sandbox: blocked mount(165) at 0x..." on stderr, then death by SIGSYS: for finding out
  Log,   // allowed, and logged by the kernel's audit (SECCOMP_RET_LOG, Linux 4.14): for trying a profile
  Errno, // fails with ENOSYS, as an unknown call would: for programs that fall back
};

// Lists of numbers for lock(): `only{nr::read, nr::write}`. Each holds its numbers; lock() reads them.
namespace detail {
template <size_t K> struct Numbers {
  long numbers[K ? K : 1];
  template <class... N> constexpr Numbers(N... n) noexcept : numbers{static_cast<long>(n)...} {}
  static constexpr size_t size = K;
};
} // namespace detail
template <size_t K> struct only : detail::Numbers<K> {
  using detail::Numbers<K>::Numbers;
};
template <size_t K> struct except : detail::Numbers<K> {
  using detail::Numbers<K>::Numbers;
};
template <size_t K> struct also : detail::Numbers<K> {
  using detail::Numbers<K>::Numbers;
};
template <class... N> only(N...) -> only<sizeof...(N)>;
template <class... N> except(N...) -> except<sizeof...(N)>;
template <class... N> also(N...) -> also<sizeof...(N)>;

// A list of numbers by pointer and count.
struct List {
  const long *numbers = nullptr;
  size_t count = 0;
};

// The whole request, for callers that build their lists at run time.
struct Policy {
  Mode mode = Mode::Kill;
  bool has_only = false; // only: in effect even when empty (then the manifest counts for nothing)
  List only;
  List except;
  List also;
};

// Installs the filter (built on the stack: about 24 KiB of it, once). Errors:
//   ENOSYS     the kernel has no seccomp() (qemu-user, a kernel built without it)
//   EACCES, EPERM  the kernel refused (a container's own filter forbids prctl or seccomp)
//   EOPNOTSUPP the mode's action is unknown to this kernel (Log before Linux 4.14)
//   ENODATA    the binary has no manifest, or one with a call whose number only run time knows (then
//              only{} must say what is allowed)
//   EINVAL     a number outside 0 .. 0x3fffffff in a list
//   ESRCH      another thread could not be synchronised (it has a filter of its own)
//   E2BIG      more distinct numbers than a filter is built for (allowed_capacity)
Result<void> lock(const Policy &policy) noexcept;

// Fails closed: whatever lock(policy) cannot do ends the process with a message and status 159 (128 +
// SIGSYS), as a blocked call would.
void lock_or_die(const Policy &policy) noexcept;

namespace detail {
inline void add(Policy &p, Mode m) noexcept { p.mode = m; }
template <size_t K> void add(Policy &p, const only<K> &l) noexcept {
  p.has_only = true;
  p.only = {l.numbers, K};
}
template <size_t K> void add(Policy &p, const except<K> &l) noexcept { p.except = {l.numbers, K}; }
template <size_t K> void add(Policy &p, const also<K> &l) noexcept { p.also = {l.numbers, K}; }
} // namespace detail

// lock(), lock(Mode::Trap), lock(except{...}, also{...}, Mode::Log) ...: each kind of argument at most once.
template <class... Args> Result<void> lock(const Args &...args) noexcept {
  Policy p;
  (detail::add(p, args), ...);
  return lock(p);
}
template <class... Args> void lock_or_die(const Args &...args) noexcept {
  Policy p;
  (detail::add(p, args), ...);
  lock_or_die(p);
}

// The manifest of this binary, as the linker kept it.
struct Site {
  unsigned long address; // where in the code (near the instruction; the function it is in is exact)
  long number;           // -1 when only run time knows
  bool lockdown;         // made by lock() itself, before its filter exists
};
class Manifest {
public:
  size_t size() const noexcept { return static_cast<size_t>(end_ - begin_); }
  Site operator[](size_t i) const noexcept;
  // False when some site's number is only known at run time.
  bool complete() const noexcept;

private:
  friend Manifest manifest() noexcept;
  const arch::ManifestEntry *begin_ = nullptr, *end_ = nullptr;
};
Manifest manifest() noexcept;

// The set lock(policy) would allow, sorted, into `out` (up to `capacity`); returns how many, or the error lock()
// would report for the policy.
inline constexpr size_t allowed_capacity = 512; // more than any architecture has numbers
Result<size_t> allowed(const Policy &policy, long *out, size_t capacity) noexcept;

// This architecture's name for a number (the kernel's __NR_ name), or nullptr. Linking it in (about 4 KiB)
// also makes Mode::Trap's message name the call.
const char *syscall_name(long number) noexcept;

} // namespace solo::sandbox
