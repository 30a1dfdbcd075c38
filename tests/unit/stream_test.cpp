// Buffered streams and the line reader, over pipes and a pseudo-terminal.
#include "prelude.hpp"

#include <fcntl.h>
#include <stdlib.h>

#include <string>

namespace {

std::string drain(int fd) {
  std::string got;
  char b[4096];
  for (ssize_t n; (n = ::read(fd, b, sizeof b)) > 0;) got.append(b, n);
  return got;
}

} // namespace

TEST_CASE("a fully buffered stream writes only when full or flushed; big writes go straight through") {
  int fds[2];
  REQUIRE(::pipe2(fds, O_NONBLOCK) == 0);
  char buf[16];
  solo::io::Stream out(fds[1], buf, sizeof buf, solo::io::Stream::Mode::Full);
  solo::print(out, "{}-{}\n", 12, "ab");
  char b[64];
  CHECK(::read(fds[0], b, sizeof b) == -1); // nothing yet
  solo::print(out, "{:>20}", "x");          // overflows: the first 16 bytes go out
  CHECK(::read(fds[0], b, sizeof b) == 16);
  CHECK(std::string(b, 16) == "12-ab\n          ");
  CHECK(out.flush().has_value());
  std::string big(1000, 'z');
  out.write(solo::StringView(big.data(), big.size()));
  CHECK(out.flush().has_value());
  ::close(fds[1]);
  ::fcntl(fds[0], F_SETFL, 0);
  CHECK(drain(fds[0]) == std::string(9, ' ') + "x" + big); // the first 16 bytes were read above
  ::close(fds[0]);
}

TEST_CASE("line and unbuffered modes flush at the end of a print") {
  int fds[2];
  REQUIRE(::pipe2(fds, O_NONBLOCK) == 0);
  char buf[64];
  solo::io::Stream line(fds[1], buf, sizeof buf, solo::io::Stream::Mode::Line);
  solo::print(line, "no newline");
  char b[64];
  CHECK(::read(fds[0], b, sizeof b) == -1);
  solo::println(line, "!");
  CHECK(::read(fds[0], b, sizeof b) == 12);
  solo::io::Stream unbuffered(fds[1], buf, sizeof buf, solo::io::Stream::Mode::Unbuffered);
  solo::print(unbuffered, "{}", 7);
  CHECK(::read(fds[0], b, sizeof b) == 1);
  ::close(fds[0]);
  ::close(fds[1]);
}

TEST_CASE("errors are sticky: a write to a closed pipe fails with EPIPE from then on") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  ::close(fds[0]);
  signal(SIGPIPE, SIG_IGN);
  char buf[8];
  solo::io::Stream out(fds[1], buf, sizeof buf, solo::io::Stream::Mode::Full);
  solo::print(out, "hello");
  CHECK(out.flush().error() == solo::Errno::EPIPE);
  solo::print(out, "more");
  CHECK(out.flush().error() == solo::Errno::EPIPE);
  CHECK(out.error() == solo::Errno::EPIPE);
  ::close(fds[1]);
  signal(SIGPIPE, SIG_DFL);
}

TEST_CASE("automatic mode: line-buffered on a terminal, fully buffered on a pipe") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  CHECK(!solo::io::is_terminal(fds[0]));
  char buf[32];
  solo::io::Stream to_pipe(fds[1], buf, sizeof buf, solo::io::Stream::Mode::Auto);
  solo::println(to_pipe, "x");
  CHECK(to_pipe.mode() == solo::io::Stream::Mode::Full);
  (void)to_pipe.flush();
  ::close(fds[0]);
  ::close(fds[1]);

  int master = ::posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0) return; // no pseudo-terminals in this environment
  REQUIRE(::grantpt(master) == 0);
  REQUIRE(::unlockpt(master) == 0);
  int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
  REQUIRE(slave >= 0);
  CHECK(solo::io::is_terminal(slave));
  solo::io::Stream tty(slave, buf, sizeof buf, solo::io::Stream::Mode::Auto);
  solo::println(tty, "hi");
  CHECK(tty.mode() == solo::io::Stream::Mode::Line);
  char b[16];
  CHECK(::read(master, b, sizeof b) > 0); // already written: the line went out
  ::close(slave);
  ::close(master);
}

TEST_CASE("LineReader: lines, a last line without newline, long lines in pieces, empty lines") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::string text = "one\n\nthree\n" + std::string(25, 'L') + "\nlast";
  REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  ::close(fds[1]);
  char buf[10];
  solo::io::LineReader in(fds[0], buf, sizeof buf);
  solo::io::Line line;
  std::string seen;
  for (;;) {
    auto more = in.read_line(line);
    REQUIRE(more.has_value());
    if (!*more) break;
    seen += "[" + std::string(line.text.data(), line.text.size()) + (line.newline ? "\\n" : "") +
            (line.partial ? "+" : "") + "]";
  }
  CHECK(seen == "[one\\n][\\n][three\\n][LLLLLLLLLL+][LLLLLLLLLL+][LLLLL\\n][last]");
  ::close(fds[0]);
  CHECK(in.read_line(line).has_value());
  solo::io::LineReader bad(-1, buf, sizeof buf);
  CHECK(bad.read_line(line).error() == solo::Errno::EBADF);
}

TEST_CASE("A Stream writes to an Fd, and is_terminal takes one, as the typed calls do") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  solo::Fd write_end(fds[1]);
  CHECK_FALSE(solo::io::is_terminal(write_end));
  char buf[4];
  solo::io::Stream out(write_end, buf, sizeof buf, solo::io::Stream::Mode::Full);
  solo::print(out, "{} {}", "typed", 12);
  CHECK(out.flush().has_value());
  char got[16] = {};
  CHECK(::read(fds[0], got, sizeof got) == 8);
  CHECK(std::string(got) == "typed 12");
  ::close(fds[0]);
}

TEST_CASE("LineReader reads an Fd as the typed calls take one, without get()") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  REQUIRE(::write(fds[1], "a\nb", 3) == 3);
  ::close(fds[1]);
  solo::Fd owned(fds[0]);
  char buf[8];
  solo::io::LineReader in(owned, buf, sizeof buf);
  solo::io::Line line;
  REQUIRE(in.read_line(line).value_or(false));
  CHECK(line.text == "a");
  REQUIRE(in.read_line(line).value_or(false));
  CHECK(line.text == "b");
  CHECK_FALSE(in.read_line(line).value_or(true));
}
