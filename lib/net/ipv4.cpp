// Dotted-quad IPv4 text, both ways.
#include <solo/net/inet.hpp>

namespace solo::net {

Result<Ipv4Address> parse_ipv4(StringView text) noexcept {
  Ipv4Address addr;
  size_t i = 0;
  for (int part = 0; part < 4; ++part) {
    if (part > 0) {
      if (i >= text.size() || text[i] != '.') return Errno::EINVAL;
      ++i;
    }
    size_t start = i;
    unsigned value = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 3) {
      value = value * 10 + static_cast<unsigned>(text[i] - '0');
      ++i;
    }
    size_t digits = i - start;
    if (digits == 0 || value > 255 || (digits > 1 && text[start] == '0')) return Errno::EINVAL;
    addr.bytes[part] = static_cast<uint8_t>(value);
  }
  if (i != text.size()) return Errno::EINVAL;
  return addr;
}

StringView format_ipv4(const Ipv4Address &addr, char (&buf)[ipv4_text_size]) noexcept {
  size_t n = 0;
  for (int part = 0; part < 4; ++part) {
    if (part > 0) buf[n++] = '.';
    unsigned v = addr.bytes[part];
    if (v >= 100) buf[n++] = static_cast<char>('0' + v / 100);
    if (v >= 10) buf[n++] = static_cast<char>('0' + v / 10 % 10);
    buf[n++] = static_cast<char>('0' + v % 10);
  }
  buf[n] = '\0';
  return StringView(buf, n);
}

} // namespace solo::net
