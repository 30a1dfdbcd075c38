#include "prelude.hpp"

#include <time.h>

namespace sig = solo::signal;
using solo::Errno;

namespace {
volatile int unit_hits = 0;
volatile int unit_code = 0;
void unit_count(int) { unit_hits = unit_hits + 1; }
void unit_info(int, sig::Info *info, void *) {
  unit_hits = unit_hits + 1;
  unit_code = info->code;
}
} // namespace

TEST_CASE("SignalSet is the kernel's 64-bit set") {
  auto s = sig::SignalSet::of(sig::HUP, sig::INT, 64);
  CHECK(s.bits() == ((1ull << 0) | (1ull << 1) | (1ull << 63)));
  CHECK(s.contains(sig::INT));
  CHECK_FALSE(s.contains(sig::QUIT));
  CHECK_FALSE(s.contains(0));
  CHECK_FALSE(s.contains(65));
  CHECK((s | sig::SignalSet::of(sig::QUIT)).count() == 4);
  CHECK((~s).count() == 61);
  CHECK(sig::SignalSet().empty());
}

TEST_CASE("a handler installed by solo runs and returns inside a hosted program, and the old action comes back") {
  sig::Action old;
  REQUIRE(sig::set_action(sig::USR1, sig::Action::call(unit_count), &old).has_value());
  unit_hits = 0;
  REQUIRE(sig::raise(sig::USR1).has_value());
  CHECK(unit_hits == 1);
  // The host libc sees the same disposition.
  struct sigaction host{};
  REQUIRE(::sigaction(SIGUSR1, nullptr, &host) == 0);
  CHECK(reinterpret_cast<unsigned long>(host.sa_handler) == reinterpret_cast<unsigned long>(&unit_count));

  REQUIRE(sig::set_action(sig::USR1, sig::Action::call(unit_info, sig::Flags::Restart)).has_value());
  unit_hits = 0;
  REQUIRE(::kill(::getpid(), SIGUSR1) == 0);
  CHECK(unit_hits == 1);
  CHECK(unit_code == sig::code::user);
  auto now = sig::get_action(sig::USR1);
  REQUIRE(now.has_value());
  CHECK(sig::any(now->flags & sig::Flags::Restart));
  CHECK(sig::any(now->flags & sig::Flags::SigInfo));
  REQUIRE(sig::set_action(sig::USR1, old).has_value());
}

TEST_CASE("the interrupt request turns blocking calls into EINTR until cleared") {
  sig::clear_interrupt();
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  REQUIRE(::write(fds[1], "abc", 3) == 3);
  char buf[8];
  CHECK(solo::io::read(fds[0], buf, 1).value_or(0) == 1);
  sig::request_interrupt();
  CHECK(sig::interrupt_requested());
  CHECK(solo::io::read(fds[0], buf, 1).error() == Errno::EINTR);
  size_t written = 99;
  CHECK(solo::io::write_all(fds[1], "x", 1, &written).error() == Errno::EINTR);
  CHECK(written == 0);
  CHECK(solo::io::out("").has_value()); // the program's own messages still go out
  sig::clear_interrupt();
  CHECK(solo::io::read_exact(fds[0], buf, 2).value_or(0) == 2);
  CHECK(std::string(buf, 2) == "bc");
  ::close(fds[0]);
  ::close(fds[1]);
}

TEST_CASE("sleep_for never ends before its deadline and monotonic_now agrees with the host clock") {
  timespec host{};
  ::clock_gettime(CLOCK_MONOTONIC, &host);
  auto start = solo::io::monotonic_now();
  CHECK(start.to_nanoseconds() >= host.tv_sec * 1'000'000'000L + host.tv_nsec);
  REQUIRE(solo::io::sleep_for(solo::Timespec::from_milliseconds(20)).has_value());
  CHECK((solo::io::monotonic_now() - start).to_nanoseconds() >= 20'000'000);
}
