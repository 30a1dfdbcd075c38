// Every errno solo knows has the kernel's number. The list's own number is compared with the kernel's macro
// (solo::Errno's values come from the same list, so the enum cannot drift from it).
#include <asm-generic/errno.h>

#define SOLO_ERRNO(name, number, message) static_assert(number == name, #name);
#include <solo/errno_list.inc>
#undef SOLO_ERRNO

#define SOLO_ERRNO(name, number, message) +1
extern const int abi_errno_values_checked = 0
#include <solo/errno_list.inc>
    ;
#undef SOLO_ERRNO
