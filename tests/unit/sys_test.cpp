#include "prelude.hpp"

#include <string.h>

using solo::Errno;
namespace sys = solo::sys;

TEST_CASE("getpid and gettid agree with the host libc") {
  CHECK(sys::getpid() > 0);
  CHECK(sys::getpid() == ::getpid());
  CHECK(sys::gettid() == sys::getpid()); // the test runner is single-threaded
}

TEST_CASE("write into a pipe and read it back") {
  auto pipe = sys::pipe2(sys::OpenFlags::CloseOnExec);
  REQUIRE(pipe.has_value());
  const char message[] = "through the kernel and back";
  auto written = sys::write(pipe->write, message, sizeof(message));
  REQUIRE(written.has_value());
  CHECK(*written == sizeof(message));
  char buf[64] = {};
  auto got = sys::read(pipe->read, buf, sizeof(buf));
  REQUIRE(got.has_value());
  CHECK(*got == sizeof(message));
  CHECK(::memcmp(buf, message, sizeof(message)) == 0);
  int rfd = pipe->read.get(), wfd = pipe->write.get();
  CHECK(pipe->read.close().has_value());
  CHECK(sys::close(pipe->write.release()).has_value());
  // Both ends are gone now.
  CHECK(sys::read(rfd, buf, 1).error() == Errno::EBADF);
  CHECK(sys::close(wfd).error() == Errno::EBADF);
}

TEST_CASE("openat reports errors as Errno values") {
  auto missing = sys::openat(sys::at_fdcwd, "/nonexistent/solo-test-file", sys::OpenFlags::ReadOnly);
  CHECK_FALSE(missing);
  CHECK(missing.error() == Errno::ENOENT);

  auto not_dir = sys::openat(sys::at_fdcwd, "/proc/self/status/x", sys::OpenFlags::ReadOnly);
  CHECK(not_dir.error() == Errno::ENOTDIR);

  auto dir_as_dir = sys::openat(sys::at_fdcwd, "/proc/self/status", sys::OpenFlags::Directory);
  CHECK(dir_as_dir.error() == Errno::ENOTDIR); // the Directory flag has its per-architecture value

  auto ok = sys::openat(sys::at_fdcwd, "/proc/self/status", sys::OpenFlags::ReadOnly | sys::OpenFlags::CloseOnExec);
  REQUIRE(ok.has_value());
  char buf[5] = {};
  REQUIRE(sys::read(*ok, buf, 4).value_or(0) == 4);
  CHECK(std::string(buf) == "Name");
  CHECK(ok->close().has_value());

  CHECK(sys::write(-1, "x", 1).error() == Errno::EBADF);
}

TEST_CASE("raw calls return -errno untouched") {
  long r = sys::raw(sys::nr::close, -1);
  CHECK(r == -9);
  CHECK(sys::is_error(r));
  CHECK_FALSE(sys::is_error(0));
  CHECK_FALSE(sys::is_error(-4096));
  CHECK(sys::is_error(-4095));
}
