#include "prelude.hpp"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include "temp_dir.hpp"

using solo::CStr;
using solo::Errno;
namespace sys = solo::sys;
using sys::OpenFlags;

namespace {
CStr c(const std::string &s) { return CStr(s.c_str()); }

solo::Fd create(const std::string &path, OpenFlags extra = OpenFlags::ReadOnly) {
  auto fd = sys::openat(sys::at_fdcwd, c(path),
                        OpenFlags::ReadWrite | OpenFlags::Create | OpenFlags::CloseOnExec | extra, 0644);
  REQUIRE(fd.has_value());
  return std::move(*fd);
}
} // namespace

TEST_CASE("CStr accepts literals and checks buffers") {
  CStr lit = "abc";
  CHECK(lit.size() == 3);
  char buf[4] = {'x', 'y', 'z', 'w'};
  CHECK(CStr::from_buffer(buf, sizeof(buf)).error() == Errno::EINVAL);
  buf[2] = '\0';
  auto ok = CStr::from_buffer(buf, sizeof(buf));
  REQUIRE(ok.has_value());
  CHECK(ok->view() == solo::StringView("xy"));
}

TEST_CASE("openat creates, Exclusive refuses, the owning Fd closes") {
  TempDir dir;
  std::string path = dir / "f";
  int number;
  {
    solo::Fd fd = create(path, OpenFlags::Exclusive);
    number = fd.get();
    CHECK(::fcntl(number, F_GETFD) == FD_CLOEXEC);
  }
  CHECK(::fcntl(number, F_GETFD) == -1); // closed by ~Fd
  auto again =
      sys::openat(sys::at_fdcwd, c(path), OpenFlags::WriteOnly | OpenFlags::Create | OpenFlags::Exclusive, 0644);
  CHECK(again.error() == Errno::EEXIST);
  CHECK(sys::openat(sys::at_fdcwd, c(dir / "missing"), OpenFlags::ReadOnly).error() == Errno::ENOENT);
  CHECK(sys::openat(sys::at_fdcwd, c(path + "/x"), OpenFlags::ReadOnly).error() == Errno::ENOTDIR);
  CHECK(sys::openat(12345, "relative", OpenFlags::ReadOnly).error() == Errno::EBADF);
}

TEST_CASE("openat2 resolves beneath a directory") {
  TempDir dir;
  auto d = sys::openat(sys::at_fdcwd, c(dir.path), OpenFlags::Directory | OpenFlags::CloseOnExec);
  REQUIRE(d.has_value());
  {
    solo::Fd f = create(dir / "inside");
  }
  auto in = sys::openat2(*d, "inside",
                         sys::OpenHow(OpenFlags::ReadOnly | OpenFlags::CloseOnExec, 0, sys::ResolveFlags::Beneath));
  if (!emulator::gives("openat2")) { // QEMU 7.2
    CHECK(in.error() == Errno::ENOSYS);
    return;
  }
  CHECK(in.has_value());
  auto out = sys::openat2(*d, "../",
                          sys::OpenHow(OpenFlags::ReadOnly | OpenFlags::CloseOnExec, 0, sys::ResolveFlags::Beneath));
  CHECK(out.error() == Errno::EXDEV);
  // A mode without Create is rejected by openat2, unlike openat.
  CHECK(sys::openat2(*d, "inside", sys::OpenHow(OpenFlags::ReadOnly, 0644)).error() == Errno::EINVAL);
}

