// IPv4 and IPv6 addresses as values, with a strict text parser and formatter for each
// ("127.0.0.1", "::1", "fe80::1", "::ffff:10.0.0.1").
#pragma once

#include <solo/result.hpp>
#include <solo/string_view.hpp>

namespace solo::net {

// The four bytes in network order, as in struct in_addr.
struct Ipv4Address {
  uint8_t bytes[4] = {};

  static constexpr Ipv4Address any() noexcept { return {}; }
  static constexpr Ipv4Address loopback() noexcept { return {{127, 0, 0, 1}}; }
  friend constexpr bool operator==(const Ipv4Address &a, const Ipv4Address &b) noexcept {
    return a.bytes[0] == b.bytes[0] && a.bytes[1] == b.bytes[1] && a.bytes[2] == b.bytes[2] && a.bytes[3] == b.bytes[3];
  }
};

// The sixteen bytes in network order, as in struct in6_addr.
struct Ipv6Address {
  uint8_t bytes[16] = {};

  static constexpr Ipv6Address any() noexcept { return {}; }
  static constexpr Ipv6Address loopback() noexcept { return {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}}; }
  friend constexpr bool operator==(const Ipv6Address &a, const Ipv6Address &b) noexcept {
    for (int i = 0; i < 16; ++i)
      if (a.bytes[i] != b.bytes[i]) return false;
    return true;
  }
};

// Dotted-quad only: four decimal numbers 0-255 without leading zeros (so "010" is not silently octal),
// nothing before or after. Anything else is Errno::EINVAL.
Result<Ipv4Address> parse_ipv4(StringView text) noexcept;

// RFC 4291 text: eight groups of 1-4 hex digits, one "::" for a run of zero groups, and an optional dotted
// IPv4 address in the last 32 bits. Zone ids ("%eth0") are not accepted. Anything else is Errno::EINVAL.
Result<Ipv6Address> parse_ipv6(StringView text) noexcept;

// Buffer sizes that hold the longest text with room for a terminating NUL.
inline constexpr size_t ipv4_text_size = 16; // "255.255.255.255"
inline constexpr size_t ipv6_text_size = 46; // "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"

// Writes the text (NUL-terminated) into `buf` and returns a view of it (without the NUL).
StringView format_ipv4(const Ipv4Address &addr, char (&buf)[ipv4_text_size]) noexcept;
// RFC 5952 form: lower-case hex, no leading zeros, the longest run of two or more zero groups (the first on a
// tie) as "::", and IPv4-mapped addresses as "::ffff:a.b.c.d".
StringView format_ipv6(const Ipv6Address &addr, char (&buf)[ipv6_text_size]) noexcept;

} // namespace solo::net
