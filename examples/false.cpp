// false: does nothing, unsuccessfully (status 1), even for --help and --version, as GNU's. Plain writes, no
// formatting: the smallest tool stays small.
#include <solo/io.hpp>

int main(int argc, char **argv) {
  if (argc == 2) {
    solo::StringView a = argv[1];
    if (a == "--help")
      (void)solo::io::out(
          "Usage: false [ignored command line arguments]\nExit with a status code indicating failure.\n");
    if (a == "--version") (void)solo::io::out("false (solo) 0.1\n");
  }
  return 1;
}
