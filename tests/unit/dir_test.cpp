#include "prelude.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>

#include <set>
#include <vector>

#include "temp_dir.hpp"

using solo::CStr;
using solo::Errno;
namespace sys = solo::sys;
using sys::OpenFlags;

namespace {
CStr c(const std::string &s) { return CStr(s.c_str()); }
} // namespace

TEST_CASE("iterating a directory of 3000 entries, through Dir and through a small buffer") {
  TempDir dir;
  auto d = sys::openat(sys::at_fdcwd, c(dir.path), OpenFlags::Directory | OpenFlags::CloseOnExec);
  REQUIRE(d.has_value());
  constexpr int count = 3000;
  for (int i = 0; i < count; ++i) {
    std::string name = "entry-" + std::to_string(i) + std::string(i % 50, 'x'); // names of many lengths
    auto f = sys::openat(*d, c(name), OpenFlags::WriteOnly | OpenFlags::Create | OpenFlags::CloseOnExec, 0600);
    REQUIRE(f.has_value());
  }
  REQUIRE(sys::mkdirat(*d, "subdir", 0700).has_value());

  auto check_listing = [&](auto &&entries) {
    std::set<std::string> seen;
    int files = 0, dirs = 0, dots = 0;
    for (const sys::DirEntry &e : entries) {
      if (e.is_dot_or_dotdot()) {
        ++dots;
        continue;
      }
      CHECK(seen.insert(e.name().c_str()).second);
      if (e.type == sys::DirType::Regular) ++files;
      if (e.type == sys::DirType::Directory) ++dirs;
      CHECK(e.ino != 0);
    }
    CHECK(entries.error() == Errno(0));
    CHECK(dots == 2);
    CHECK(seen.size() == count + 1);
    CHECK(files + dirs == count + 1); // tmpfs and ext4 both report d_type
    CHECK(dirs == 1);
    for (int i = 0; i < count; i += 97) CHECK(seen.count("entry-" + std::to_string(i) + std::string(i % 50, 'x')) == 1);
  };

  auto dir_stream = sys::Dir::open(sys::at_fdcwd, c(dir.path));
  REQUIRE(dir_stream.has_value());
  check_listing(*dir_stream);

  // A 600-byte buffer holds a handful of records: hundreds of getdents64 calls.
  auto again = sys::openat(sys::at_fdcwd, c(dir.path), OpenFlags::Directory | OpenFlags::CloseOnExec);
  REQUIRE(again.has_value());
  alignas(8) unsigned char small[600];
  sys::DirEntries entries(*again, small, sizeof(small));
  check_listing(entries);
  sys::DirEntry e;
  CHECK(entries.next(e).value_or(true) == false); // stays at the end

  // Moving a Dir mid-way keeps the entries already buffered.
  auto moved_from = sys::Dir::open(sys::at_fdcwd, c(dir.path));
  REQUIRE(moved_from.has_value());
  sys::DirEntry first;
  REQUIRE(moved_from->next(first).value_or(false));
  std::string first_name = first.name().c_str();
  sys::Dir moved(std::move(*moved_from));
  int rest = 0;
  for (const auto &x : moved) {
    CHECK(first_name != x.name().c_str());
    ++rest;
  }
  CHECK(rest == count + 2); // count files, subdir, "." and ".." minus the one already taken

  for (int i = 0; i < count; ++i) {
    std::string name = "entry-" + std::to_string(i) + std::string(i % 50, 'x');
    REQUIRE(sys::unlinkat(*d, c(name)).has_value());
  }
  CHECK(sys::unlinkat(*d, "subdir", sys::UnlinkFlags::RemoveDir).has_value());
}

TEST_CASE("getdents64 and Dir errors") {
  alignas(8) unsigned char tiny[8];
  auto root = sys::openat(sys::at_fdcwd, "/", OpenFlags::Directory | OpenFlags::CloseOnExec);
  REQUIRE(root.has_value());
  CHECK(sys::getdents64(*root, tiny, sizeof(tiny)).error() == Errno::EINVAL);
  sys::DirEntries entries(*root, tiny, sizeof(tiny));
  int n = 0;
  for (const auto &e : entries) {
    (void)e;
    ++n;
  }
  CHECK(n == 0);
  CHECK(entries.error() == Errno::EINVAL);
  CHECK(sys::Dir::open(sys::at_fdcwd, "/proc/self/status").error() == Errno::ENOTDIR);
  CHECK(sys::Dir::open(sys::at_fdcwd, "/nonexistent-solo").error() == Errno::ENOENT);
  CHECK(sys::getdents64(-1, tiny, sizeof(tiny)).error() == Errno::EBADF);
}

