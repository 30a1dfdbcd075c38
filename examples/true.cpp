// true: does nothing, successfully. Like GNU's, it reads --help and --version only when alone.
#include "tiny_tool.hpp"

int main(int argc, char **argv) {
  tool::program = argv[0];
  if (argc == 2) {
    solo::StringView a = argv[1];
    if (a == "--help")
      solo::println("Usage: {} [ignored command line arguments]\nExit with a status code indicating success.",
                    tool::base_name(argv[0]));
    if (a == "--version") tool::version();
  }
  return 0;
}
