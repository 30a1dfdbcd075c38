#include <solo/io.hpp>

namespace solo::io {

StringView to_decimal_unsigned(unsigned long value, char *buf) noexcept {
  char *end = buf + 21;
  char *p = end;
  do {
    *--p = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  return {p, static_cast<size_t>(end - p)};
}

StringView to_decimal(long value, char *buf) noexcept {
  // Negate in unsigned arithmetic so LONG_MIN does not overflow.
  unsigned long magnitude = value < 0 ? 0UL - static_cast<unsigned long>(value) : static_cast<unsigned long>(value);
  StringView digits = to_decimal_unsigned(magnitude, buf);
  if (value >= 0) return digits;
  char *p = const_cast<char *>(digits.data()) - 1;
  *p = '-';
  return {p, digits.size() + 1};
}

} // namespace solo::io
