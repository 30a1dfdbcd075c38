/* The order sort -g gives, from the C library's own strtold: the reference for solo's sort where the host's
 * GNU sort has another long double (x87's 64 bits against binary128's 113). Lines of stdin, sorted by the
 * value strtold reads at their start (those it reads nothing from first), ties broken by the bytes of the whole
 * line; reversed with an argument "r". Built for the target with Debian's cross gcc (tests/tools/sort.sh).
 * NaNs are not handled: the inputs have none. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int reversed;

static int by_value(const void *x, const void *y) {
  const char *a = *(char *const *)x, *b = *(char *const *)y;
  char *a_end, *b_end;
  long double u = strtold(a, &a_end), v = strtold(b, &b_end);
  int c;
  if (a == a_end || b == b_end)
    c = (b == b_end) - (a == a_end);
  else
    c = (u > v) - (u < v);
  if (c == 0) c = strcmp(a, b);
  return reversed ? -c : c;
}

int main(int argc, char **argv) {
  static char *lines[100000];
  static char line[65536];
  size_t n = 0;
  reversed = argc > 1 && strcmp(argv[1], "r") == 0;
  while (fgets(line, sizeof line, stdin)) {
    /* An input it cannot hold whole is an error, never a shorter reference. */
    if (n == sizeof lines / sizeof *lines || !strchr(line, '\n')) return 1;
    line[strcspn(line, "\n")] = 0;
    if (!(lines[n++] = strdup(line))) return 1;
  }
  qsort(lines, n, sizeof *lines, by_value);
  for (size_t i = 0; i < n; ++i) puts(lines[i]);
  return fflush(stdout) != 0;
}
