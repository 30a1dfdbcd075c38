// sleep: pauses for the sum of its arguments, each a number of seconds with an optional fraction and an
// optional unit suffix (s, m, h, d). The wait is an absolute deadline on the monotonic clock (solo's EINTR
// layer), so no storm of signals can end it early.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/io/retry.hpp>

namespace {

// The longest wait represented: about 146 billion years on a 64-bit long, past any deadline that matters,
// and far enough from the limit that adding it to the monotonic clock cannot overflow. "infinity" and any
// number too big to count in nanoseconds wait this long (GNU's sleep saturates the same way).
constexpr long forever_seconds = static_cast<long>(~0UL >> 2);

int digit_value(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

// Whether `s` starts with `word`, ignoring case ("inf", "Infinity").
bool starts_with_word(solo::StringView s, solo::StringView word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if ((s[i] | 0x20) != word[i]) return false;
  return true;
}

// A number as C's strtod reads it in the C locale: leading blanks, a sign, decimal digits with a fraction and
// an exponent (e), hexadecimal ones (0x, exponent p, a power of two), "inf" or "infinity". `i` is left after
// it. A double carries more precision than a sleep can use; it overflows to infinity and underflows to 0,
// both of which sleep accepts, as GNU's does. NaN (which cannot be compared) is refused by the caller.
bool parse_number(solo::StringView s, size_t &i, double &value) {
  size_t n = s.size();
  while (i < n && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) ++i;
  bool negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  solo::StringView rest = s.substr(i);
  if (starts_with_word(rest, "inf")) {
    i += starts_with_word(rest, "infinity") ? 8 : 3;
    value = negative ? -__builtin_inf() : __builtin_inf();
    return true;
  }
  bool hex =
      rest.size() > 2 && rest[0] == '0' && (rest[1] | 0x20) == 'x' &&
      (digit_value(rest[2], true) >= 0 || (rest[2] == '.' && rest.size() > 3 && digit_value(rest[3], true) >= 0));
  if (hex) i += 2;
  double mantissa = 0;
  long fraction_digits = 0, power = 0;
  bool digits = false;
  for (; i < n && digit_value(s[i], hex) >= 0; ++i, digits = true)
    mantissa = mantissa * (hex ? 16 : 10) + digit_value(s[i], hex);
  if (i < n && s[i] == '.')
    for (++i; i < n && digit_value(s[i], hex) >= 0; ++i, digits = true, ++fraction_digits)
      mantissa = mantissa * (hex ? 16 : 10) + digit_value(s[i], hex);
  if (!digits) return false;
  // The exponent letter counts only when digits follow it; otherwise it is left for the suffix check.
  if (i < n && (s[i] | 0x20) == (hex ? 'p' : 'e')) {
    size_t j = i + 1;
    bool minus = false;
    if (j < n && (s[j] == '+' || s[j] == '-')) minus = s[j++] == '-';
    if (j < n && digit_value(s[j], false) >= 0) {
      for (; j < n && digit_value(s[j], false) >= 0; ++j)
        if (power < 100000) power = power * 10 + (s[j] - '0');
      if (minus) power = -power;
      i = j;
    }
  }
  // Hexadecimal: p counts powers of two and each fraction digit four of them; decimal: powers of ten.
  double base = hex ? 2 : 10;
  long exponent = power - fraction_digits * (hex ? 4 : 1);
  // Scaled one step at a time: at most a few hundred thousand steps, ending at infinity or 0 when it must.
  for (; exponent > 0 && mantissa < __builtin_inf(); --exponent) mantissa *= base;
  for (; exponent < 0 && mantissa > 0; ++exponent) mantissa /= base;
  value = negative ? -mantissa : mantissa;
  return true;
}

// "1.5", "2m", ".25h", "1e-3", "0x1p-4", "infinity": the duration; false when it is not one (or negative).
bool parse_duration(solo::StringView s, solo::Timespec &d) {
  size_t i = 0;
  double seconds;
  if (!parse_number(s, i, seconds) || !(seconds >= 0)) return false; // !(>=) also refuses NaN
  double unit = 1;
  if (i < s.size()) {
    switch (s[i]) {
    case 's':
      unit = 1;
      break;
    case 'm':
      unit = 60;
      break;
    case 'h':
      unit = 3600;
      break;
    case 'd':
      unit = 86400;
      break;
    default:
      return false;
    }
    if (++i != s.size()) return false;
  }
  seconds *= unit;
  if (seconds >= static_cast<double>(forever_seconds)) {
    d = {forever_seconds, 0};
    return true;
  }
  long whole = static_cast<long>(seconds);
  long ns = static_cast<long>((seconds - static_cast<double>(whole)) * 1e9 + 0.5);
  if (ns >= 1'000'000'000) ++whole, ns -= 1'000'000'000;
  d = {whole, ns};
  return true;
}

// The sum of two durations, stopping at forever.
solo::Timespec add(solo::Timespec a, solo::Timespec b) {
  long sec = a.tv_sec + b.tv_sec, ns = a.tv_nsec + b.tv_nsec; // each below forever_seconds: no overflow
  if (ns >= 1'000'000'000) ++sec, ns -= 1'000'000'000;
  if (sec >= forever_seconds) return {forever_seconds, 0};
  return {sec, ns};
}

} // namespace

int main(int argc, char **argv) {
  tool::program = argv[0];
  solo::OptionParser p(argc, argv, static_cast<const solo::Option *>(nullptr), 0);
  // Operands are only gathered while parsing (see tiny_tool.hpp), so an option after them still counts:
  // `sleep 5 --help` prints the help, as GNU's does. Then every bad one is named before the hint.
  int n = 0;
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case solo::OptionParser::Operand:
      tool::keep_operand(argv, n, p.value());
      break;
    case solo::OptionParser::Help:
      solo::println("Usage: {} NUMBER[SUFFIX]...\nPause for NUMBER seconds.  SUFFIX may be 's' for seconds (the "
                    "default),\n'm' for minutes, 'h' for hours or 'd' for days.  NUMBER need not be an integer,\n"
                    "and may be in hexadecimal or 'infinity'.  Given two or more arguments, pause for the sum\n"
                    "of their values.",
                    tool::base_name(argv[0]));
      return 0;
    case solo::OptionParser::Version:
      return tool::version(), 0;
    default:
      return tool::usage_error(p);
    }
  }
  if (n == 0) return tool::usage_error("missing operand");
  solo::Timespec total{};
  bool valid = true;
  for (int i = 1; i <= n; ++i) {
    solo::Timespec d;
    if (!parse_duration(argv[i], d)) {
      solo::println(solo::io::stderr, "{}: invalid time interval '{}'", argv[0], argv[i]);
      valid = false;
      continue;
    }
    total = add(total, d);
  }
  if (!valid) return tool::try_help(), 1;
  tool::lock_down();
  if (auto r = solo::io::sleep_for(total); !r) {
    solo::println(solo::io::stderr, "{}: cannot read realtime clock: {}", argv[0], r.error());
    return 1;
  }
  return 0;
}
