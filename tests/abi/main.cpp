// Everything here is checked at compile time; running the program reports what was checked.
#include <stdio.h>

extern const int abi_syscall_numbers_checked;
extern const int abi_errno_values_checked;

int main() {
  printf("%d syscall numbers checked against <asm/unistd.h>\n", abi_syscall_numbers_checked);
  printf("%d errno values checked against <asm-generic/errno.h>\n", abi_errno_values_checked);
  return 0;
}
