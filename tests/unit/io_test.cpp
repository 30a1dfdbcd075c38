#include "prelude.hpp"

#include <limits.h>
#include <stdio.h>

#include <string>

TEST_CASE("to_decimal prints every width, including the extremes") {
  char buf[24];
  const long values[] = {0, 1, -1, 9, 10, 42, -42, 1234567890, LONG_MAX, LONG_MIN};
  for (long v : values) {
    char ref[32];
    snprintf(ref, sizeof ref, "%ld", v);
    auto s = solo::io::to_decimal(v, buf);
    CHECK(std::string(s.data(), s.size()) == ref);
  }
  auto u = solo::io::to_decimal_unsigned(ULONG_MAX, buf);
  CHECK(std::string(u.data(), u.size()) == (sizeof(long) == 8 ? "18446744073709551615" : "4294967295"));
}

TEST_CASE("write_all writes everything through a pipe and reports errors") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::string big(50000, 'x'); // under the default 64 KiB pipe buffer: no reader needed
  CHECK(solo::io::write_all(fds[1], big.data(), big.size()).has_value());
  std::string got;
  char buf[4096];
  ::close(fds[1]);
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) got.append(buf, n);
  ::close(fds[0]);
  CHECK(got == big);

  size_t written = 123;
  CHECK(solo::io::write_all(-1, "abc", 3, &written).error() == solo::Errno::EBADF);
  CHECK(written == 0);
}

TEST_CASE("auxv from the test runner matches the host's getauxval") {
  auto page = solo::auxv::get(solo::auxv::Type::AT_PAGESZ);
  REQUIRE(page.has_value());
  CHECK(*page == static_cast<unsigned long>(::sysconf(_SC_PAGESIZE)));
}
