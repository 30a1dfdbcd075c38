#include <solo/parse.hpp>

namespace solo::detail {

namespace {
int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}
} // namespace

Result<unsigned long long> parse_magnitude(StringView s, int base, bool &negative, unsigned long long neg_limit,
                                           unsigned long long pos_limit) noexcept {
  const char *p = s.begin(), *end = s.end();
  negative = false;
  if (p != end && (*p == '+' || *p == '-')) negative = *p++ == '-';
  if (base == 0) {
    base = 10;
    if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
      base = 16;
      p += 2;
    } else if (end - p >= 2 && p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) {
      base = 2;
      p += 2;
    } else if (end - p >= 2 && p[0] == '0') {
      base = 8;
      ++p;
    }
  }
  if (base < 2 || base > 36 || p == end) return Errno::EINVAL;
  unsigned long long limit = negative ? neg_limit : pos_limit;
  unsigned long long v = 0;
  bool overflow = false;
  for (; p != end; ++p) {
    int d = digit_value(*p);
    if (d >= base) return Errno::EINVAL;
    // Keep scanning after an overflow: junk later in the string is still EINVAL.
    if (__builtin_mul_overflow(v, static_cast<unsigned long long>(base), &v) ||
        __builtin_add_overflow(v, static_cast<unsigned long long>(d), &v) || v > limit)
      overflow = true;
  }
  if (overflow) return Errno::ERANGE;
  if (negative && v == 0) negative = false; // "-0" is zero, also for unsigned types
  return v;
}

} // namespace solo::detail
