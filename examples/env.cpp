// env: prints the environment (-0: each entry ended by a NUL), or runs a command in a changed one. -i (or a
// lone "-") starts from nothing, -u NAME removes NAME, NAME=value operands set variables, -C DIR runs the
// command in DIR, -S STRING splits one argument into several (env_split.hpp); the first other operand is the command,
// found on the new environment's PATH, and everything after it is the command's (options included). Statuses as GNU's:
// 125 for env's own trouble, 126 for a command found but not runnable, 127 for one not found.
#include "env_split.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <algorithm>

#include <solo/env.hpp>
#include <solo/process.hpp>
#include <solo/sys/clone.hpp>
#include <solo/sys/dir.hpp>
#include <solo/vector.hpp>

namespace {

// Whether the environment entry "NAME=value" is named `name`.
bool has_name(solo::StringView entry, solo::StringView name) {
  return entry.starts_with(name) && entry.size() > name.size() && entry[name.size()] == '=';
}

bool is_assignment(solo::StringView a) { return a.find('=') != solo::StringView::npos; }

} // namespace

static const char usage[] = " [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]\n"
                            "Set each NAME to VALUE in the environment and run COMMAND.\n\n"
                            "  -i, --ignore-environment  start with an empty environment\n"
                            "  -0, --null           end each output line with NUL, not newline\n"
                            "  -u, --unset=NAME     remove variable from the environment\n"
                            "  -C, --chdir=DIR      change working directory to DIR\n"
                            "  -S, --split-string=S  process and split S into separate arguments;\n"
                            "                        used to pass multiple arguments on shebang lines";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'i', "ignore-environment"},
                                  {'0', "null"},
                                  {'u', "unset", true},
                                  {'C', "chdir", true},
                                  {'S', "split-string", true}};
  // env builds its lists once and then runs the command or exits: their memory never needs to be given back.
  using List = solo::Vector<const char *, solo::mem::UntilExit>;
  List unset, operands;
  unset.reserve(static_cast<size_t>(argc));
  bool clear = false, null = false;
  const char *directory = nullptr;
  tool::SplitWords split; // every -S's words, kept until the exec
  solo::Vector<char *, solo::mem::UntilExit> args;
  solo::OptionParser p(argc, argv, options);
  p.stop_at_first_operand();
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'i':
      clear = true;
      break;
    case '0':
      null = true;
      break;
    case 'u':
      unset.push(p.value().data());
      break;
    case 'C':
      directory = p.value().data();
      break;
    case 'S': {
      // The words take the place of the -S argument and are read again as options and operands, as
      // GNU's env reads them; the arguments after it follow.
      size_t first = split.size();
      if (!tool::split_string(p.value(), split, argv[0])) return 125;
      solo::Vector<char *, solo::mem::UntilExit> next;
      next.push(argv[0]);
      for (size_t w = first; w < split.size(); ++w) next.push(split[w].data());
      char **rest = args.empty() ? argv : args.data();
      int count = args.empty() ? argc : static_cast<int>(args.size()) - 1;
      for (int k = p.next_index(); k < count; ++k) next.push(rest[k]);
      next.push(nullptr);
      args = solo::move(next);
      p = solo::OptionParser(static_cast<int>(args.size()) - 1, args.data(), options);
      p.stop_at_first_operand();
      break;
    }
    case solo::OptionParser::Operand:
      if (operands.empty() && p.value() == "-")
        clear = true; // "env -" is the old spelling of "env -i"
      else
        operands.push(p.value().data());
      break;
    case solo::OptionParser::Help:
      solo::println("Usage: {}{}", tool::base_name(argv[0]), usage);
      return tool::flushed(0, 125);
    case solo::OptionParser::Version:
      return tool::version(), tool::flushed(0, 125);
    default:
      return tool::usage_error(p, 125);
    }
  }
  const size_t n = operands.size();
  operands.push(nullptr); // the command's argv ends here

  List list; // the new environment; a null ends it for execve
  if (!clear)
    for (char **e = solo::process::envp(); *e; ++e) list.push(*e);
  for (solo::StringView name : unset) {
    if (name.empty() || name.find('=') != solo::StringView::npos) {
      solo::println(solo::io::stderr, "{}: cannot unset '{}': Invalid argument", argv[0], name);
      return 125;
    }
    list.erase_if([&](const char *entry) { return has_name(entry, name); });
  }
  size_t i = 0;
  for (; i < n && is_assignment(operands[i]); ++i) {
    // Replaced where it stands (as setenv does), else added at the end.
    solo::StringView assignment = operands[i];
    solo::StringView name = assignment.substr(0, assignment.find('='));
    auto same = std::ranges::find_if(list, [&](const char *entry) { return has_name(entry, name); });
    if (same != list.end())
      *same = operands[i];
    else
      list.push(operands[i]);
  }

  if (i == n) {
    if (directory) return tool::usage_error("must specify command with --chdir (-C)", 125);
    for (const char *entry : list) solo::print("{}{}", entry, null ? solo::StringView("\0", 1) : "\n");
    return tool::flushed(0, 125);
  }
  if (null) return tool::usage_error("cannot specify --null (-0) with command", 125);
  list.push(nullptr);
  if (directory) {
    if (auto r = solo::sys::chdir(solo::CStr(directory)); !r) {
      solo::println(solo::io::stderr, "{}: cannot change directory to {}: {}", argv[0], tool::quoteaf(directory),
                    r.error());
      return 125;
    }
  }

  // The command: PATH as the command will see it.
  auto path = solo::env::get("PATH", const_cast<char **>(list.data()));
  static char found[4096];
  solo::CStr command(operands[i]);
  auto where = solo::env::find_in_path(command, path ? path->view() : solo::env::default_path, found, sizeof found);
  solo::Errno e = where ? solo::Errno(0) : where.error();
  if (where) {
    (void)solo::io::flush_all();
    e = solo::sys::execve(*where, operands.data() + i, list.data()).error();
  }
  solo::println(solo::io::stderr, "{}: {}: {}", argv[0], tool::quote(operands[i]), e);
  // A command name with blanks in it is most likely a #! line's options given without -S.
  solo::StringView name = operands[i];
  if (e == solo::Errno::ENOENT && name.find_first_of(" \t\n\v\f\r") != solo::StringView::npos)
    solo::println(solo::io::stderr, "{}: use -[v]S to pass options in shebang lines", argv[0]);
  return e == solo::Errno::ENOENT ? 127 : 126;
}
