// A decimal integer as C's strto* functions read one in the C locale (base 10): leading white space, an
// optional sign, then digits, which must run to the end of the text. GNU's tools read process ids
// (strtoimax), signal numbers (strtol) and user and group ids (xstrtoul) this way, so " 5" and "+5" are 5.
#pragma once

#include <solo/string_view.hpp>

namespace tool {

struct DecimalText {
  bool valid = false;    // digits, and nothing after them
  bool negative = false; // a '-' before them
  bool overflow = false; // more than an unsigned long long holds
  unsigned long long magnitude = 0;
};

inline DecimalText read_decimal(solo::StringView s) {
  DecimalText d;
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) ++i;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) d.negative = s[i++] == '-';
  size_t digits = i;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    unsigned long long next = d.magnitude * 10 + static_cast<unsigned>(s[i] - '0');
    if (d.magnitude > ~0ULL / 10 || next < d.magnitude * 10) d.overflow = true;
    d.magnitude = next;
  }
  d.valid = i > digits && i == s.size();
  return d;
}

// The text as a value in [low, high], or false (not a number, or out of that range).
inline bool decimal_in(solo::StringView s, long long low, long long high, long long &out) {
  DecimalText d = read_decimal(s);
  if (!d.valid || d.overflow) return false;
  constexpr unsigned long long most_negative = 1ULL << 63; // -LLONG_MIN
  if (d.negative) {
    if (d.magnitude > most_negative) return false;
    out = d.magnitude == most_negative ? static_cast<long long>(-0x7fffffffffffffffLL - 1)
                                       : -static_cast<long long>(d.magnitude);
  } else {
    if (d.magnitude >= most_negative) return false;
    out = static_cast<long long>(d.magnitude);
  }
  return out >= low && out <= high;
}

} // namespace tool
