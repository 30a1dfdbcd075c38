// The command line head and tail share: -n/--lines NUM, -c/--bytes NUM, -q, -v, the old "-NUM" form as the
// first argument, and FILE operands (standard input when there are none).
#pragma once

#include "tiny_tool.hpp"

namespace tool {

struct CountOptions {
  const char *count_text = "10"; // as given, sign included: each tool reads its own +/- meaning
  bool bytes = false;
  int header = 0; // -1 never (-q), 1 always (-v), 0 with several inputs
  char **operands = nullptr;
  int operand_count = 0;
  int exit_status = -1; // >= 0: main returns it (after --help, --version or a usage error)
};

inline CountOptions parse_count_options(int argc, char **argv, const char *usage) {
  CountOptions o;
  if (argc > 1 && old_count(argv[1])) {
    o.count_text = argv[1] + 1;
    argv[1] = argv[0];
    ++argv, --argc;
  }
  const solo::Option options[] = {{'n', "lines", true}, {'c', "bytes", true}, {'q', "quiet"}, {'v', "verbose"}};
  solo::OptionParser p(argc, argv, options);
  o.operands = argv + 1; // filled by keep_operand
  for (int option; (option = p.next()) != solo::OptionParser::End;) {
    switch (option) {
    case 'n':
      o.count_text = p.value().data(), o.bytes = false;
      break;
    case 'c':
      o.count_text = p.value().data(), o.bytes = true;
      break;
    case 'q':
      o.header = -1;
      break;
    case 'v':
      o.header = 1;
      break;
    default:
      if (int status = common_option(option, p, argv, o.operand_count, usage); status >= 0) {
        o.exit_status = status;
        return o;
      }
    }
  }
  if (o.operand_count == 0) o.operands[o.operand_count++] = dash;
  return o;
}

} // namespace tool
