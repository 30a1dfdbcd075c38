// The system-call manifest: every call site records its number at link time, so a binary knows exactly which
// system calls it can make (solo::sandbox turns that into a seccomp filter; toolchain/solo-syscalls prints it).
//
// A number is a type, SyscallNumber<N> (the constants in nr:: are of these types), so the site knows it at
// compile time at every optimisation level. Each recorded site adds one 8-byte entry to the allocated section
// `solo_syscalls`:
//
//   int32  site    the site's address minus the entry's own (PC-relative: no dynamic relocation in a PIE)
//   uint32 number  the system call's number; with lockdown_flag for the calls the lockdown itself makes
//                  (solo::sandbox leaves them out of its own filter); unknown_number for a number only
//                  known at run time
//
// The entry's section is SHF_LINK_ORDER, linked to a label in the code around the site, and joins that code's
// COMDAT group ("?"), so --gc-sections keeps the entry exactly when it keeps the code: a binary lists the calls
// it can still make, not the ones it was compiled with. (An SHT_NOTE section would be a GC root in lld, and a
// plain named section would be kept or dropped as a whole.) The section lives only while a live function
// holds an entry, and the start-up's exit_group is always one, so __start_/__stop_ are always defined.
//
// Works unchanged on every architecture: the directives and the `%c` operand modifier are the same on all of
// solo's targets (`%progbits`, not `@progbits`: '@' starts a comment on 32-bit ARM).
#pragma once

#include <syscall_arch.hpp>

namespace solo::arch {

template <long N> struct SyscallNumber {
  static constexpr long value = N;
  constexpr operator long() const noexcept { return N; }
  // The number again, as the object's only contents: an asm operand ("a"(nr::clone)) takes the object's bytes
  // rather than converting it, and must find the number there.
  long number = N;
};

struct ManifestEntry {
  int site;
  unsigned number;
};
inline constexpr unsigned unknown_number = 0xffffffffU;
inline constexpr unsigned lockdown_flag = 0x80000000U;

#define SOLO_MANIFEST_ENTRY(number_operand)                                                                            \
  ".Lsolo_syscall%=:\n\t"                                                                                              \
  ".pushsection solo_syscalls,\"ao?\",%%progbits,.Lsolo_syscall%=\n\t"                                                 \
  ".balign 4\n\t"                                                                                                      \
  ".long .Lsolo_syscall%= - .\n\t"                                                                                     \
  ".long " number_operand "\n\t"                                                                                       \
  ".popsection"

// One manifest entry for the code this is inlined into. No instruction: the entry is in its own section.
template <long N, unsigned Flags = 0> [[gnu::always_inline]] inline void record_syscall() noexcept {
  static_assert(N >= 0 && N < 0x7fffffff, "a system call number");
  static_assert(Flags == 0 || Flags == lockdown_flag, "the only flag");
  __asm__ volatile(SOLO_MANIFEST_ENTRY("%c0") : : "i"(static_cast<unsigned>(N) | Flags));
}

// A site whose number is only known at run time: the manifest is then incomplete, and says so.
[[gnu::always_inline]] inline void record_unknown_syscall() noexcept {
  __asm__ volatile(SOLO_MANIFEST_ENTRY("%c0") : : "i"(unknown_number));
}

// The stubs of arch/<arch>/syscall_arch.hpp called with a constant from nr:: record the site first. A number
// held in a plain long goes straight to the stub: solo::sys::raw records such calls as unknown.
template <long N> [[gnu::always_inline]] inline long syscall0(SyscallNumber<N>) noexcept {
  record_syscall<N>();
  return syscall0(N);
}
template <long N> [[gnu::always_inline]] inline long syscall1(SyscallNumber<N>, long a) noexcept {
  record_syscall<N>();
  return syscall1(N, a);
}
template <long N> [[gnu::always_inline]] inline long syscall2(SyscallNumber<N>, long a, long b) noexcept {
  record_syscall<N>();
  return syscall2(N, a, b);
}
template <long N> [[gnu::always_inline]] inline long syscall3(SyscallNumber<N>, long a, long b, long c) noexcept {
  record_syscall<N>();
  return syscall3(N, a, b, c);
}
template <long N>
[[gnu::always_inline]] inline long syscall4(SyscallNumber<N>, long a, long b, long c, long d) noexcept {
  record_syscall<N>();
  return syscall4(N, a, b, c, d);
}
template <long N>
[[gnu::always_inline]] inline long syscall5(SyscallNumber<N>, long a, long b, long c, long d, long e) noexcept {
  record_syscall<N>();
  return syscall5(N, a, b, c, d, e);
}
template <long N>
[[gnu::always_inline]] inline long syscall6(SyscallNumber<N>, long a, long b, long c, long d, long e, long f) noexcept {
  record_syscall<N>();
  return syscall6(N, a, b, c, d, e, f);
}

} // namespace solo::arch
