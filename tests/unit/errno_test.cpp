#include "prelude.hpp"

#include <string.h>

#include <string>

using solo::Errno;

TEST_CASE("Errno names match the kernel's and messages match the host's strerror") {
  CHECK(static_cast<int>(Errno::EPERM) == 1);
  CHECK(static_cast<int>(Errno::ENOENT) == 2);
  CHECK(static_cast<int>(Errno::EAGAIN) == 11);
  CHECK(Errno::EWOULDBLOCK == Errno::EAGAIN);
  CHECK(static_cast<int>(Errno::ENOSYS) == 38);
  CHECK(static_cast<int>(Errno::EHWPOISON) == 133);
  CHECK(std::string(solo::name(Errno::ENOENT)) == "ENOENT");
  CHECK(std::string(solo::message(Errno::ENOENT)) == "No such file or directory");
  CHECK(std::string(solo::name(static_cast<Errno>(4000))) == "EUNKNOWN");
  CHECK(std::string(solo::message(static_cast<Errno>(4000))) == "Unknown error");

  int known = 0;
  for (int e = 1; e <= 133; ++e) {
    std::string n = solo::name(static_cast<Errno>(e));
    if (e == 41 || e == 58) { // numbers the kernel leaves unused
      CHECK(n == "EUNKNOWN");
      continue;
    }
    ++known;
    CHECK(n[0] == 'E');
    CHECK(std::string(solo::message(static_cast<Errno>(e))) == ::strerror(e));
  }
  CHECK(known == 131);
}
