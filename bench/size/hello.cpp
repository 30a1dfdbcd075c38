// solo's side of the size comparison: the same line, the same exit status as hello.c.
#include <solo/io.hpp>

int main() {
  (void)solo::io::out("Hello from solo!\n");
  return 0;
}
