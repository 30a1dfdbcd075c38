// The architectures solo-syscalls knows, told apart by the ELF header (arch/<arch>/identity.inc), each with
// solo's own table of system-call names (arch/<arch>/syscall_numbers.inc) and libseccomp's name for it (what
// OCI profiles use).
#pragma once

#include <solo/types.hpp>

namespace syscalls {

struct SyscallName {
  long number;
  const char *name;
};

struct Architecture {
  const char *name; // solo's: the folder under arch/
  uint16_t machine; // ELF e_machine
  bool is64;        // ELFCLASS64
  bool big_endian;  // ELFDATA2MSB
  const char *scmp; // libseccomp's / the OCI runtime-spec's architecture name
  const SyscallName *names;
  size_t count;

  // AUDIT_ARCH_*, what seccomp_data.arch holds: it follows from the ELF header (arch/generic/audit_arch.hpp).
  uint32_t audit_arch() const noexcept;
  const char *name_of(long number) const noexcept;
  long number_of(const char *name) const noexcept; // -1 when unknown
};

// nullptr for a machine solo does not support.
const Architecture *find_architecture(uint16_t machine, bool is64, bool big_endian) noexcept;

} // namespace syscalls