TEST_CASE("read, write, the positional and vector forms, lseek and ftruncate") {
  TempDir dir;
  solo::Fd fd = create(dir / "data");
  CHECK(sys::write(fd, "hello world", 11).value_or(0) == 11);
  CHECK(sys::lseek(fd, 0, sys::Whence::Cur).value_or(-1) == 11);
  char buf[32] = {};
  CHECK(sys::pread64(fd, buf, 5, 6).value_or(0) == 5);
  CHECK(std::string(buf, 5) == "world");
  CHECK(sys::pwrite64(fd, "W", 1, 6).value_or(0) == 1);
  CHECK(sys::lseek(fd, 0, sys::Whence::Cur).value_or(-1) == 11); // positional calls leave the offset alone

  const char *a = "ab", *b = "cde";
  sys::Iovec out[2] = {{a, 2}, {b, 3}};
  CHECK(sys::lseek(fd, 0, sys::Whence::End).value_or(-1) == 11);
  CHECK(sys::writev(fd, out, 2).value_or(0) == 5);
  char x[6] = {}, y[10] = {};
  sys::Iovec in[2] = {{x, 5}, {y, 9}};
  CHECK(sys::lseek(fd, 0, sys::Whence::Set).value_or(-1) == 0);
  CHECK(sys::readv(fd, in, 2).value_or(0) == 14);
  CHECK(std::string(x) == "hello");
  CHECK(std::string(y) == " Worldabc");

  auto p = sys::pwritev2(fd, out, 1, 0);
  if (!emulator::gives("preadv2")) { // no qemu-user here has preadv2/pwritev2
    CHECK(p.error() == Errno::ENOSYS);
    sys::Iovec zin[1] = {{y, 2}};
    CHECK(sys::preadv2(fd, zin, 1, 0).error() == Errno::ENOSYS);
  } else {
    CHECK(p.value_or(0) == 2);
    char z[3] = {};
    sys::Iovec zin[1] = {{z, 2}};
    CHECK(sys::preadv2(fd, zin, 1, 0).value_or(0) == 2);
    CHECK(std::string(z) == "ab");
    CHECK(sys::preadv2(fd, zin, 1, 0, static_cast<sys::RwFlags>(0x4000)).error() == Errno::EOPNOTSUPP);
  }

  CHECK(sys::ftruncate(fd, 3).has_value());
  CHECK(sys::lseek(fd, 0, sys::Whence::End).value_or(-1) == 3);
  CHECK(sys::ftruncate(fd, -1).error() == Errno::EINVAL);
  CHECK(sys::lseek(fd, 0, static_cast<sys::Whence>(99)).error() == Errno::EINVAL);
  CHECK(sys::fsync(fd).has_value());
  CHECK(sys::fdatasync(fd).has_value());
  CHECK(sys::syncfs(fd).has_value());
  sys::sync();
  CHECK(sys::fsync(-1).error() == Errno::EBADF);

  auto pipe = sys::pipe2(OpenFlags::CloseOnExec);
  REQUIRE(pipe.has_value());
  CHECK(sys::lseek(pipe->read, 0, sys::Whence::Set).error() == Errno::ESPIPE);
}

