// The command line head and tail share: -n/--lines NUM, -c/--bytes NUM, -q, -v, -z, the old "-NUM" form as
// the first argument, and FILE operands (standard input when there are none); and NUM itself, with GNU's
// multiplier suffixes.
#pragma once

#include "tiny_tool.hpp"

namespace tool {

struct CountOptions {
  const char *count_text = "10"; // as given, sign included: each tool reads its own +/- meaning
  bool bytes = false;
  int header = 0;        // -1 never (-q), 1 always (-v), 0 with several inputs
  char delimiter = '\n'; // -z: lines end with a NUL
  char **operands = nullptr;
  int operand_count = 0;
  int exit_status = -1; // >= 0: main returns it (after --help, --version or a usage error)
};

// How a count was read.
enum class Count { Ok, Invalid, TooLarge };

// A count as GNU's head and tail read one: blanks, an optional '+', decimal digits, then optionally one
// multiplier: b (512), or k K m M G T P E Z Y, powers of 1024, or of 1000 when followed by B ("kB"), "iB"
// saying 1024 again ("KiB"). Past 2^64 - 1 is too large.
inline Count parse_count(solo::StringView s, unsigned long long &out) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) ++i;
  if (i < s.size() && s[i] == '+') ++i;
  if (i == s.size() || s[i] < '0' || s[i] > '9') return Count::Invalid;
  unsigned long long v = 0;
  bool overflow = false;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    unsigned digit = static_cast<unsigned>(s[i] - '0');
    if (v > (~0ULL - digit) / 10) overflow = true;
    v = v * 10 + digit;
  }
  unsigned long long scale = 1;
  int power = 0;
  if (i < s.size()) {
    solo::StringView letters = "kKmMGTPEZY";
    size_t at = letters.find(s[i]);
    if (s[i] == 'b') {
      scale = 512, power = 1, ++i;
    } else if (at != solo::StringView::npos) {
      power = at < 2 ? 1 : at < 4 ? 2 : static_cast<int>(at) - 1;
      ++i;
      unsigned base = 1024;
      if (s.substr(i) == "B")
        base = 1000, ++i;
      else if (s.substr(i) == "iB")
        i += 2;
      for (int k = 0; k < power; ++k) {
        if (scale > ~0ULL / base) overflow = true;
        scale *= base;
      }
    }
    if (i != s.size()) return Count::Invalid;
  }
  if (v != 0 && scale > ~0ULL / v) overflow = true;
  if (overflow) return Count::TooLarge;
  out = v * scale;
  return Count::Ok;
}

// "head: invalid number of lines: 'x'" (with ": Value too large for defined data type" when it is that).
inline void invalid_count(const char *program, bool bytes, solo::StringView text, Count why) {
  solo::println(solo::io::stderr, "{}: invalid number of {}: {}{}", program, bytes ? "bytes" : "lines", quote(text),
                why == Count::TooLarge ? ": Value too large for defined data type" : "");
}

// `extra` are the tool's own options (tail's -f and the like); `handle(id, value)` takes each of them and
// returns false to stop with status 1 (having said why).
template <size_t Extra, class Handle> CountOptions
parse_count_options(int argc, char **argv, const char *usage, const solo::Option (&extra)[Extra], Handle handle) {
  CountOptions o;
  if (argc > 1 && old_count(argv[1])) {
    o.count_text = argv[1] + 1;
    argv[1] = argv[0];
    ++argv, --argc;
  }
  solo::Option options[6 + Extra] = {{'n', "lines", true},      {'c', "bytes", true}, {'q', "quiet"},
                                     {0, "silent", false, 'q'}, {'v', "verbose"},     {'z', "zero-terminated"}};
  for (size_t i = 0; i < Extra; ++i) options[6 + i] = extra[i];
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
    case 'z':
      o.delimiter = '\0';
      break;
    default:
      if (option >= 0 && handle(option, p.value())) break;
      if (option >= 0) {
        o.exit_status = 1;
        return o;
      }
      if (int status = common_option(option, p, argv, o.operand_count, usage); status >= 0) {
        o.exit_status = status;
        return o;
      }
    }
  }
  if (o.operand_count == 0) o.operands[o.operand_count++] = dash;
  return o;
}

inline CountOptions parse_count_options(int argc, char **argv, const char *usage) {
  static constexpr solo::Option none[] = {{0, nullptr}}; // matches nothing
  return parse_count_options(argc, argv, usage, none, [](int, solo::StringView) { return false; });
}

} // namespace tool
