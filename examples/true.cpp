// true: does nothing, successfully. Like GNU's, it reads --help and --version only when alone. Plain writes,
// no formatting: the smallest tool stays small.
#include "tiny_tool.hpp"

#include <solo/io.hpp>

int main(int argc, char **argv) {
  if (argc == 2) {
    if (tool::is(argv[1], "--help"))
      (void)solo::io::out(
          "Usage: true [ignored command line arguments]\nExit with a status code indicating success.\n");
    if (tool::is(argv[1], "--version")) (void)solo::io::out("true (solo) 0.1\n");
  }
  return 0;
}
