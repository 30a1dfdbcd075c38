// IPv6 text, both ways (RFC 4291 in, RFC 5952 out).
#include <solo/net/inet.hpp>

namespace solo::net {

namespace {

int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

} // namespace

Result<Ipv6Address> parse_ipv6(StringView text) noexcept {
  uint16_t groups[8] = {};
  int count = 0;   // groups written so far
  int gap_at = -1; // where "::" stands, as a group index
  size_t i = 0;
  const size_t n = text.size();

  if (n >= 2 && text[0] == ':' && text[1] == ':') {
    gap_at = 0;
    i = 2;
  } else if (n >= 1 && text[0] == ':') {
    return Errno::EINVAL; // a single leading colon
  }
  while (i < n) {
    // One group, or a dotted IPv4 tail.
    size_t start = i;
    unsigned value = 0;
    while (i < n && hex_value(text[i]) >= 0 && i - start < 5) {
      value = value * 16 + static_cast<unsigned>(hex_value(text[i]));
      ++i;
    }
    if (i < n && text[i] == '.') {
      // The last 32 bits as dotted decimal: needs room for two groups and must end the text.
      if (count > 6) return Errno::EINVAL;
      auto v4 = parse_ipv4(StringView(text.data() + start, n - start));
      if (!v4) return Errno::EINVAL;
      groups[count++] = static_cast<uint16_t>(v4->bytes[0] << 8 | v4->bytes[1]);
      groups[count++] = static_cast<uint16_t>(v4->bytes[2] << 8 | v4->bytes[3]);
      i = n;
      break;
    }
    size_t digits = i - start;
    if (digits == 0 || digits > 4 || count == 8) return Errno::EINVAL;
    groups[count++] = static_cast<uint16_t>(value);
    if (i == n) break;
    if (text[i] != ':') return Errno::EINVAL;
    ++i;
    if (i < n && text[i] == ':') {
      if (gap_at >= 0) return Errno::EINVAL; // only one "::"
      gap_at = count;
      ++i;
    } else if (i == n) {
      return Errno::EINVAL; // a single trailing colon
    }
  }
  if (gap_at < 0 ? count != 8 : count > 7) return Errno::EINVAL;

  Ipv6Address addr;
  int zeros = 8 - count;
  int out = 0;
  for (int g = 0; g < count; ++g) {
    if (g == gap_at) out += zeros;
    addr.bytes[2 * out] = static_cast<uint8_t>(groups[g] >> 8);
    addr.bytes[2 * out + 1] = static_cast<uint8_t>(groups[g]);
    ++out;
  }
  return addr;
}

StringView format_ipv6(const Ipv6Address &addr, char (&buf)[ipv6_text_size]) noexcept {
  uint16_t groups[8];
  for (int g = 0; g < 8; ++g) groups[g] = static_cast<uint16_t>(addr.bytes[2 * g] << 8 | addr.bytes[2 * g + 1]);

  size_t n = 0;
  // IPv4-mapped (::ffff:a.b.c.d): the form RFC 5952 section 5 recommends.
  bool mapped =
      groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0 && groups[5] == 0xffff;
  if (mapped) {
    const char prefix[] = "::ffff:";
    for (size_t k = 0; k + 1 < sizeof(prefix); ++k) buf[n++] = prefix[k];
    Ipv4Address v4{{addr.bytes[12], addr.bytes[13], addr.bytes[14], addr.bytes[15]}};
    char tail[ipv4_text_size];
    StringView t = format_ipv4(v4, tail);
    for (char c : t) buf[n++] = c;
    buf[n] = '\0';
    return StringView(buf, n);
  }

  // The longest run of at least two zero groups; the first one wins a tie.
  int best_at = -1, best_len = 1;
  for (int g = 0; g < 8;) {
    if (groups[g] != 0) {
      ++g;
      continue;
    }
    int start = g;
    while (g < 8 && groups[g] == 0) ++g;
    if (g - start > best_len) {
      best_at = start;
      best_len = g - start;
    }
  }

  const char digits[] = "0123456789abcdef";
  for (int g = 0; g < 8; ++g) {
    if (g == best_at) {
      buf[n++] = ':';
      if (g == 0) buf[n++] = ':';
      g += best_len - 1;
      continue;
    }
    unsigned v = groups[g];
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      unsigned d = (v >> shift) & 0xf;
      if (d != 0 || started || shift == 0) {
        buf[n++] = digits[d];
        started = true;
      }
    }
    if (g != 7) buf[n++] = ':';
  }
  buf[n] = '\0';
  return StringView(buf, n);
}

} // namespace solo::net
