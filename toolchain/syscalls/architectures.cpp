// One entry per architecture of toolchain/arches, from its identity.inc and syscall_numbers.inc (the includes
// are generated from the list: toolchain/syscalls/CMakeLists.txt).
#include "architectures.hpp"

#include "../../arch/generic/audit_arch.hpp"

#include <solo/string_view.hpp>

namespace syscalls {

namespace {

#define SOLO_SYSCALL(name, number) {number, #name},
#include <architecture_names.inc>
#undef SOLO_SYSCALL

#define SOLO_ARCH_IDENTITY(name, machine, bits, big_endian, scmp)                                                      \
  {#name, machine, bits == 64, big_endian != 0, scmp, name##_names, sizeof name##_names / sizeof *name##_names},
constexpr Architecture architectures[] = {
#include <architecture_identities.inc>
};
#undef SOLO_ARCH_IDENTITY

} // namespace

uint32_t Architecture::audit_arch() const noexcept {
  return solo::arch::audit_arch_of(machine, is64 ? 64 : 32, big_endian);
}

const char *Architecture::name_of(long number) const noexcept {
  for (size_t i = 0; i < count; ++i)
    if (names[i].number == number) return names[i].name;
  return nullptr;
}

long Architecture::number_of(const char *name) const noexcept {
  for (size_t i = 0; i < count; ++i)
    if (solo::StringView(names[i].name) == solo::StringView(name)) return names[i].number;
  return -1;
}

const Architecture *find_architecture(uint16_t machine, bool is64, bool big_endian) noexcept {
  for (const Architecture &a : architectures)
    if (a.machine == machine && a.is64 == is64 && a.big_endian == big_endian) return &a;
  return nullptr;
}

} // namespace syscalls
