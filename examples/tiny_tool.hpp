// What every tiny tool in examples/ shares: the program's name for messages, and the two messages GNU tools
// print for a usage error ("prog: invalid option -- 'x'" then "Try 'prog --help' for more information.") and
// for a failed file ("prog: path: No such file or directory"); path components; the old "-5" count of head
// and tail.
#pragma once

#include "quote.hpp"

#include <solo/io/retry.hpp>
#include <solo/options.hpp>
#include <solo/print.hpp>
#include <solo/string.hpp>

namespace tool {

// argv[0] without its directories: what GNU prints in "Try 'cat --help'", whatever path ran it.
inline solo::StringView base_name(solo::StringView path) {
  path.remove_prefix(path.rfind('/') + 1); // npos + 1 is 0: no slash, all of it
  return path;
}

// Whether the C string `arg` is `word`, compared in place without measuring it first: for true and false,
// where a strlen and a memcmp would be most of the code.
inline bool is(const char *arg, solo::StringView word) {
  for (char c : word)
    if (*arg++ != c) return false;
  return *arg == '\0';
}

// The last component of a path, trailing slashes ignored: "b" for "a/b/", "" for "/".
inline solo::StringView last_component(solo::StringView path) {
  while (path.size() > 1 && path.ends_with('/')) path.remove_suffix(1);
  path.remove_prefix(path.rfind('/') + 1);
  return path;
}

inline const char *program = "";

inline void try_help() { solo::println(solo::io::stderr, "Try '{} --help' for more information.", base_name(program)); }

// An option the parser rejected: its message, then the hint. Returns the usual status, 1.
inline int usage_error(const solo::OptionParser &p, int status = 1) {
  solo::println(solo::io::stderr, "{}", p.message());
  try_help();
  return status;
}

// "prog: TEXT" then the hint, for problems with operands ("missing operand").
inline int usage_error(solo::StringView text, int status = 1) {
  solo::println(solo::io::stderr, "{}: {}", program, text);
  try_help();
  return status;
}

// The name quoted as GNU's tools quote it there (only when a shell would need it: "cat: 'a b': ...").
inline void error(solo::StringView path, solo::Errno e) {
  solo::println(solo::io::stderr, "{}: {}: {}", program, quotef(path), e);
}

// Operands are gathered in argv itself, from argv[1] on, so no tool needs memory for them: when the parser
// returns the k-th operand it has read at least k slots after argv[0], so slot k is free to take it.
inline void keep_operand(char **argv, int &count, solo::StringView operand) {
  argv[1 + count++] = const_cast<char *>(operand.data());
}

// Standard input's name, when a tool has no operands.
inline char dash[] = "-";

inline void version() { solo::println("{} (solo) 0.1", base_name(program)); }

// `status`, or the tool's own failure status when standard output cannot be written: GNU's env fails with
// 125, ls and sort with 2. The exit path prints the "write error" message (solo/io/stream.hpp); the error
// stays set for it.
inline int flushed(int status, int failure) { return solo::io::stdout.flush() ? status : failure; }

// The cases of an option loop that every tool handles alike: an operand is kept (see keep_operand), --help
// prints "Usage: NAME" followed by `usage`, --version the version line, anything else is a usage error with
// `error_status`. Returns -1 when the loop goes on, otherwise the status main should return.
inline int common_option(int option, const solo::OptionParser &p, char **argv, int &operands, const char *usage,
                         int error_status = 1) {
  switch (option) {
  case solo::OptionParser::Operand:
    keep_operand(argv, operands, p.value());
    return -1;
  case solo::OptionParser::Help:
    solo::print("Usage: {}", base_name(argv[0]));
    solo::println("{}", usage);
    return flushed(0, error_status);
  case solo::OptionParser::Version:
    version();
    return flushed(0, error_status);
  default:
    return usage_error(p, error_status);
  }
}

// Whether reading a directory failed: Linux reads one removed while open (the working directory of `ls` or
// `du` run in it, typically) as ENOENT; it is empty, not broken, and GNU's tools list nothing and succeed.
inline bool read_failed(solo::Errno e) { return e != solo::Errno(0) && e != solo::Errno::ENOENT; }

// "-5" as the first argument is the old spelling of "-n 5" (head and tail).
inline bool old_count(const char *arg) {
  if (arg == nullptr) return false;
  solo::StringView a = arg;
  return a.size() >= 2 && a[0] == '-' && a.find_first_not_of("0123456789", 1) == solo::StringView::npos;
}

// Where the last `count` lines of `text` begin (a last line without its end counts as one); lines end with
// `end` ('\n', or NUL for -z).
inline size_t start_of_last_lines(solo::StringView text, unsigned long long count, char end = '\n') {
  if (count == 0) return text.size();
  size_t i = text.size();
  if (i > 0 && text[i - 1] == end) --i; // the final newline ends the last line, it does not start one
  while (i > 0) {
    size_t nl = text.rfind(end, i - 1);
    if (nl == solo::StringView::npos) return 0;
    if (--count == 0) return nl + 1;
    i = nl;
  }
  return 0;
}

// A path built while walking a tree, for messages and listings: each level adds its entry's name on the
// stack and points at its parent's, and formatting prints the chain from the top down. Trailing slashes of a
// name print as one and no second slash follows it ("a///" prints "a/", its child "a/x"), as GNU's rm and du
// name what they walk. A tree of any depth is named exactly; nothing is copied or allocated.
struct PathChain {
  const PathChain *parent;
  solo::StringView name;
};

// The chain's path as one string, spelled as the formatter below prints it (to be quoted).
solo::String path_text(const PathChain &p);

} // namespace tool

template <> struct solo::Formatter<tool::PathChain> : solo::fmt::NoSpec {
  void format(const tool::PathChain &p, solo::fmt::Sink &out) const {
    if (p.parent) {
      format(*p.parent, out);
      if (!p.parent->name.ends_with('/')) out.put('/');
    }
    solo::StringView name = p.name;
    while (name.size() > 1 && name.ends_with('/') && name[name.size() - 2] == '/') name.remove_suffix(1);
    out.write(name.data(), name.size());
  }
};

inline solo::String tool::path_text(const PathChain &p) {
  solo::String s;
  (void)solo::format_to(s, "{}", p); // out of memory leaves it short: a message, never a path used
  return s;
}
