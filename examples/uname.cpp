// uname: the kernel's names. -s (the default), -n, -r, -v, -m, -o print one field each, always in that order
// whatever the order of the flags; -p and -i print "unknown" (Linux does not say); -a prints every field
// except those two, as GNU's does when they are unknown.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/sys/system.hpp>

int main(int argc, char **argv) {
  tool::program = argv[0];
  enum : unsigned { S = 1, N = 2, R = 4, V = 8, M = 16, P = 32, I = 64, O = 128, All = 256 };
  const solo::Option options[] = {
      {'a', "all", false, All},          {'s', "kernel-name", false, S},       {'n', "nodename", false, N},
      {'r', "kernel-release", false, R}, {'v', "kernel-version", false, V},    {'m', "machine", false, M},
      {'p', "processor", false, P},      {'i', "hardware-platform", false, I}, {'o', "operating-system", false, O},
  };
  unsigned want = 0;
  const char *extra = nullptr; // reported once every option is read: `uname x --help` prints the help
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case solo::OptionParser::Operand:
      if (!extra) extra = p.value().data();
      break;
    case solo::OptionParser::Help:
      solo::println("Usage: {} [OPTION]...\nPrint certain system information.  With no OPTION, same as -s.\n\n"
                    "  -a, --all                print all information, in the following order,\n"
                    "                             except omit -p and -i if unknown:\n"
                    "  -s, --kernel-name        print the kernel name\n"
                    "  -n, --nodename           print the network node hostname\n"
                    "  -r, --kernel-release     print the kernel release\n"
                    "  -v, --kernel-version     print the kernel version\n"
                    "  -m, --machine            print the machine hardware name\n"
                    "  -p, --processor          print the processor type (non-portable)\n"
                    "  -i, --hardware-platform  print the hardware platform (non-portable)\n"
                    "  -o, --operating-system   print the operating system",
                    tool::base_name(argv[0]));
      return 0;
    case solo::OptionParser::Version:
      return tool::version(), 0;
    case solo::OptionParser::Error:
      return tool::usage_error(p);
    default:
      want |= static_cast<unsigned>(o);
    }
  }
  if (extra) {
    solo::println(solo::io::stderr, "{}: extra operand '{}'", argv[0], extra);
    tool::try_help();
    return 1;
  }
  if (want & All) want = S | N | R | V | M | O; // -p and -i are unknown on Linux: -a leaves them out
  if (want == 0) want = S;
  tool::lock_down();
  auto u = solo::sys::uname();
  if (!u) {
    solo::println(solo::io::stderr, "{}: cannot get system name: {}", argv[0], u.error());
    return 1;
  }
  const char *fields[] = {u->sysname, u->nodename, u->release, u->version,
                          u->machine, "unknown",   "unknown",  "GNU/Linux"};
  const char *sep = "";
  for (unsigned bit = 0; bit < 8; ++bit)
    if (want & (1u << bit)) {
      solo::print("{}{}", sep, fields[bit]);
      sep = " ";
    }
  solo::println("");
  return 0;
}
