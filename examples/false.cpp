// false: does nothing, unsuccessfully (status 1), even for --help and --version, as GNU's.
#include "tiny_tool.hpp"

int main(int argc, char **argv) {
  tool::program = argv[0];
  if (argc == 2) {
    solo::StringView a = argv[1];
    if (a == "--help")
      solo::println("Usage: {} [ignored command line arguments]\nExit with a status code indicating failure.",
                    tool::base_name(argv[0]));
    if (a == "--version") tool::version();
  }
  return 1;
}
