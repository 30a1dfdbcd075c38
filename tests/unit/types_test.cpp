#include "prelude.hpp"

#include <fcntl.h>

using solo::Timespec;

TEST_CASE("Timespec arithmetic normalises nanoseconds") {
  CHECK(Timespec::from_nanoseconds(1'500'000'000) == Timespec{1, 500'000'000});
  CHECK(Timespec::from_nanoseconds(-1) == Timespec{-1, 999'999'999});
  CHECK(Timespec::from_milliseconds(300).to_nanoseconds() == 300'000'000);
  CHECK(Timespec{1, 600'000'000} + Timespec{0, 500'000'000} == Timespec{2, 100'000'000});
  CHECK(Timespec{2, 100'000'000} - Timespec{0, 500'000'000} == Timespec{1, 600'000'000});
  CHECK(Timespec{1, 0} < Timespec{1, 1});
  CHECK_FALSE(Timespec{2, 0} < Timespec{1, 999'999'999});
  CHECK(Timespec{1, 5} <= Timespec{1, 5});
}

TEST_CASE("Fd closes what it owns, exactly once") {
  int raw = ::open("/proc/self/status", O_RDONLY);
  REQUIRE(raw >= 0);
  {
    solo::Fd fd(raw);
    CHECK(fd.valid());
    solo::Fd moved = solo::move(fd);
    CHECK_FALSE(fd.valid());
    CHECK(moved.get() == raw);
    CHECK(::fcntl(raw, F_GETFD) >= 0);
  }
  CHECK(::fcntl(raw, F_GETFD) == -1); // closed by the destructor

  int again = ::open("/proc/self/status", O_RDONLY);
  solo::Fd fd(again);
  CHECK(fd.close().has_value());
  CHECK_FALSE(fd.valid());
  solo::Fd released(::open("/proc/self/status", O_RDONLY));
  int kept = released.release();
  CHECK(::fcntl(kept, F_GETFD) >= 0);
  ::close(kept);
}
