#include "failing_memory.hpp"
#include "temp_dir.hpp"

#include <fcntl.h>

#include <string>

using solo::Errno;

namespace {

std::string random_bytes(test::Random &rng, size_t n) {
  std::string s(n, '\0');
  for (auto &c : s) c = static_cast<char>(rng.next());
  return s;
}

void write_file(const std::string &path, const std::string &data) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  REQUIRE(fd >= 0);
  REQUIRE(::write(fd, data.data(), data.size()) == static_cast<ssize_t>(data.size()));
  ::close(fd);
}

} // namespace

TEST_CASE("read_file: regular files of sizes around the buffer steps, byte for byte") {
  TempDir dir;
  test::Random rng(6);
  for (size_t n : {size_t{0}, size_t{1}, size_t{4095}, size_t{4096}, size_t{65535}, size_t{65536}, size_t{65537},
                   size_t{1} << 20, static_cast<size_t>(rng.below(3u << 20))}) {
    std::string data = random_bytes(rng, n);
    write_file(dir / "f", data);
    auto text = solo::io::read_file(solo::CStr((dir / "f").c_str()));
    REQUIRE(text.has_value());
    CHECK(text->size() == n);
    CHECK(text->view() == data);
    CHECK(text->c_str()[n] == '\0');
    // A regular file is read into a block of its own size: no doubling past it.
    CHECK(text->capacity() <= n + 4096);
  }
  CHECK(solo::io::read_file(solo::CStr((dir / "missing").c_str())).error() == Errno::ENOENT);
  CHECK(solo::io::read_file(solo::CStr(dir.path.c_str())).error() == Errno::EISDIR);
}

TEST_CASE("read_append: a pipe fed in random pieces, appended after what is there, String and Vector<char>") {
  test::Random rng(7);
  for (int round = 0; round < 8; ++round) {
    std::string data = random_bytes(rng, rng.below(600000));
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    pid_t child = ::fork();
    if (child == 0) { // writes in pieces of random size, with pauses, so reads come back short
      ::close(fds[0]);
      test::Random pieces(100 + static_cast<unsigned long long>(round));
      size_t at = 0;
      while (at < data.size()) {
        size_t n = 1 + pieces.below(70000);
        if (n > data.size() - at) n = data.size() - at;
        if (::write(fds[1], data.data() + at, n) != static_cast<ssize_t>(n)) ::_exit(1);
        at += n;
        if (pieces.one_in(8)) ::usleep(1000);
      }
      ::_exit(0);
    }
    ::close(fds[1]);
    if (round % 2 == 0) {
      solo::String s = solo::String::from("prefix:");
      REQUIRE(solo::io::read_append(fds[0], s).has_value());
      CHECK(s.size() == data.size() + 7);
      CHECK(s.view().substr(0, 7) == "prefix:");
      CHECK(s.view().substr(7) == data);
    } else {
      solo::Vector<char> v;
      v.push('>');
      REQUIRE(solo::io::read_append(fds[0], v).has_value());
      CHECK(v.size() == data.size() + 1);
      CHECK(std::string_view(v.data() + 1, v.size() - 1) == data);
    }
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(status == 0);
  }
}

TEST_CASE("read_all: files whose size stat does not tell (/proc), and a bad descriptor") {
  auto stat = solo::io::read_file("/proc/self/stat");
  REQUIRE(stat.has_value());
  CHECK(stat->size() > 20);
  CHECK(stat->view().find(") ") != solo::StringView::npos);
  CHECK(solo::io::read_all(-1).error() == Errno::EBADF);
}