TEST_CASE("mkdirat, unlinkat, renameat2, linkat, symlinkat, readlinkat, mknodat") {
  TempDir dir;
  auto d = sys::openat(sys::at_fdcwd, c(dir.path), OpenFlags::Directory | OpenFlags::CloseOnExec);
  REQUIRE(d.has_value());
  CHECK(sys::mkdirat(*d, "a", 0755).has_value());
  CHECK(sys::mkdirat(*d, "a", 0755).error() == Errno::EEXIST);
  CHECK(sys::mkdirat(*d, "missing/a", 0755).error() == Errno::ENOENT);
  {
    auto f = sys::openat(*d, "a/file", OpenFlags::WriteOnly | OpenFlags::Create | OpenFlags::CloseOnExec, 0644);
  }
  CHECK(sys::mkdirat(*d, "a/file/x", 0755).error() == Errno::ENOTDIR);
  CHECK(sys::unlinkat(*d, "a").error() == Errno::EISDIR);
  CHECK(sys::unlinkat(*d, "a", sys::UnlinkFlags::RemoveDir).error() == Errno::ENOTEMPTY);
  CHECK(sys::unlinkat(*d, "a/file", sys::UnlinkFlags::RemoveDir).error() == Errno::ENOTDIR);

  {
    auto f = sys::openat(*d, "b", OpenFlags::WriteOnly | OpenFlags::Create | OpenFlags::CloseOnExec, 0644);
  }
  CHECK(sys::renameat2(*d, "b", *d, "a/file", sys::RenameFlags::NoReplace).error() == Errno::EEXIST);
  auto ex = sys::renameat2(*d, "b", *d, "a", sys::RenameFlags::Exchange);
  CHECK(ex.has_value());
  sys::Stat st{};
  REQUIRE(sys::newfstatat(*d, "b/file", st).has_value()); // "a" (with its file) is now called "b"
  CHECK(sys::renameat2(*d, "a", *d, "c").has_value());
  CHECK(sys::renameat2(*d, "a", *d, "c").error() == Errno::ENOENT);

  CHECK(sys::linkat(*d, "c", *d, "c2").has_value());
  REQUIRE(sys::newfstatat(*d, "c", st).has_value());
  CHECK(st.st_nlink == 2);
  CHECK(sys::linkat(*d, "c", *d, "c2").error() == Errno::EEXIST);
  CHECK(sys::linkat(*d, "b", *d, "b2").error() == Errno::EPERM); // no hard links to directories

  CHECK(sys::symlinkat("c", *d, "sym").has_value());
  char buf[16];
  auto n = sys::readlinkat(*d, "sym", buf, sizeof(buf));
  REQUIRE(n.has_value());
  CHECK(std::string(buf, *n) == "c");
  CHECK(sys::readlinkat(*d, "c", buf, sizeof(buf)).error() == Errno::EINVAL);
  CHECK(sys::symlinkat("c", *d, "sym").error() == Errno::EEXIST);

  CHECK(sys::mknodat(*d, "fifo", static_cast<unsigned>(sys::FileType::Fifo) | 0600).has_value());
  REQUIRE(sys::newfstatat(*d, "fifo", st).has_value());
  CHECK(sys::file_type(st.st_mode) == sys::FileType::Fifo);
  CHECK(sys::mknodat(*d, "fifo", static_cast<unsigned>(sys::FileType::Fifo) | 0600).error() == Errno::EEXIST);
}

TEST_CASE("chdir, fchdir, getcwd, chroot") {
  TempDir dir;
  char saved[PATH_MAX];
  auto len = sys::getcwd(saved, sizeof(saved));
  REQUIRE(len.has_value());
  CHECK(*len == std::string(saved).size() + 1); // the raw call counts the NUL
  char tiny[2];
  CHECK(sys::getcwd(tiny, sizeof(tiny)).error() == Errno::ERANGE);

  char real[PATH_MAX];
  REQUIRE(::realpath(dir.path.c_str(), real) != nullptr);
  REQUIRE(sys::chdir(c(dir.path)).has_value());
  char now[PATH_MAX];
  REQUIRE(sys::getcwd(now, sizeof(now)).has_value());
  CHECK(std::string(now) == real);
  auto back = sys::openat(sys::at_fdcwd, CStr::from_buffer(saved, sizeof(saved)).value(),
                          OpenFlags::Directory | OpenFlags::CloseOnExec);
  REQUIRE(back.has_value());
  REQUIRE(sys::fchdir(*back).has_value());
  REQUIRE(sys::getcwd(now, sizeof(now)).has_value());
  CHECK(std::string(now) == saved);
  CHECK(sys::chdir("/nonexistent-solo").error() == Errno::ENOENT);
  CHECK(sys::chdir("/proc/self/status").error() == Errno::ENOTDIR);
  CHECK(sys::fchdir(-1).error() == Errno::EBADF);

  // chroot changes the whole process: done in children only.
  std::string path = dir.path;
  int status = in_child([&] {
    if (!sys::chroot(CStr(path.c_str()))) return 1;
    return 0;
  });
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  status = in_child([&] {
    if (!sys::setresuid(65534, 65534, 65534)) return 10;
    return sys::chroot("/").error() == Errno::EPERM ? 0 : 11;
  });
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}