TEST_CASE("dup, dup3 and the typed fcntl commands") {
  auto pipe = sys::pipe2();
  REQUIRE(pipe.has_value());
  CHECK(sys::fcntl_getfd(pipe->read).value_or(sys::FdFlags::CloseOnExec) == sys::FdFlags::None);
  CHECK(sys::fcntl_setfd(pipe->read, sys::FdFlags::CloseOnExec).has_value());
  CHECK(sys::fcntl_getfd(pipe->read).value_or(sys::FdFlags::None) == sys::FdFlags::CloseOnExec);

  auto d = sys::dup(pipe->write);
  REQUIRE(d.has_value());
  CHECK(d->get() != pipe->write.get());
  CHECK(sys::fcntl_getfd(*d).value_or(sys::FdFlags::CloseOnExec) == sys::FdFlags::None);

  auto high = sys::fcntl_dupfd(pipe->write, 100);
  REQUIRE(high.has_value());
  CHECK(high->get() >= 100);
  CHECK(sys::fcntl_getfd(*high).value_or(sys::FdFlags::None) == sys::FdFlags::CloseOnExec);

  CHECK(sys::dup3(pipe->write, high->get(), OpenFlags::ReadOnly).has_value());
  CHECK(sys::fcntl_getfd(*high).value_or(sys::FdFlags::CloseOnExec) == sys::FdFlags::None);
  CHECK(sys::dup3(*high, *high).error() == Errno::EINVAL);
  CHECK(sys::dup(-1).error() == Errno::EBADF);

  auto fl = sys::fcntl_getfl(pipe->read);
  REQUIRE(fl.has_value());
  CHECK((*fl & OpenFlags::AccessMode) == OpenFlags::ReadOnly);
  CHECK_FALSE(has(*fl, OpenFlags::NonBlock));
  CHECK(sys::fcntl_setfl(pipe->read, *fl | OpenFlags::NonBlock).has_value());
  char c1;
  CHECK(sys::read(pipe->read, &c1, 1).error() == Errno::EAGAIN);
  CHECK(sys::fcntl(pipe->read, static_cast<sys::FcntlCmd>(-5)).error() == Errno::EINVAL);

  auto size = sys::fcntl_setpipe_sz(pipe->write, 100000);
  REQUIRE(size.has_value());
  CHECK(*size >= 100000);
  CHECK(sys::fcntl_getpipe_sz(pipe->write).value_or(0) == *size);

  CHECK(sys::write(pipe->write, "abc", 3).value_or(0) == 3);
  int ready = 0;
  CHECK(sys::ioctl(pipe->read, sys::ioctl_fionread, &ready).has_value());
  CHECK(ready == 3);
  CHECK(sys::ioctl(pipe->read, sys::ioctl_tcgets, &ready).error() == Errno::ENOTTY);
}

TEST_CASE("close and close_range") {
  auto pipe = sys::pipe2();
  REQUIRE(pipe.has_value());
  int lo = pipe->read.get(), hi = pipe->write.get();
  if (lo > hi) std::swap(lo, hi);
  auto r = sys::close_range(lo, hi, sys::CloseRangeFlags::CloseOnExec); // every kernel and emulator here has it
  CHECK(r.has_value());
  CHECK(sys::fcntl_getfd(lo).value_or(sys::FdFlags::None) == sys::FdFlags::CloseOnExec);
  CHECK(sys::fcntl_getfd(hi).value_or(sys::FdFlags::None) == sys::FdFlags::CloseOnExec);
  CHECK(sys::close_range(hi, lo).error() == Errno::EINVAL);
  CHECK(sys::close(pipe->read.release()).has_value());
  CHECK(sys::close(pipe->write.release()).has_value());
  CHECK(sys::close(lo).error() == Errno::EBADF);
}

TEST_CASE("record locks: process-associated and open-file-description") {
  TempDir dir;
  solo::Fd a = create(dir / "lock");
  sys::Flock lk;
  lk.l_type = sys::LockType::Write;
  CHECK(sys::fcntl_setlk(a, lk).has_value());
  // Another process sees the lock and who holds it.
  pid_t me = ::getpid();
  int fd = a.get();
  int status = in_child([&] {
    sys::Flock probe;
    probe.l_type = sys::LockType::Write;
    if (!sys::fcntl_getlk(fd, probe)) return 1;
    if (probe.l_type != sys::LockType::Write || probe.l_pid != me) return 2;
    probe.l_type = sys::LockType::Read;
    return sys::fcntl_setlk(fd, probe).error() == Errno::EAGAIN ? 0 : 3;
  });
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);

  // OFD locks conflict between two opens even inside one process (and with process locks: drop that first).
  lk.l_type = sys::LockType::Unlock;
  CHECK(sys::fcntl_setlk(a, lk).has_value());
  solo::Fd b = create(dir / "lock");
  solo::Fd c2 = create(dir / "lock");
  sys::Flock o;
  o.l_type = sys::LockType::Write;
  CHECK(sys::fcntl_ofd_setlk(b, o).has_value());
  sys::Flock o2;
  o2.l_type = sys::LockType::Write;
  CHECK(sys::fcntl_ofd_setlk(c2, o2).error() == Errno::EAGAIN);
  o2.l_pid = 1; // OFD commands insist on l_pid 0
  CHECK(sys::fcntl_ofd_getlk(c2, o2).error() == Errno::EINVAL);

  // flock locks belong to the open file too.
  CHECK(sys::flock(b, sys::FlockOp::Exclusive).has_value());
  CHECK(sys::flock(c2, sys::FlockOp::Exclusive | sys::FlockOp::NonBlock).error() == Errno::EWOULDBLOCK);
  CHECK(sys::flock(b, sys::FlockOp::Unlock).has_value());
  CHECK(sys::flock(c2, sys::FlockOp::Shared | sys::FlockOp::NonBlock).has_value());
  CHECK(sys::flock(-1, sys::FlockOp::Shared).error() == Errno::EBADF);
}

