/* The baseline hello for the size comparison: one line to stdout through write(2), exit status 0.
 * Built as-is against nolibc, musl and glibc. */
#include <unistd.h>

int main(void) {
  static const char line[] = "Hello from solo!\n";
  write(1, line, sizeof line - 1);
  return 0;
}
