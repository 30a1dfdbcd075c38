// A directory tree 3,000 levels deep, made and then walked recursively with one sys::Dir per level on the
// stack, under the default 8 MiB stack: a Dir must cost a few words, not its buffer (with an 8 KiB buffer
// inline the walk died of SIGSEGV at about 950 levels). The walk counts every entry and removes the tree
// on its way back up. With the argument `enomem`, it also checks that Dir::open reports ENOMEM when there is
// no memory for the buffer (natively and on real kernels only: qemu-user ignores RLIMIT_AS).
#include "check.hpp"

#include <solo/fmt.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/process.hpp>
#include <solo/sys/resource.hpp>
#include <solo/sys/stat.hpp>
#include <solo/sys/wait.hpp>

namespace sys = solo::sys;
using solo::CStr;
using solo::Errno;

namespace {

constexpr int depth = 3000;

struct Walk {
  long directories = 0;
  long files = 0;
  long deepest = 0;
  Errno error = Errno(0);
};

// Visits `name` in `dirfd`, then removes it. Each level keeps its Dir open while it descends.
void walk(solo::FdRef dirfd, CStr name, long level, Walk &w) {
  auto dir = sys::Dir::open(dirfd, name);
  if (!dir) {
    w.error = dir.error();
    return;
  }
  ++w.directories;
  if (level > w.deepest) w.deepest = level;
  for (const sys::DirEntry &e : *dir) {
    if (e.is_dot_or_dotdot()) continue;
    if (e.type == sys::DirType::Directory) {
      walk(dir->fd(), e.name(), level + 1, w);
    } else {
      ++w.files;
      (void)sys::unlinkat(dir->fd(), e.name());
    }
  }
  if (dir->error() != Errno(0)) w.error = dir->error();
  if (auto r = sys::unlinkat(dirfd, name, sys::UnlinkFlags::RemoveDir); !r && w.error == Errno(0)) w.error = r.error();
}

// "d" inside "d" inside ... `depth` times under `top`, with a file "f" at every tenth level.
bool make_tree(solo::FdRef top) {
  auto here = sys::openat(top, ".", sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory);
  if (!here) return false;
  solo::Fd at = solo::move(*here);
  for (int level = 1; level <= depth; ++level) {
    if (!sys::mkdirat(at, "d", 0700)) return false;
    auto next = sys::openat(at, "d", sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory);
    if (!next) return false;
    at = solo::move(*next);
    if (level % 10 == 0) {
      auto f = sys::openat(at, "f", sys::OpenFlags::WriteOnly | sys::OpenFlags::Create, 0600);
      if (!f) return false;
    }
  }
  return true;
}

// Room for a descriptor per level.
void raise_open_files() {
  auto limit = sys::getrlimit(sys::Resource::Nofile);
  if (!limit) return;
  sys::Rlimit wanted = *limit;
  if (wanted.rlim_cur < depth + 100) wanted.rlim_cur = wanted.rlim_max < depth + 100 ? wanted.rlim_max : depth + 100;
  (void)sys::setrlimit(sys::Resource::Nofile, wanted);
}

// A fresh directory for the tree: under /dev/shm where it is a tmpfs one may write (an ext4 /tmp makes the
// 3,000 rmdirs wait for its journal), else /tmp (a tmpfs on the kernels); named after the pid.
CStr make_top(char (&name)[64]) {
  solo::StringView base = sys::faccessat2(sys::at_fdcwd, "/dev/shm", sys::AccessMode::Write) ? "/dev/shm" : "/tmp";
  auto r = solo::format_to(name, "{}/solo-dir-deep-{}", base, sys::getpid());
  name[r.text.size()] = '\0';
  return CStr::from_buffer(name, sizeof name).value();
}

void deep_walk() {
  raise_open_files();
  char name_buffer[64];
  CStr name = make_top(name_buffer);
  CHECK(sys::mkdirat(sys::at_fdcwd, name, 0700).has_value());
  auto top = sys::openat(sys::at_fdcwd, name, sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory);
  CHECK(top.has_value());
  if (!top) return;
  CHECK(make_tree(*top));
  Walk w;
  walk(*top, "d", 1, w);
  CHECK(w.error == Errno(0));
  CHECK_EQ(w.directories, depth);
  CHECK_EQ(w.deepest, depth);
  CHECK_EQ(w.files, depth / 10);
  CHECK(sys::unlinkat(sys::at_fdcwd, name, sys::UnlinkFlags::RemoveDir));
}

// In a child that may map nothing more: Dir::open says ENOMEM and leaks no descriptor.
void no_memory() {
  long pid = sys::raw(sys::nr::clone, 17 /* SIGCHLD */, 0, 0, 0, 0);
  if (pid == 0) {
    sys::Rlimit none{0, 0};
    auto before = sys::openat(sys::at_fdcwd, "/", sys::OpenFlags::ReadOnly);
    if (!before) sys::exit_group(10);
    int next_fd = before->get();
    (void)before->close();
    if (!sys::setrlimit(sys::Resource::AddressSpace, none)) sys::exit_group(11);
    auto d = sys::Dir::open(sys::at_fdcwd, "/");
    if (d) sys::exit_group(12);
    if (d.error() != Errno::ENOMEM) sys::exit_group(13);
    // The descriptor Dir::open had opened was closed again: the next one gets the same number.
    auto after = sys::openat(sys::at_fdcwd, "/", sys::OpenFlags::ReadOnly);
    if (!after || after->get() != next_fd) sys::exit_group(14);
    sys::exit_group(0);
  }
  auto w = sys::wait4(static_cast<int>(pid));
  CHECK(w.has_value());
  if (w) CHECK_EQ(w->status.exit_code(), 0);
}

} // namespace

int main(int argc, char **argv) {
  if (argc > 1 && solo::StringView(argv[1]) == "enomem") no_memory(); // first: the heap has mapped nothing yet
  deep_walk();
  return check::summary();
}