TEST_CASE("memfd_create and seals") {
  auto m = sys::memfd_create("solo-test", sys::MemfdFlags::CloseOnExec | sys::MemfdFlags::AllowSealing);
  REQUIRE(m.has_value());
  CHECK(sys::write(*m, "1234", 4).value_or(0) == 4);
  CHECK(sys::fcntl_add_seals(*m, sys::Seals::Write | sys::Seals::Shrink).has_value());
  CHECK(has(sys::fcntl_get_seals(*m).value_or(sys::Seals::None), sys::Seals::Write));
  CHECK(sys::write(*m, "5", 1).error() == Errno::EPERM);
  CHECK(sys::ftruncate(*m, 1).error() == Errno::EPERM);
  auto plain = sys::memfd_create("plain");
  REQUIRE(plain.has_value());
  CHECK(sys::fcntl_add_seals(*plain, sys::Seals::Write).error() == Errno::EPERM); // sealing not allowed
  CHECK(sys::memfd_create("x", static_cast<sys::MemfdFlags>(0x100)).error() == Errno::EINVAL);
}

TEST_CASE("in-kernel copies: copy_file_range, sendfile, splice, tee") {
  TempDir dir;
  solo::Fd src = create(dir / "src");
  solo::Fd dst = create(dir / "dst");
  CHECK(sys::write(src, "0123456789", 10).value_or(0) == 10);

  sys::off_t in_off = 2, out_off = 0;
  auto copied = sys::copy_file_range(src, &in_off, dst, &out_off, 5); // every kernel and emulator here has it
  CHECK(copied.value_or(0) == 5);
  CHECK(in_off == 7);
  char copy[6] = {};
  CHECK(sys::pread64(dst, copy, 5, 0).value_or(0) == 5);
  CHECK(std::string(copy) == "23456");
  CHECK(sys::copy_file_range(src, nullptr, dst, nullptr, 1, 1).error() == Errno::EINVAL);

  sys::off_t off = 0;
  auto pipe = sys::pipe2(OpenFlags::CloseOnExec);
  REQUIRE(pipe.has_value());
  CHECK(sys::sendfile(pipe->write, src, &off, 4).value_or(0) == 4);
  CHECK(off == 4);

  auto pipe2 = sys::pipe2(OpenFlags::CloseOnExec);
  REQUIRE(pipe2.has_value());
  CHECK(sys::tee(pipe->read, pipe2->write, 4).value_or(0) == 4);
  sys::off_t dst_off = 20;
  CHECK(sys::splice(pipe->read, nullptr, dst, &dst_off, 4).value_or(0) == 4);
  char buf[5] = {};
  CHECK(sys::read(pipe2->read, buf, 4).value_or(0) == 4);
  CHECK(std::string(buf) == "0123");
  CHECK(sys::pread64(dst, buf, 4, 20).value_or(0) == 4);
  CHECK(std::string(buf) == "0123");
  // Neither side a pipe.
  CHECK(sys::splice(src, nullptr, dst, nullptr, 1).error() == Errno::EINVAL);
  CHECK(sys::tee(src, pipe2->write, 1).error() == Errno::EINVAL);
}

