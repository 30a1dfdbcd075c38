// The manifest as the linker kept it: the entries between __start_solo_syscalls and __stop_solo_syscalls
// (arch/generic/syscall_manifest.hpp). Hidden, not weak: PC-relative, so readable before and after the
// start-up's relocation, and no GOT entry in a static PIE.
#include <solo/sandbox.hpp>

extern "C" [[gnu::visibility("hidden")]] const solo::arch::ManifestEntry __start_solo_syscalls[];
extern "C" [[gnu::visibility("hidden")]] const solo::arch::ManifestEntry __stop_solo_syscalls[];

// The one function that reads the table. Its name is what toolchain/no-syscall-manifest.ld looks for: a
// binary linked without the manifest that still reaches this function fails to link, with a message that
// says how to link it.
extern "C" [[gnu::visibility("hidden"), gnu::noinline]] const solo::arch::ManifestEntry *
__solo_syscall_manifest(const solo::arch::ManifestEntry **end) noexcept {
  *end = __stop_solo_syscalls;
  return __start_solo_syscalls;
}

namespace solo::sandbox {

Manifest manifest() noexcept {
  Manifest m;
  m.begin_ = __solo_syscall_manifest(&m.end_);
  return m;
}

Site Manifest::operator[](size_t i) const noexcept {
  const arch::ManifestEntry &e = begin_[i];
  Site s;
  s.address = reinterpret_cast<unsigned long>(&e.site) + static_cast<unsigned long>(static_cast<long>(e.site));
  s.lockdown = e.number != arch::unknown_number && (e.number & arch::lockdown_flag) != 0;
  s.number = e.number == arch::unknown_number ? -1 : static_cast<long>(e.number & ~arch::lockdown_flag);
  return s;
}

bool Manifest::complete() const noexcept {
  for (const arch::ManifestEntry *e = begin_; e < end_; ++e)
    if (e->number == arch::unknown_number) return false;
  return true;
}

} // namespace solo::sandbox
