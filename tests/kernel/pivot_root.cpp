// pivot_root into a tmpfs, in a child with its own mount namespace (unshare(CLONE_NEWNS)), then `/` is the
// tmpfs, the old root is reachable under /old until it is detached, and the parent's `/` never changed.
//
// The initramfs root (rootfs) cannot itself be pivoted away: it is the namespace's top mount, with no
// parent, and pivot_root refuses that with EINVAL (which is why switch_root moves mounts and chroots
// instead). So the child first makes a tmpfs "stage" its root with chroot, then pivots from there.
#include "check.hpp"
#include "kernel.hpp"

using namespace ktest;

namespace {

int child() {
  CHECK_EQ(sys::raw(nr::unshare, clone_newns), 0);
  // Nothing done here may propagate back to the parent's namespace.
  CHECK_EQ(mount(nullptr, "/", nullptr, ms_rec | ms_private), 0);

  CHECK_EQ(mkdir("/pivot"), 0);
  CHECK_EQ(mount("tmpfs", "/pivot", "tmpfs", 0), 0);
  CHECK_EQ(mkdir("/pivot/old"), 0);
  CHECK_EQ(sys::raw(nr::pivot_root, "/pivot", "/pivot/old"), -22); // EINVAL: rootfs has no parent mount

  CHECK_EQ(mkdir("/stage"), 0);
  CHECK_EQ(mount("tmpfs", "/stage", "tmpfs", 0), 0);
  CHECK_EQ(mkdir("/stage/new"), 0);
  CHECK_EQ(mount("tmpfs", "/stage/new", "tmpfs", 0), 0);
  CHECK_EQ(mkdir("/stage/new/old"), 0);
  long fd = sys::raw(nr::openat, sys::at_fdcwd, "/stage/new/marker",
                     static_cast<unsigned>(sys::OpenFlags::WriteOnly | sys::OpenFlags::Create), 0644);
  CHECK(fd >= 0);
  sys::raw(nr::close, fd);
  CHECK_EQ(sys::raw(nr::chdir, "/stage"), 0);
  CHECK_EQ(sys::raw(nr::chroot, "."), 0);
  CHECK(exists("/new/marker"));

  long ret = sys::raw(nr::pivot_root, "/new", "/new/old");
  if (ret < 0) (Line() << "pivot_root: " << error_of(ret)).print();
  CHECK_EQ(ret, 0);
  CHECK_EQ(sys::raw(nr::chdir, "/"), 0);
  CHECK(exists("/marker"));  // `/` is the new tmpfs
  CHECK(!exists("/new"));    // not the stage any more
  CHECK(exists("/old/new")); // which is under /old now
  CHECK(!exists("/init"));   // and the initramfs is out of sight
  CHECK_EQ(sys::raw(nr::umount2, "/old", mnt_detach), 0);
  CHECK(!exists("/old/new"));
  CHECK(exists("/old"));
  return check::summary();
}

} // namespace

int main() {
  CHECK(exists("/init"));
  long pid = fork();
  if (pid == 0) sys::exit_group(child());
  CHECK(pid > 0);
  int status = -1;
  CHECK_EQ(sys::raw(nr::wait4, pid, &status, 0, nullptr), pid);
  CHECK(exited(status) && exit_code(status) == 0);
  // The parent's namespace is untouched: still the initramfs, with none of the child's mounts.
  CHECK(exists("/init"));
  CHECK(exists("/pivot"));      // the directories were made on the shared rootfs ...
  CHECK(!exists("/pivot/old")); // ... but the tmpfs mounted there was the child's only
  CHECK(!exists("/stage/new"));
  return check::summary();
}