TEST_CASE("fallocate, fadvise64, readahead") {
  TempDir dir;
  solo::Fd f = create(dir / "space");
  auto r = sys::fallocate(f, sys::FallocateMode::Allocate, 0, 8192);
  if (r || r.error() != Errno::EOPNOTSUPP) {
    CHECK(r.has_value());
    CHECK(sys::lseek(f, 0, sys::Whence::End).value_or(0) == 8192);
    CHECK(sys::fallocate(f, sys::FallocateMode::KeepSize, 8192, 4096).has_value());
    CHECK(sys::lseek(f, 0, sys::Whence::End).value_or(0) == 8192);
  }
  CHECK(sys::fallocate(f, sys::FallocateMode::Allocate, 0, 0).error() == Errno::EINVAL);
  CHECK(sys::fadvise64(f, 0, 0, sys::FileAdvice::Sequential).has_value());
  CHECK(sys::readahead(f, 0, 4096).has_value());
  auto pipe = sys::pipe2(OpenFlags::CloseOnExec);
  REQUIRE(pipe.has_value());
  CHECK(sys::fadvise64(pipe->read, 0, 0, sys::FileAdvice::Normal).error() == Errno::ESPIPE);
  CHECK(sys::readahead(pipe->read, 0, 1).error() == Errno::EINVAL);
}

TEST_CASE("fstat, newfstatat and statx agree with the host's stat") {
  TempDir dir;
  solo::Fd f = create(dir / "s");
  CHECK(sys::write(f, "12345", 5).value_or(0) == 5);
  struct ::stat host;
  REQUIRE(::stat((dir / "s").c_str(), &host) == 0);

  sys::Stat st{};
  REQUIRE(sys::fstat(f, st).has_value());
  CHECK(st.st_ino == host.st_ino);
  CHECK(st.st_dev == host.st_dev);
  CHECK(st.st_size == 5);
  CHECK(st.st_mode == host.st_mode);
  CHECK(st.st_nlink == 1);
  CHECK(st.st_uid == host.st_uid);
  CHECK(st.st_blksize == host.st_blksize);
  CHECK(st.st_mtim.tv_sec == host.st_mtim.tv_sec);
  CHECK(st.st_mtim.tv_nsec == host.st_mtim.tv_nsec);
  CHECK(sys::is_regular(st.st_mode));

  sys::Stat st2{};
  REQUIRE(sys::newfstatat(sys::at_fdcwd, c(dir / "s"), st2).has_value());
  CHECK(st2.st_ino == st.st_ino);
  REQUIRE(sys::newfstatat(f, "", st2, sys::AtFlags::EmptyPath).has_value());
  CHECK(st2.st_ino == st.st_ino);
  REQUIRE(::symlink("s", (dir / "link").c_str()) == 0);
  REQUIRE(sys::newfstatat(sys::at_fdcwd, c(dir / "link"), st2, sys::AtFlags::SymlinkNoFollow).has_value());
  CHECK(sys::is_symlink(st2.st_mode));
  CHECK(sys::newfstatat(sys::at_fdcwd, c(dir / "none"), st2).error() == Errno::ENOENT);
  CHECK(sys::fstat(-1, st2).error() == Errno::EBADF);

  sys::Statx sx{};
  REQUIRE(sys::statx(sys::at_fdcwd, c(dir / "s"), sys::AtFlags::None, sys::StatxMask::BasicStats, sx).has_value());
  CHECK(has(sx.mask(), sys::StatxMask::Size | sys::StatxMask::Ino | sys::StatxMask::Mode));
  CHECK(sx.stx_size == 5);
  CHECK(sx.stx_ino == host.st_ino);
  CHECK(sx.stx_mode == host.st_mode);
  CHECK(sx.stx_mtime.tv_sec == host.st_mtim.tv_sec);
  CHECK(sx.stx_mtime.tv_nsec == static_cast<unsigned>(host.st_mtim.tv_nsec));
  CHECK(sys::statx(sys::at_fdcwd, c(dir / "none"), sys::AtFlags::None, sys::StatxMask::BasicStats, sx).error() ==
        Errno::ENOENT);
  CHECK(sys::statx(sys::at_fdcwd, c(dir / "s"), static_cast<sys::AtFlags>(0x6000), sys::StatxMask::Size, sx).error() ==
        Errno::EINVAL);
}

