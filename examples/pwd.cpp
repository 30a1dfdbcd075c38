// pwd: the working directory's absolute name. -P (the default, as GNU's): the physical name, symbolic links
// resolved; -L: $PWD when it names this directory absolutely without "." or ".." components. When getcwd
// fails (a name longer than the kernel returns, a directory made unreachable) the name is built by walking
// "..", as GNU's does, and a directory removed from its parent is reported as its entry not being found.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/env.hpp>
#include <solo/string.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

bool same_file(const sys::Stat &a, const sys::Stat &b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

// $PWD, when -L may print it: absolute, no "." or ".." component, and the same directory as ".".
bool logical_ok(solo::StringView pwd) {
  if (!pwd.starts_with('/')) return false;
  for (size_t i = 0; i < pwd.size();) {
    size_t slash = pwd.find('/', i);
    if (slash == solo::StringView::npos) slash = pwd.size();
    solo::StringView part = pwd.substr(i, slash - i);
    if (part == "." || part == "..") return false;
    i = slash + 1;
  }
  sys::Stat here, there;
  auto name = solo::String::try_from(pwd);
  if (!name) return false;
  return sys::newfstatat(sys::at_fdcwd, solo::CStr("."), here) && sys::newfstatat(sys::at_fdcwd, name->cstr(), there) &&
         same_file(here, there);
}

// The name by walking up: at each level, the entry of ".." whose device and inode are this directory's.
// Components are put in front of `path` one by one. False, with the message printed, when a level fails.
bool walk_up(solo::String &path) {
  auto dot = sys::openat(sys::at_fdcwd, solo::CStr("."), sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory);
  if (!dot) return tool::error(".", dot.error()), false;
  solo::Fd current = std::move(*dot);
  sys::Stat self;
  if (auto r = sys::fstat(current, self); !r) return tool::error(".", r.error()), false;
  for (;;) {
    auto up = sys::openat(current, solo::CStr(".."), sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory);
    if (!up) return tool::error("..", up.error()), false;
    sys::Stat parent;
    if (auto r = sys::fstat(*up, parent); !r) return tool::error("..", r.error()), false;
    if (same_file(parent, self)) break; // the root is its own parent
    auto dir = sys::Dir::from_fd(std::move(*up));
    if (!dir) return tool::error("..", dir.error()), false;
    bool found = false;
    for (const sys::DirEntry &e : *dir) {
      if (e.is_dot_or_dotdot()) continue;
      sys::Stat st;
      // d_ino differs from st_ino for mount points, so each candidate is compared by its stat.
      if (!sys::newfstatat(dir->fd(), e.name(), st, sys::AtFlags::SymlinkNoFollow) || !same_file(st, self)) continue;
      solo::StringView name = e.name().c_str();
      path.insert(0, name);
      path.insert(0, "/");
      found = true;
      break;
    }
    if (!found) {
      solo::println(solo::io::stderr, "{}: couldn't find directory entry in '..' with matching i-node", tool::program);
      return false;
    }
    auto fd = sys::dup(dir->fd());
    if (!fd) return tool::error("..", fd.error()), false;
    current = std::move(*fd);
    self = parent;
  }
  if (path.empty()) path.append("/");
  return true;
}

} // namespace

static const char usage[] = " [OPTION]...\nPrint the full filename of the current working directory.\n\n"
                            "  -L, --logical   use PWD from environment, even if it contains symlinks\n"
                            "  -P, --physical  resolve all symlinks (the default)";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'L', "logical"}, {'P', "physical"}};
  bool logical = false;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    if (o == 'L')
      logical = true;
    else if (o == 'P')
      logical = false;
    else if (int status = tool::common_option(o, p, argv, n, usage); status >= 0)
      return status;
  }
  if (n > 0) solo::println(solo::io::stderr, "{}: ignoring non-option arguments", tool::program);
  tool::lock_down();
  if (logical) {
    if (auto pwd = solo::env::get("PWD"); pwd && logical_ok(pwd->c_str())) {
      solo::println("{}", pwd->c_str());
      return 0;
    }
  }
  static char buf[4096];
  if (auto r = sys::getcwd(buf, sizeof buf); r && buf[0] == '/') {
    solo::println("{}", buf);
    return 0;
  }
  solo::String path;
  if (!walk_up(path)) return 1;
  solo::println("{}", path.view());
  return 0;
}
