// rm: removes files; -r removes directories with everything in them (walking with descriptors, so a long
// path is never rebuilt for the kernel), -d removes empty directories, -f ignores missing files and never
// complains about having no operands, -v reports each removal. Refuses "." and ".." and anything that is the
// root directory, as GNU's does by default.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

bool recursive = false, force = false, empty_dirs = false, verbose = false;

// The path being worked on, for messages only (see tool::PathChain).
const tool::PathChain *current = nullptr;

bool cannot_remove(Errno e) {
  if (force && e == Errno::ENOENT) return true;
  solo::println(solo::io::stderr, "{}: cannot remove '{}': {}", tool::program, *current, e);
  return false;
}

bool remove(int dirfd, const char *name);

// Empties the directory `name` inside dirfd; true if everything in it went. A directory that cannot be
// read (mode 0 as its owner, say) may still be empty, and then rmdir removes it, as GNU's rm does: its
// `unreadable` error is kept and reported only if the rmdir fails.
bool remove_contents(int dirfd, const char *name, Errno &unreadable) {
  auto fd = sys::openat(dirfd, solo::CStr(name),
                        sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory | sys::OpenFlags::NoFollow |
                            sys::OpenFlags::CloseOnExec);
  if (!fd && fd.error() == Errno::EACCES) {
    unreadable = fd.error();
    return true;
  }
  if (!fd) return cannot_remove(fd.error());
  auto opened = sys::Dir::from_fd(std::move(*fd));
  if (!opened) return cannot_remove(opened.error());
  sys::Dir &dir = *opened;
  bool ok = true;
  const tool::PathChain *parent = current;
  for (const sys::DirEntry &e : dir) {
    if (e.is_dot_or_dotdot()) continue;
    tool::PathChain child{parent, e.name()};
    current = &child;
    ok = remove(dir.fd().get(), e.name().c_str()) && ok;
  }
  current = parent;
  if (dir.error() != Errno(0)) return cannot_remove(dir.error());
  return ok;
}

bool remove(int dirfd, const char *name) {
  sys::Stat st;
  if (auto r = sys::newfstatat(dirfd, solo::CStr(name), st, sys::AtFlags::SymlinkNoFollow); !r) {
    // -f: "x/f" where x is a file names nothing, as a missing file does (GNU is silent for both).
    if (force && r.error() == Errno::ENOTDIR) return true;
    return cannot_remove(r.error());
  }
  bool directory = sys::is_directory(st.st_mode);
  if (directory && !recursive && !empty_dirs) return cannot_remove(Errno::EISDIR);
  Errno unreadable{};
  if (directory && recursive && !remove_contents(dirfd, name, unreadable)) return false;
  auto r = sys::unlinkat(dirfd, solo::CStr(name), directory ? sys::UnlinkFlags::RemoveDir : sys::UnlinkFlags::None);
  if (!r) return cannot_remove(unreadable != Errno(0) && r.error() == Errno::ENOTEMPTY ? unreadable : r.error());
  if (verbose) solo::println("removed {}'{}'", directory ? "directory " : "", *current);
  return true;
}

// Is the operand's last component (trailing slashes ignored) "." or ".."?
bool is_dot_or_dotdot(solo::StringView s) {
  solo::StringView last = tool::last_component(s);
  return last == "." || last == "..";
}

bool is_root(const char *p) {
  sys::Stat a, b;
  return sys::newfstatat(sys::at_fdcwd, solo::CStr(p), a, sys::AtFlags::SymlinkNoFollow) &&
         sys::newfstatat(sys::at_fdcwd, "/", b) && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

} // namespace

static const char usage[] = " [OPTION]... [FILE]...\nRemove (unlink) the FILE(s).\n\n"
                            "  -f, --force           ignore nonexistent files, never prompt\n"
                            "  -r, -R, --recursive   remove directories and their contents recursively\n"
                            "  -d, --dir             remove empty directories\n"
                            "  -v, --verbose         explain what is being done";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {
      {'r', "recursive"}, {'R', nullptr, false, 'r'}, {'f', "force"}, {'d', "dir"}, {'v', "verbose"}};
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  char **operands = argv + 1; // filled by keep_operand
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'r':
      recursive = true;
      break;
    case 'f':
      force = true;
      break;
    case 'd':
      empty_dirs = true;
      break;
    case 'v':
      verbose = true;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (n == 0) return force ? 0 : tool::usage_error("missing operand");
  tool::lock_down();
  int status = 0;
  for (int i = 0; i < n; ++i) {
    solo::StringView name = operands[i];
    if (recursive && is_dot_or_dotdot(name)) {
      solo::println(solo::io::stderr, "{}: refusing to remove '.' or '..' directory: skipping '{}'", argv[0], name);
      status = 1;
      continue;
    }
    if (recursive && is_root(operands[i])) {
      solo::println(solo::io::stderr, "{}: it is dangerous to operate recursively on '{}'", argv[0], name);
      solo::println(solo::io::stderr, "{}: use --no-preserve-root to override this failsafe", argv[0]);
      status = 1;
      continue;
    }
    tool::PathChain operand{nullptr, name};
    current = &operand;
    if (!remove(sys::at_fdcwd, operands[i])) status = 1;
  }
  return status;
}