TEST_CASE("faccessat2, fchmod, fchmodat, fchown, fchownat, utimensat, umask") {
  TempDir dir;
  solo::Fd f = create(dir / "p");
  CHECK(sys::fchmod(f, 0600).has_value());
  sys::Stat st{};
  REQUIRE(sys::fstat(f, st).has_value());
  CHECK((st.st_mode & sys::mode_permissions) == 0600);
  CHECK(sys::fchmodat(sys::at_fdcwd, c(dir / "p"), 0640).has_value());
  REQUIRE(sys::fstat(f, st).has_value());
  CHECK((st.st_mode & sys::mode_permissions) == 0640);
  CHECK(sys::fchmodat(sys::at_fdcwd, c(dir / "none"), 0640).error() == Errno::ENOENT);

  CHECK(sys::fchown(f, 1234, 5678).has_value()); // the tests run as root
  REQUIRE(sys::fstat(f, st).has_value());
  CHECK(st.st_uid == 1234);
  CHECK(st.st_gid == 5678);
  CHECK(sys::fchownat(sys::at_fdcwd, c(dir / "p"), sys::id_unchanged, 42).has_value());
  REQUIRE(sys::fstat(f, st).has_value());
  CHECK(st.st_uid == 1234);
  CHECK(st.st_gid == 42);
  CHECK(sys::fchown(-1, 0, 0).error() == Errno::EBADF);

  auto acc = sys::faccessat2(sys::at_fdcwd, c(dir / "p"), sys::AccessMode::Read | sys::AccessMode::Write);
  CHECK(acc.has_value()); // every kernel and emulator here has faccessat2
  {
    CHECK(sys::faccessat2(sys::at_fdcwd, c(dir / "none"), sys::AccessMode::Exists).error() == Errno::ENOENT);
    // EACCES needs an identity without root's override: a child that gives up root (owner is 1234, mode 0640).
    std::string path = dir / "p";
    int status = in_child([&] {
      if (!sys::setresgid(65534, 65534, 65534) || !sys::setresuid(65534, 65534, 65534)) return 10;
      auto r = sys::faccessat2(sys::at_fdcwd, CStr(path.c_str()), sys::AccessMode::Read);
      if (r.error() != Errno::EACCES) return 11;
      auto o = sys::openat(sys::at_fdcwd, CStr(path.c_str()), OpenFlags::ReadOnly);
      return o.error() == Errno::EACCES ? 0 : 12;
    });
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }

  solo::Timespec times[2] = {{1000, 5}, {2000, 7}};
  CHECK(sys::utimensat(sys::at_fdcwd, c(dir / "p"), times).has_value());
  REQUIRE(sys::fstat(f, st).has_value());
  CHECK(st.st_atim.tv_sec == 1000);
  CHECK(st.st_mtim.tv_sec == 2000);
  CHECK(st.st_mtim.tv_nsec == 7);
  solo::Timespec keep_mtime[2] = {{3000, 0}, {0, sys::utime_omit}};
  CHECK(sys::utimensat(f, nullptr, keep_mtime).has_value());
  REQUIRE(sys::fstat(f, st).has_value());
  CHECK(st.st_atim.tv_sec == 3000);
  CHECK(st.st_mtim.tv_sec == 2000);
  solo::Timespec bad[2] = {{0, 2'000'000'000}, {0, 0}};
  CHECK(sys::utimensat(f, nullptr, bad).error() == Errno::EINVAL);

  unsigned old = sys::umask(027);
  CHECK(sys::umask(old) == 027);
}
