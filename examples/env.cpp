// env: prints the environment, or runs a command in a changed one. -i (or a lone "-") starts from nothing,
// -u NAME removes NAME, NAME=value operands set variables; the first other operand is the command, found on
// the new environment's PATH, and everything after it is the command's (options included). Statuses as GNU's:
// 125 for env's own trouble, 126 for a command found but not runnable, 127 for one not found.
#include "tiny_tool.hpp"

#include <solo/env.hpp>
#include <solo/process.hpp>
#include <solo/sys/clone.hpp>

namespace {

bool has_name(const char *entry, solo::StringView name) {
  for (size_t i = 0; i < name.size(); ++i)
    if (entry[i] != name[i]) return false;
  return entry[name.size()] == '=';
}

size_t name_length(const char *assignment) {
  size_t n = 0;
  while (assignment[n] != '=') ++n;
  return n;
}

bool is_assignment(const char *a) {
  for (const char *p = a; *p; ++p)
    if (*p == '=') return true;
  return false;
}

// Drops every entry named `name` from the null-terminated list.
void remove(const char **list, size_t &count, solo::StringView name) {
  size_t kept = 0;
  for (size_t i = 0; i < count; ++i)
    if (!has_name(list[i], name)) list[kept++] = list[i];
  count = kept;
  list[count] = nullptr;
}

} // namespace

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'i', "ignore-environment"}, {'u', "unset", true}};
  char **environ = solo::process::envp();
  size_t environ_count = 0;
  while (environ[environ_count]) ++environ_count;

  const char **unset = new const char *[argc];
  size_t unset_count = 0;
  const char **assignments = new const char *[argc + 1];
  int n = 0;
  int command_at = 0; // the command's argv index: it and everything after it are the command's argv
  bool clear = false;
  solo::OptionParser p(argc, argv, options);
  p.stop_at_first_operand();
  for (int o; command_at == 0 && (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'i':
      clear = true;
      break;
    case 'u':
      unset[unset_count++] = p.value().data();
      break;
    case solo::OptionParser::Operand:
      if (n == 0 && p.value() == "-")
        clear = true; // "env -" is the old spelling of "env -i"
      else if (is_assignment(p.value().data()))
        assignments[n++] = p.value().data();
      else
        command_at = p.index();
      break;
    case solo::OptionParser::Help:
      solo::println("Usage: {} [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]\n"
                    "Set each NAME to VALUE in the environment and run COMMAND.\n\n"
                    "  -i, --ignore-environment  start with an empty environment\n"
                    "  -u, --unset=NAME     remove variable from the environment",
                    tool::base_name(argv[0]));
      return 0;
    case solo::OptionParser::Version:
      return tool::version(), 0;
    default:
      return tool::usage_error(p, 125);
    }
  }

  const char **list = new const char *[environ_count + static_cast<size_t>(n) + 1];
  size_t count = 0;
  if (!clear)
    for (size_t i = 0; i < environ_count; ++i) list[count++] = environ[i];
  list[count] = nullptr;
  for (size_t i = 0; i < unset_count; ++i) {
    solo::StringView name = unset[i];
    bool bad = name.empty();
    for (char c : name) bad = bad || c == '=';
    if (bad) {
      solo::println(solo::io::stderr, "{}: cannot unset '{}': Invalid argument", argv[0], name);
      return 125;
    }
    remove(list, count, name);
  }
  for (int i = 0; i < n; ++i) {
    // Replaced where it stands (as setenv does), else added at the end.
    solo::StringView name(assignments[i], name_length(assignments[i]));
    size_t k = 0;
    while (k < count && !has_name(list[k], name)) ++k;
    list[k] = assignments[i];
    if (k == count) list[++count] = nullptr;
  }

  if (command_at == 0) {
    for (size_t k = 0; k < count; ++k) solo::println("{}", list[k]);
    return 0;
  }

  // The command: PATH as the command will see it.
  auto path = solo::env::get("PATH", const_cast<char **>(list));
  static char found[4096];
  solo::CStr command(argv[command_at]);
  auto where = solo::env::find_in_path(command, path ? path->view() : solo::env::default_path, found, sizeof found);
  solo::Errno e = where ? solo::Errno(0) : where.error();
  if (where) {
    (void)solo::io::flush_all();
    e = solo::sys::execve(*where, argv + command_at, list).error();
  }
  solo::println(solo::io::stderr, "{}: '{}': {}", argv[0], argv[command_at], e);
  return e == solo::Errno::ENOENT ? 127 : 126;
}
