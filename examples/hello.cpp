// The smallest useful solo program: one line to stdout, exit status 0.
#include <solo/io.hpp>

int main() {
  (void)solo::io::out("Hello from solo!\n");
  return 0;
}
