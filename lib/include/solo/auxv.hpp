// The auxiliary vector: what the kernel tells a new process about itself (page size, random bytes for the
// canary, where the vDSO is, ...). Parsed once at start-up; this is the read side.
#pragma once

#include <solo/result.hpp>

namespace solo::auxv {

// Entry types from the kernel's uapi <linux/auxvec.h> (and the per-architecture asm/auxvec.h for 33 and 51).
enum class Type : unsigned long {
  AT_NULL = 0,
  AT_IGNORE = 1,
  AT_EXECFD = 2,
  AT_PHDR = 3,
  AT_PHENT = 4,
  AT_PHNUM = 5,
  AT_PAGESZ = 6,
  AT_BASE = 7,
  AT_FLAGS = 8,
  AT_ENTRY = 9,
  AT_NOTELF = 10,
  AT_UID = 11,
  AT_EUID = 12,
  AT_GID = 13,
  AT_EGID = 14,
  AT_PLATFORM = 15,
  AT_HWCAP = 16,
  AT_CLKTCK = 17,
  AT_SECURE = 23,
  AT_BASE_PLATFORM = 24,
  AT_RANDOM = 25,
  AT_HWCAP2 = 26,
  AT_RSEQ_FEATURE_SIZE = 27,
  AT_RSEQ_ALIGN = 28,
  AT_EXECFN = 31,
  AT_SYSINFO_EHDR = 33,
  AT_MINSIGSTKSZ = 51,
};

struct Entry {
  unsigned long type;
  unsigned long value;
};

// The value of one entry, or Errno::ENOENT when the kernel did not provide it
// (qemu-user, for instance, gives no AT_SYSINFO_EHDR).
Result<unsigned long> get(Type type) noexcept;

// All entries, in the kernel's order, not counting the terminating AT_NULL.
struct Entries {
  const Entry *first;
  const Entry *last;
  const Entry *begin() const noexcept { return first; }
  const Entry *end() const noexcept { return last; }
};
Entries all() noexcept;

// "AT_PAGESZ" for Type::AT_PAGESZ; nullptr for a type solo does not know.
const char *name(unsigned long type) noexcept;

// Start-up (or a hosted test) hands over the vector once. `entries` ends with AT_NULL.
void set(const Entry *entries) noexcept;

} // namespace solo::auxv
