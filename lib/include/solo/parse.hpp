// Text to integers, strictly: the whole string must be the number (no spaces, no trailing junk).
// Errno::EINVAL for anything that is not a number, Errno::ERANGE when it does not fit in Type.
#pragma once

#include <solo/result.hpp>
#include <solo/string_view.hpp>

namespace solo {

namespace detail {
// The magnitude of an optionally signed number in `base` (2..36, or 0: 0x/0X hex, 0b/0B binary, leading 0
// octal, else decimal); ERANGE beyond `limit`.
Result<unsigned long long> parse_magnitude(StringView s, int base, bool &negative, unsigned long long neg_limit,
                                           unsigned long long pos_limit) noexcept;
} // namespace detail

// parse_int<int>("-42"), parse_int<unsigned>("ff", 16), parse_int<long>("0x1f", 0). A '+' or '-' sign is
// accepted; '-' on an unsigned type only for zero.
template <class Type> Result<Type> parse_int(StringView s, int base = 10) noexcept {
  constexpr bool is_signed = Type(-1) < Type(0);
  constexpr unsigned long long max =
      is_signed ? (1ULL << (sizeof(Type) * 8 - 1)) - 1 : static_cast<unsigned long long>(Type(~Type(0)));
  bool negative = false;
  auto m = detail::parse_magnitude(s, base, negative, is_signed ? max + 1 : 0, max);
  if (!m) return m.error();
  if (negative) return static_cast<Type>(0ULL - *m);
  return static_cast<Type>(*m);
}

} // namespace solo
