#include "prelude.hpp"

#include "temp_dir.hpp"

using solo::CStr;
using solo::Errno;
namespace sys = solo::sys;

TEST_CASE("the classic path calls, built on the *at calls") {
  TempDir dir;
  std::string d = dir.path, f = dir / "f", g = dir / "g", sub = dir / "sub", lnk = dir / "lnk", hard = dir / "hard";
  auto c = [](const std::string &s) { return CStr(s.c_str()); };

  auto fd = sys::open(c(f), sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::CloseOnExec, 0600);
  REQUIRE(fd.has_value());
  CHECK(sys::open(c(dir / "none"), sys::OpenFlags::ReadOnly).error() == Errno::ENOENT);
  sys::Stat st{};
  REQUIRE(sys::stat(c(f), st).has_value());
  CHECK(sys::is_regular(st.st_mode));
  CHECK(sys::stat(c(dir / "none"), st).error() == Errno::ENOENT);
  CHECK(sys::access(c(f), sys::AccessMode::Read | sys::AccessMode::Write).has_value());
  CHECK(sys::access(c(dir / "none"), sys::AccessMode::Exists).error() == Errno::ENOENT);

  CHECK(sys::mkdir(c(sub), 0700).has_value());
  CHECK(sys::mkdir(c(sub), 0700).error() == Errno::EEXIST);
  CHECK(sys::rmdir(c(f)).error() == Errno::ENOTDIR);
  CHECK(sys::rmdir(c(sub)).has_value());
  CHECK(sys::unlink(c(sub)).error() == Errno::ENOENT);

  CHECK(sys::symlink("f", c(lnk)).has_value());
  REQUIRE(sys::lstat(c(lnk), st).has_value());
  CHECK(sys::is_symlink(st.st_mode));
  char buf[8];
  CHECK(sys::readlink(c(lnk), buf, sizeof(buf)).value_or(0) == 1);
  CHECK(sys::link(c(f), c(hard)).has_value());
  CHECK(sys::rename(c(hard), c(g)).has_value());
  CHECK(sys::rename(c(hard), c(g)).error() == Errno::ENOENT);
  REQUIRE(sys::stat(c(g), st).has_value());
  CHECK(st.st_nlink == 2);
  CHECK(sys::chmod(c(g), 0644).has_value());
  CHECK(sys::chown(c(g), 7, 8).has_value());
  CHECK(sys::lchown(c(lnk), 9, 10).has_value());
  REQUIRE(sys::stat(c(f), st).has_value());
  CHECK((st.st_mode & 07777) == 0644);
  CHECK(st.st_uid == 7);
  REQUIRE(sys::lstat(c(lnk), st).has_value());
  CHECK(st.st_uid == 9);
  CHECK(sys::mknod(c(dir / "fifo"), static_cast<unsigned>(sys::FileType::Fifo) | 0600).has_value());
  CHECK(sys::unlink(c(dir / "fifo")).has_value());

  auto p = sys::pipe();
  REQUIRE(p.has_value());
  auto spare = sys::fcntl_dupfd(p->read, 50);
  REQUIRE(spare.has_value());
  CHECK(sys::dup2(p->write, *spare).has_value());
  CHECK(sys::write(*spare, "x", 1).value_or(0) == 1); // now the write end
  CHECK(sys::dup2(*spare, *spare).has_value());       // same number: only checked
  CHECK(sys::dup2(-1, -1).error() == Errno::EBADF);
  CHECK(sys::dup2(-1, *spare).error() == Errno::EBADF);
}
