#include "prelude.hpp"

using solo::Errno;
using solo::Result;

namespace {
Result<int> half(int v) {
  if (v % 2) return Errno::EINVAL;
  return v / 2;
}

// A type with a destructor, to check Result runs it exactly once per live value.
struct Counted {
  static inline int live = 0;
  int v;
  explicit Counted(int x) : v(x) { ++live; }
  Counted(const Counted &o) : v(o.v) { ++live; }
  Counted(Counted &&o) : v(o.v) { ++live; }
  ~Counted() { --live; }
};
} // namespace

TEST_CASE("Result holds a value or an Errno") {
  auto ok = half(10);
  CHECK(ok.has_value());
  CHECK(static_cast<bool>(ok));
  CHECK(ok.value() == 5);
  CHECK(*ok == 5);
  CHECK(ok.value_or(-1) == 5);

  auto bad = half(3);
  CHECK_FALSE(bad.has_value());
  CHECK_FALSE(static_cast<bool>(bad));
  CHECK(bad.error() == Errno::EINVAL);
  CHECK(bad.value_or(-1) == -1);
}

TEST_CASE("Result<void>") {
  Result<void> ok;
  CHECK(ok.has_value());
  Result<void> bad = Errno::EBADF;
  CHECK_FALSE(bad);
  CHECK(bad.error() == Errno::EBADF);
}

TEST_CASE("Result constructs, copies, moves and destroys its value exactly once") {
  {
    Result<Counted> a = Counted(1);
    CHECK(Counted::live == 1);
    Result<Counted> b = a;
    CHECK(Counted::live == 2);
    Result<Counted> c = solo::move(a);
    CHECK(Counted::live == 3);
    b = Errno::ENOMEM; // assigning an error destroys the value it held
    CHECK(Counted::live == 2);
    CHECK(c->v == 1);
    c = b;
    CHECK(Counted::live == 1);
    CHECK(c.error() == Errno::ENOMEM);
  }
  CHECK(Counted::live == 0);
}

TEST_CASE("value() on an error dies with SIGABRT and a message") {
  constexpr int value_line = __LINE__ + 9; // the line of the value() call below
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::signal(SIGABRT, SIG_DFL); // doctest installs a crash handler; the child must die for real
    ::dup2(fds[1], 2);
    Result<int> r = Errno::ENOENT;
    (void)r.value(); // value_line
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string text;
  char buf[256];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) text.append(buf, n);
  ::close(fds[0]);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGABRT);
  // Starts with: qemu-user adds its own "uncaught target signal 6" line after ours.
  CHECK(text.rfind("solo: Result::value() on an error: ENOENT (No such file or directory) at ", 0) == 0);
  CHECK(text.find("result_test.cpp:" + std::to_string(value_line) + " in ") != std::string::npos);
}
