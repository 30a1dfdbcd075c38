// What every tiny tool in examples/ shares: the program's name for messages, and the two messages GNU tools
// print for a usage error ("prog: invalid option -- 'x'" then "Try 'prog --help' for more information.") and
// for a failed file ("prog: path: No such file or directory").
#pragma once

#include <solo/options.hpp>
#include <solo/print.hpp>

namespace tool {

// argv[0] without its directories: what GNU prints in "Try 'cat --help'", whatever path ran it.
inline solo::StringView base_name(const char *path) {
  const char *name = path;
  for (const char *p = path; *p; ++p)
    if (*p == '/') name = p + 1;
  return name;
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

inline void error(solo::StringView path, solo::Errno e) {
  solo::println(solo::io::stderr, "{}: {}: {}", program, path, e);
}

// Operands are gathered in argv itself, from argv[1] on, so no tool needs memory for them: when the parser
// returns the k-th operand it has read at least k slots after argv[0], so slot k is free to take it.
inline void keep_operand(char **argv, int &count, solo::StringView operand) {
  argv[1 + count++] = const_cast<char *>(operand.data());
}

// Standard input's name, when a tool has no operands.
inline char dash[] = "-";

inline void version() { solo::println("{} (solo) 0.1", base_name(program)); }

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
    return 0;
  case solo::OptionParser::Version:
    version();
    return 0;
  default:
    return usage_error(p, error_status);
  }
}

} // namespace tool

#include <solo/io/retry.hpp>

namespace tool {

// A whole input in memory (head -n -N and tail need the end before they can print the start).
struct Slurp {
  char *data = nullptr;
  size_t size = 0;
  ~Slurp() { delete[] data; }
};

inline solo::Result<void> read_all(int fd, Slurp &s) {
  size_t capacity = 64 * 1024;
  s.data = new char[capacity];
  for (;;) {
    if (s.size == capacity) {
      char *bigger = new char[capacity * 2];
      __builtin_memcpy(bigger, s.data, s.size);
      delete[] s.data;
      s.data = bigger;
      capacity *= 2;
    }
    auto r = solo::io::read(fd, s.data + s.size, capacity - s.size);
    if (!r) return r.error();
    if (*r == 0) return {};
    s.size += *r;
  }
}

// "-5" as the first argument is the old spelling of "-n 5" (head and tail): rewritten in place to "-n5"-like
// form by returning the count; 0 if argv[1] is not of that shape.
inline bool old_count(char *arg) {
  if (arg == nullptr || arg[0] != '-' || arg[1] < '0' || arg[1] > '9') return false;
  for (const char *p = arg + 1; *p; ++p)
    if (*p < '0' || *p > '9') return false;
  return true;
}

} // namespace tool

namespace tool {

// Where the last `count` lines of text[0, size) begin (a last line without '\n' counts as one).
inline size_t start_of_last_lines(const char *text, size_t size, unsigned long long count) {
  if (count == 0) return size;
  size_t i = size;
  if (i > 0 && text[i - 1] == '\n') --i; // the final newline ends the last line, it does not start one
  for (; i > 0; --i)
    if (text[i - 1] == '\n' && --count == 0) return i;
  return 0;
}

} // namespace tool
