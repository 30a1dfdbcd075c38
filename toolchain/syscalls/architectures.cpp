// One entry per architecture under arch/: its ELF identity and its names. A new architecture adds its line.
#include "architectures.hpp"

#include <solo/string_view.hpp>

namespace syscalls {

namespace {

#define SOLO_SYSCALL(name, number) {number, #name},
constexpr SyscallName x86_64[] = {
#include "../../arch/x86_64/syscall_numbers.inc"
};
constexpr SyscallName aarch64[] = {
#include "../../arch/aarch64/syscall_numbers.inc"
};
constexpr SyscallName riscv64[] = {
#include "../../arch/riscv64/syscall_numbers.inc"
};
#undef SOLO_SYSCALL

template <size_t N> constexpr Architecture entry(const char *name, uint16_t machine, bool is64, bool big_endian,
                                                 const char *scmp, const SyscallName (&names)[N]) {
  return {name, machine, is64, big_endian, scmp, names, N};
}

// e_machine values from the gABI: EM_X86_64 62, EM_AARCH64 183, EM_RISCV 243.
constexpr Architecture architectures[] = {
    entry("x86_64", 62, true, false, "SCMP_ARCH_X86_64", x86_64),
    entry("aarch64", 183, true, false, "SCMP_ARCH_AARCH64", aarch64),
    entry("riscv64", 243, true, false, "SCMP_ARCH_RISCV64", riscv64),
};

} // namespace

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
