// This architecture's system-call names, from the same list as the nr:: constants (arch/<arch>/
// syscall_numbers.inc): one string of names in the list's order, found by scanning.
#include <solo/sandbox.hpp>

namespace solo::sandbox {

namespace {
#define SOLO_SYSCALL(name, number) number,
constexpr long numbers[] = {
#include <syscall_numbers.inc>
};
#undef SOLO_SYSCALL
#define SOLO_SYSCALL(name, number) #name "\0"
constexpr char names[] =
#include <syscall_numbers.inc>
    ;
#undef SOLO_SYSCALL
} // namespace

const char *syscall_name(long number) noexcept {
  const char *p = names;
  for (long n : numbers) {
    if (n == number) return p;
    while (*p) ++p;
    ++p;
  }
  return nullptr;
}

} // namespace solo::sandbox
