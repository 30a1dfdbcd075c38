// sleep: pauses for the sum of its arguments, each a number of seconds with an optional fraction and an
// optional unit suffix (s, m, h, d). The wait is an absolute deadline on the monotonic clock (solo's EINTR
// layer), so no storm of signals can end it early.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/io/retry.hpp>

namespace {

// "1.5", "2m", ".25h": the duration in nanoseconds; false when it is not a duration or would overflow.
bool parse_duration(solo::StringView s, unsigned long long &ns) {
  size_t i = 0, n = s.size();
  unsigned long long whole = 0, fraction = 0, scale = 1'000'000'000; // fraction in nanoseconds
  bool digits = false;
  for (; i < n && s[i] >= '0' && s[i] <= '9'; ++i, digits = true) {
    if (whole > 1'000'000'000'000ULL) return false; // more than 31,000 years: not worth representing
    whole = whole * 10 + static_cast<unsigned>(s[i] - '0');
  }
  if (i < n && s[i] == '.') {
    for (++i; i < n && s[i] >= '0' && s[i] <= '9'; ++i, digits = true)
      if (scale >= 10) fraction += (scale /= 10) * static_cast<unsigned>(s[i] - '0');
  }
  if (!digits) return false;
  unsigned long long unit = 1;
  if (i < n) {
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
    if (++i != n) return false;
  }
  unsigned long long total = whole * 1'000'000'000ULL + fraction;
  if (__builtin_mul_overflow(total, unit, &ns)) return false;
  return true;
}

} // namespace

int main(int argc, char **argv) {
  tool::program = argv[0];
  unsigned long long total = 0;
  bool any = false;
  solo::OptionParser p(argc, argv, static_cast<const solo::Option *>(nullptr), 0);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case solo::OptionParser::Operand: {
      unsigned long long ns;
      if (!parse_duration(p.value(), ns) || __builtin_add_overflow(total, ns, &total)) {
        solo::println(solo::io::stderr, "{}: invalid time interval '{}'", argv[0], p.value());
        tool::try_help();
        return 1;
      }
      any = true;
      break;
    }
    case solo::OptionParser::Help:
      solo::println("Usage: {} NUMBER[SUFFIX]...\nPause for NUMBER seconds.  SUFFIX may be 's' for seconds (the "
                    "default),\n'm' for minutes, 'h' for hours or 'd' for days.  NUMBER may have a fraction.\n"
                    "Given two or more arguments, pause for the sum of their values.",
                    tool::base_name(argv[0]));
      return 0;
    case solo::OptionParser::Version:
      return tool::version(), 0;
    default:
      return tool::usage_error(p);
    }
  }
  if (!any) return tool::usage_error("missing operand");
  tool::lock_down();
  solo::Timespec d{static_cast<long>(total / 1'000'000'000ULL), static_cast<long>(total % 1'000'000'000ULL)};
  if (auto r = solo::io::sleep_for(d); !r) {
    solo::println(solo::io::stderr, "{}: cannot read realtime clock: {}", argv[0], r.error());
    return 1;
  }
  return 0;
}
