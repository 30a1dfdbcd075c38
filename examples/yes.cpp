// yes: its arguments (or "y") as a line, over and over, until the output goes away. The line is repeated to
// fill a buffer first, so each write moves many lines.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/io.hpp>
#include <solo/string.hpp>

int main(int argc, char **argv) {
  tool::program = argv[0];
  // Built once, then written until the end: the memory never needs to be given back.
  using String = solo::BasicString<solo::mem::UntilExit>;
  String line;
  bool any = false;
  solo::OptionParser p(argc, argv, static_cast<const solo::Option *>(nullptr), 0);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case solo::OptionParser::Help:
      solo::println("Usage: {} [STRING]...\nRepeatedly output a line with all specified STRING(s), or 'y'.",
                    tool::base_name(argv[0]));
      return 0;
    case solo::OptionParser::Version:
      return tool::version(), 0;
    case solo::OptionParser::Error:
      return tool::usage_error(p);
    default: // an operand
      if (any) line.push(' ');
      any = true;
      line.append(p.value());
    }
  }
  if (!any) line.push('y');
  tool::lock_down();
  line.push('\n');
  // Copies of the line up to 8 KiB (or two of a long line), so that each write moves many lines.
  String buffer;
  buffer.reserve(line.size() < 4096 ? 8192 : 2 * line.size());
  while (buffer.size() + line.size() <= buffer.capacity()) buffer.append(line);
  for (;;) {
    if (auto r = solo::io::write_all(solo::io::stdout_fd, buffer.data(), buffer.size()); !r) {
      solo::println(solo::io::stderr, "{}: standard output: {}", argv[0], r.error());
      return 1;
    }
  }
}
