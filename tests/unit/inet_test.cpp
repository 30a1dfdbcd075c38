// IPv4/IPv6 text parsing and formatting, compared with the host C library's inet_pton/inet_ntop.
#include "prelude.hpp"

#include <arpa/inet.h>
#include <string.h>

namespace net = solo::net;
using solo::Errno;

namespace {

std::string text(solo::StringView v) { return std::string(v.data(), v.size()); }

} // namespace

TEST_CASE("byte order helpers") {
  CHECK(solo::host_to_net16(0x1234) == htons(0x1234));
  CHECK(solo::host_to_net32(0x12345678) == htonl(0x12345678));
  CHECK(solo::net_to_host16(solo::host_to_net16(8080)) == 8080);
  CHECK(solo::net_to_host32(solo::host_to_net32(0xdeadbeef)) == 0xdeadbeef);
  CHECK(solo::byteswap64(0x0102030405060708ULL) == 0x0807060504030201ULL);
}

TEST_CASE("IPv4 parse and format agree with inet_pton/inet_ntop") {
  for (const char *s : {"0.0.0.0", "127.0.0.1", "255.255.255.255", "10.0.0.1", "192.168.100.7", "1.2.3.4"}) {
    auto a = net::parse_ipv4(s);
    REQUIRE_MESSAGE(a.has_value(), s);
    unsigned char expect[4];
    REQUIRE(inet_pton(AF_INET, s, expect) == 1);
    CHECK(memcmp(a->bytes, expect, 4) == 0);
    char buf[net::ipv4_text_size];
    CHECK(text(net::format_ipv4(*a, buf)) == s);
    CHECK(strcmp(buf, s) == 0); // NUL-terminated
  }
  CHECK(net::parse_ipv4("127.0.0.1").value() == net::Ipv4Address::loopback());
}

TEST_CASE("IPv4 parse rejects what inet_pton rejects") {
  for (const char *s : {"", "1", "1.2.3", "1.2.3.4.5", "256.0.0.1", "1.2.3.04", "01.2.3.4", "1..2.3", ".1.2.3",
                        "1.2.3.", "1.2.3.4 ", " 1.2.3.4", "a.b.c.d", "1.2.3.-4", "1234.1.1.1", "0x1.2.3.4"}) {
    CHECK_MESSAGE(net::parse_ipv4(s).error() == Errno::EINVAL, s);
    unsigned char ignored[4];
    CHECK_MESSAGE(inet_pton(AF_INET, s, ignored) != 1, s);
  }
}

TEST_CASE("IPv6 parse and format agree with inet_pton/inet_ntop") {
  const char *inputs[] = {"::",
                          "::1",
                          "1::",
                          "fe80::1",
                          "2001:db8::ff00:42:8329",
                          "2001:0db8:0000:0000:0000:ff00:0042:8329",
                          "2001:db8:0:0:1:0:0:1",
                          "2001:db8::1:0:0:1",
                          "1:2:3:4:5:6:7:8",
                          "1:2:3:4:5:6:7::",
                          "::2:3:4:5:6:7:8",
                          "1:0:0:4:5:0:0:8",
                          "FE80::ABCD",
                          "::ffff:10.0.0.1",
                          "::ffff:255.255.255.255",
                          "64:ff9b::192.0.2.33",
                          "1:2:3:4:5:6:1.2.3.4",
                          "::1.2.3.4",
                          "0:0:0:0:0:1:0:0",
                          "abcd:ef01:2345:6789:abcd:ef01:2345:6789"};
  for (const char *s : inputs) {
    auto a = net::parse_ipv6(s);
    REQUIRE_MESSAGE(a.has_value(), s);
    unsigned char expect[16];
    REQUIRE(inet_pton(AF_INET6, s, expect) == 1);
    CHECK_MESSAGE(memcmp(a->bytes, expect, 16) == 0, s);
    char ours[net::ipv6_text_size];
    char theirs[INET6_ADDRSTRLEN];
    REQUIRE(inet_ntop(AF_INET6, expect, theirs, sizeof(theirs)) != nullptr);
    std::string formatted = text(net::format_ipv6(*a, ours));
    // glibc prints "::a.b.c.d" for IPv4-compatible addresses (deprecated by RFC 4291); RFC 5952 wants hex.
    if (std::string(s) == "::1.2.3.4") {
      CHECK(formatted == "::102:304");
    } else {
      CHECK_MESSAGE(formatted == theirs, s);
    }
    CHECK(strlen(ours) == formatted.size());
    // And the text reads back as the same address.
    auto again = net::parse_ipv6(ours);
    REQUIRE(again.has_value());
    CHECK(*again == *a);
  }
  CHECK(net::parse_ipv6("::1").value() == net::Ipv6Address::loopback());
  char buf[net::ipv6_text_size];
  net::Ipv6Address longest;
  for (auto &b : longest.bytes) b = 0xff;
  longest.bytes[10] = longest.bytes[11] = 0xff;
  for (int i = 0; i < 10; ++i) longest.bytes[i] = 0;
  CHECK(text(net::format_ipv6(longest, buf)) == "::ffff:255.255.255.255");
}

TEST_CASE("IPv6 parse rejects what inet_pton rejects") {
  for (const char *s : {"",
                        ":",
                        ":::",
                        "1:::2",
                        "1::2::3",
                        ":1::2",
                        "1::2:",
                        "1:2:3:4:5:6:7",
                        "1:2:3:4:5:6:7:8:9",
                        "12345::",
                        "g::1",
                        "1:2:3:4:5:6:7:8::",
                        "::1.2.3",
                        "::1.2.3.4:5",
                        "1:2:3:4:5:6:7:1.2.3.4",
                        "::256.1.1.1",
                        "fe80::1%eth0",
                        " ::1",
                        "::1 ",
                        "1.2.3.4"}) {
    CHECK_MESSAGE(net::parse_ipv6(s).error() == Errno::EINVAL, s);
    unsigned char ignored[16];
    CHECK_MESSAGE(inet_pton(AF_INET6, s, ignored) != 1, s);
  }
}
