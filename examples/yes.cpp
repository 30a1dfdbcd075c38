// yes: its arguments (or "y") as a line, over and over, until the output goes away. The line is repeated to
// fill a buffer first, so each write moves many lines.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/io.hpp>

int main(int argc, char **argv) {
  tool::program = argv[0];
  // The line can be no longer than all of argv: size it from there, and leave room for repeats.
  size_t total = 2;
  for (int i = 1; i < argc; ++i) total += solo::c_string_length(argv[i]) + 1;
  size_t capacity = total < 4096 ? 8192 : 2 * total;
  char *buffer = new char[capacity];

  size_t n = 0;
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
      if (any) buffer[n++] = ' ';
      any = true;
      for (char c : p.value()) buffer[n++] = c;
    }
  }
  if (!any) buffer[n++] = 'y';
  tool::lock_down();
  buffer[n++] = '\n';
  for (size_t line = n; n + line <= capacity; n += line)
    for (size_t k = 0; k < line; ++k) buffer[n + k] = buffer[k];
  for (;;) {
    if (auto r = solo::io::write_all(solo::io::stdout_fd, buffer, n); !r) {
      solo::println(solo::io::stderr, "{}: standard output: {}", argv[0], r.error());
      return 1;
    }
  }
}
