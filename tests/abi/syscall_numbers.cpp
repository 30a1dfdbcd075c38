// Every number of arch/<arch>/syscall_numbers.inc against the kernel's <asm/unistd.h>, and the nr:: constant
// made from it (arch/<arch>/syscall_numbers.hpp).
#include <asm/unistd.h>
#include <syscall_numbers.hpp>

#define SOLO_SYSCALL(name, number)                                                                                     \
  static_assert(number == __NR_##name, #name);                                                                         \
  static_assert(solo::arch::nr::name == __NR_##name, #name);
#include <syscall_numbers.inc>
#undef SOLO_SYSCALL

#define SOLO_SYSCALL(name, number) +1
extern const int abi_syscall_numbers_checked = 0
#include <syscall_numbers.inc>
    ;
#undef SOLO_SYSCALL
