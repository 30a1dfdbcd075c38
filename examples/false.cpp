// false: does nothing, unsuccessfully (status 1), even for --help and --version, as GNU's. Plain writes, no
// formatting: the smallest tool stays small.
#include "tiny_tool.hpp"

#include <solo/io.hpp>

int main(int argc, char **argv) {
  if (argc == 2) {
    if (tool::is(argv[1], "--help"))
      (void)solo::io::out(
          "Usage: false [ignored command line arguments]\nExit with a status code indicating failure.\n");
    if (tool::is(argv[1], "--version")) (void)solo::io::out("false (solo) 0.1\n");
  }
  return 1;
}
