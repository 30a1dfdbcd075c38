// Command-line options the way GNU tools read them: `-n`, bundles `-abc`, values as `-n5` or `-n 5`,
// `--name`, `--name=value` or `--name value`, unique abbreviations of long names, `--` to end options, and
// `--help` / `--version` built in. Options and operands may be mixed; operands come back in order.
//
//   const solo::Option options[] = {{'n', "lines", true}, {'v', "verbose"}};
//   solo::OptionParser p(argc, argv, options);
//   for (int o; (o = p.next()) != solo::OptionParser::End;) switch (o) {
//     case 'n': lines = p.value(); break;
//     case solo::OptionParser::Operand: add(p.value()); break;
//     case solo::OptionParser::Error: print error: p.message(), then "Try '... --help'"; exit 1
//     ...
//   }
#pragma once

#include <solo/string_view.hpp>

namespace solo {

struct Option {
  char short_name;          // 0: no short form
  const char *long_name;    // nullptr: no long form
  bool takes_value = false; // the value is required
  int id = 0;               // what next() returns; 0 means short_name
  // The value may be left out (`--output-error`, `-I`); given only as `--name=value` or `-Ivalue`, never as
  // the next argument. Without one, value() is empty with a null data().
  bool optional_value = false;
};

class OptionParser {
public:
  enum : int { End = -1, Operand = -2, Error = -3, Help = -4, Version = -5 };

  template <size_t Count> OptionParser(int argc, char **argv, const Option (&options)[Count]) noexcept
      : OptionParser(argc, argv, options, Count) {}
  OptionParser(int argc, char **argv, const Option *options, size_t count) noexcept
      : argc_(argc), argv_(argv), options_(options), count_(count) {}

  // Options end at the first operand, which with all that follows comes back as operands: what a tool that
  // runs a command needs (`env -i FOO=1 ls -l`: -l is ls's), like getopt's "+" / POSIXLY_CORRECT.
  void stop_at_first_operand() noexcept { stop_at_operand_ = true; }

  // The next option's id, Operand, Help, Version, Error or End.
  int next() noexcept;
  // The option's value, or the operand.
  StringView value() const noexcept { return value_; }
  // After Error: the whole message as GNU tools print it, e.g. "ls: invalid option -- 'x'".
  StringView message() const noexcept { return StringView(message_, message_size_); }
  // The argv index of what next() returned last: the operand itself, or the argument that held the option
  // (whose value may have come from the next one). With stop_at_first_operand(), `argv + index()` after the
  // first Operand is that operand and everything after it, a command's argv.
  int index() const noexcept { return current_; }
  // The argv index of the first argument not read yet (getopt's optind); argc at the end.
  int next_index() const noexcept { return index_; }
  // argv[0], the name messages use.
  const char *program() const noexcept { return argc_ > 0 ? argv_[0] : ""; }

private:
  int short_option();
  int long_option(StringView arg);
  int fail(const char *before, StringView name, const char *after);
  void append(StringView s);

  int argc_;
  char **argv_;
  const Option *options_;
  size_t count_;
  int index_ = 1;
  int current_ = 0;
  const char *bundle_ = nullptr; // the rest of a -abc bundle
  bool operands_only_ = false;
  bool stop_at_operand_ = false;
  StringView value_;
  char message_[256];
  size_t message_size_ = 0;
};

} // namespace solo
