// As root on a real kernel: proc, sysfs, devtmpfs and tmpfs mount, each is the file system it claims to be
// (statfs magic), its contents work, and each unmounts again.
#include "check.hpp"
#include "kernel.hpp"

using namespace ktest;

namespace {

// Magic numbers from uapi <linux/magic.h>. devtmpfs is tmpfs inside (shmem) when CONFIG_TMPFS is set.
constexpr long proc_magic = 0x9fa0;
constexpr long sysfs_magic = 0x62656572;
constexpr long tmpfs_magic = 0x01021994;

long read_file(const char *path, char *buf, long size) {
  long fd = sys::raw(nr::openat, sys::at_fdcwd, path, 0);
  if (fd < 0) return fd;
  long n = sys::raw(nr::read, fd, buf, size);
  sys::raw(nr::close, fd);
  return n;
}

void check_mount(const char *type, const char *dir, long magic) {
  long before = fs_magic(dir);
  long ret = mount(type, dir, type, 0);
  if (ret < 0) (Line() << "mount " << type << " on " << dir << ": " << error_of(ret)).print();
  CHECK_EQ(ret, 0);
  CHECK_EQ(fs_magic(dir), magic);
  CHECK(before != magic || magic == tmpfs_magic); // the initramfs root itself may be a tmpfs
}

void check_unmount(const char *dir, long magic_inside) {
  CHECK_EQ(sys::raw(nr::umount2, dir, 0), 0);
  CHECK(fs_magic(dir) != magic_inside || magic_inside == tmpfs_magic);
}

} // namespace

int main() {
  CHECK_EQ(sys::raw(nr::getuid), 0);
  const char *dirs[] = {"/mnt", "/mnt/proc", "/mnt/sys", "/mnt/dev", "/mnt/tmp"};
  for (const char *dir : dirs) {
    long ret = mkdir(dir);
    CHECK(ret == 0 || error_of(ret) == solo::Errno::EEXIST);
  }

  check_mount("proc", "/mnt/proc", proc_magic);
  char buf[256];
  long n = read_file("/mnt/proc/self/stat", buf, sizeof(buf));
  CHECK(n > 0);
  // /proc/self/stat starts with our pid and "(" + command name.
  char digits[24];
  StringView pid = solo::io::to_decimal(sys::raw(nr::getpid), digits);
  CHECK(n > static_cast<long>(pid.size()) && StringView(buf, pid.size()) == pid && buf[pid.size()] == ' ');
  n = read_file("/mnt/proc/1/comm", buf, sizeof(buf));
  CHECK(n == 5 && StringView(buf, 5) == "init\n");
  check_unmount("/mnt/proc", proc_magic);
  CHECK(!exists("/mnt/proc/self"));

  check_mount("sysfs", "/mnt/sys", sysfs_magic);
  CHECK(exists("/mnt/sys/kernel"));
  CHECK(exists("/mnt/sys/devices/system/cpu/cpu0"));
  check_unmount("/mnt/sys", sysfs_magic);

  check_mount("devtmpfs", "/mnt/dev", tmpfs_magic);
  long null_fd = sys::raw(nr::openat, sys::at_fdcwd, "/mnt/dev/null", static_cast<unsigned>(sys::OpenFlags::ReadWrite));
  CHECK(null_fd >= 0);
  CHECK_EQ(sys::raw(nr::write, null_fd, "gone", 4), 4);
  CHECK_EQ(sys::raw(nr::read, null_fd, buf, sizeof(buf)), 0);
  sys::raw(nr::close, null_fd);
  buf[0] = 1;
  CHECK_EQ(read_file("/mnt/dev/zero", buf, 16), 16);
  CHECK_EQ(buf[0] | buf[15], 0);
  check_unmount("/mnt/dev", tmpfs_magic);
  CHECK(!exists("/mnt/dev/null"));

  check_mount("tmpfs", "/mnt/tmp", tmpfs_magic);
  long fd = sys::raw(nr::openat, sys::at_fdcwd, "/mnt/tmp/file",
                     static_cast<unsigned>(sys::OpenFlags::ReadWrite | sys::OpenFlags::Create), 0644);
  CHECK(fd >= 0);
  CHECK_EQ(sys::raw(nr::write, fd, "on tmpfs", 8), 8);
  sys::raw(nr::close, fd);
  n = read_file("/mnt/tmp/file", buf, sizeof(buf));
  CHECK(n == 8 && StringView(buf, 8) == "on tmpfs");
  check_unmount("/mnt/tmp", tmpfs_magic);
  CHECK(!exists("/mnt/tmp/file"));
  return check::summary();
}
