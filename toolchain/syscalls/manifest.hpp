// A binary's system-call manifest as solo-syscalls reads it from the file (the runtime's own view is
// solo::sandbox::manifest()): per number, how many sites make it, and the sets the profiles allow.
#pragma once

#include "architectures.hpp"
#include "elf_image.hpp"

namespace syscalls {

struct Call {
  long number;
  const char *name;
  unsigned sites;          // sites of the program itself
  unsigned lockdown_sites; // sites of solo::sandbox::lock's own calls (prctl, seccomp)
  bool implicit;           // made by the kernel on the program's behalf (SOLO_SANDBOX_IMPLICIT_CALLS)
};

struct SiteRecord {
  uint64_t address;
  long number; // -1: only known at run time
  bool lockdown;
};

class FileManifest {
public:
  static constexpr size_t max_calls = 1024;

  // ENOENT: no manifest (linked without --syscall-manifest); EINVAL: a malformed one; ERANGE: a number that
  // is not in solo's table for the architecture.
  static Result<FileManifest *> read(const ElfImage &image, const Architecture &arch) noexcept;

  const Architecture &arch() const noexcept { return *arch_; }
  // Sorted by number: every number with a site, and the implicit ones.
  const Call *calls() const noexcept { return calls_; }
  size_t call_count() const noexcept { return call_count_; }
  const SiteRecord *sites() const noexcept { return sites_; }
  size_t site_count() const noexcept { return site_count_; }
  size_t unknown_sites() const noexcept { return unknown_; }

  // What solo::sandbox::lock() allows by default: the program's own calls and the implicit ones.
  bool locked_allows(const Call &c) const noexcept { return c.sites > 0 || c.implicit; }
  size_t locked_count() const noexcept;
  // What a profile for an outer sandbox (a container runtime, systemd, bwrap) must allow: also the lockdown's
  // own calls, and execve, with which the runtime starts the program under the filter.
  bool profile_allows(const Call &c) const noexcept {
    return locked_allows(c) || c.lockdown_sites > 0 || c.number == execve_;
  }

private:
  Call *find_or_add(long number) noexcept;

  const Architecture *arch_ = nullptr;
  Call calls_[max_calls];
  size_t call_count_ = 0;
  SiteRecord *sites_ = nullptr; // as many as the section has entries
  size_t site_count_ = 0;
  size_t unknown_ = 0;
  long execve_ = -1;
};

} // namespace syscalls
