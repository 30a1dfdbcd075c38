// cp: copies a file to a file, files into a directory, and with -r directories with their contents (symbolic
// links inside are copied as links, as GNU's -r does). File data moves with copy_file_range where the kernel
// can, read/write otherwise; new files get the source's permissions less the umask.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/io.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;
using solo::StringView;

bool recursive = false, verbose = false;

// A path that grows and shrinks by components while walking a tree.
struct Path {
  char text[4096];
  size_t size = 0;
  bool append(StringView s) {
    if (size + s.size() + 1 > sizeof text) return false;
    for (char c : s) text[size++] = c;
    text[size] = '\0';
    return true;
  }
  bool join(StringView name) {
    if (size > 0 && text[size - 1] != '/' && !append("/")) return false;
    return append(name);
  }
  void cut(size_t n) { text[size = n] = '\0'; }
  solo::CStr c() const { return solo::CStr(text); }
  StringView view() const { return StringView(text, size); }
};

void say(const char *what, StringView path, Errno e) {
  solo::println(solo::io::stderr, "{}: {} '{}': {}", tool::program, what, path, e);
}

char buffer[128 * 1024];

bool copy_data(int in, int out, const Path &src, const Path &dst) {
  bool fast = true;
  for (;;) {
    if (fast) {
      auto r = sys::copy_file_range(in, nullptr, out, nullptr, 1 << 30);
      if (r && *r == 0) return true;
      if (r) continue;
      if (r.error() == Errno::EINTR) continue;
      fast = false; // declined (other file system, old kernel, special file): plain copying from here on
      continue;
    }
    auto r = solo::io::read(in, buffer, sizeof buffer);
    if (!r) return say("error reading", src.view(), r.error()), false;
    if (*r == 0) return true;
    if (auto w = solo::io::write_all(out, buffer, *r); !w) return say("error writing", dst.view(), w.error()), false;
  }
}

bool copy(Path &src, Path &dst, bool top);

bool copy_directory(Path &src, Path &dst, const sys::Stat &st) {
  sys::Stat dt;
  if (sys::newfstatat(sys::at_fdcwd, dst.c(), dt)) {
    if (!sys::is_directory(dt.st_mode)) {
      solo::println(solo::io::stderr, "{}: cannot overwrite non-directory '{}' with directory '{}'", tool::program,
                    dst.view(), src.view());
      return false;
    }
  } else if (auto r = sys::mkdirat(sys::at_fdcwd, dst.c(), (st.st_mode & 07777) | 0700); !r) {
    return say("cannot create directory", dst.view(), r.error()), false;
  } else {
    unsigned mask = sys::umask(0);
    (void)sys::umask(mask);
    (void)sys::fchmodat(sys::at_fdcwd, dst.c(), st.st_mode & 07777 & ~mask);
  }
  auto dir = sys::Dir::open(sys::at_fdcwd, src.c());
  if (!dir) return say("cannot access", src.view(), dir.error()), false;
  bool ok = true;
  size_t src_size = src.size, dst_size = dst.size;
  for (const sys::DirEntry &e : *dir) {
    if (e.is_dot_or_dotdot()) continue;
    if (!src.join(e.name()) || !dst.join(e.name())) {
      say("cannot copy", src.view(), Errno::ENAMETOOLONG);
      ok = false;
    } else {
      ok = copy(src, dst, false) && ok;
    }
    src.cut(src_size);
    dst.cut(dst_size);
  }
  if (dir->error() != Errno(0)) return say("cannot access", src.view(), dir->error()), false;
  return ok;
}

bool copy(Path &src, Path &dst, bool top) {
  sys::Stat st;
  auto flags = recursive ? sys::AtFlags::SymlinkNoFollow : sys::AtFlags::None;
  if (auto r = sys::newfstatat(sys::at_fdcwd, src.c(), st, flags); !r)
    return say("cannot stat", src.view(), r.error()), false;
  if (sys::is_directory(st.st_mode)) {
    if (!recursive) {
      solo::println(solo::io::stderr, "{}: -r not specified; omitting directory '{}'", tool::program, src.view());
      return false;
    }
    if (!copy_directory(src, dst, st)) return false;
  } else if (sys::is_symlink(st.st_mode)) {
    char target[4096];
    auto n = sys::readlinkat(sys::at_fdcwd, src.c(), target, sizeof target - 1);
    if (!n) return say("cannot read symbolic link", src.view(), n.error()), false;
    target[*n] = '\0';
    if (auto r = sys::symlinkat(solo::CStr(static_cast<const char *>(target)), sys::at_fdcwd, dst.c()); !r)
      return say("cannot create symbolic link", dst.view(), r.error()), false;
  } else {
    sys::Stat dt;
    auto d = sys::newfstatat(sys::at_fdcwd, dst.c(), dt);
    if (d && dt.st_dev == st.st_dev && dt.st_ino == st.st_ino) {
      solo::println(solo::io::stderr, "{}: '{}' and '{}' are the same file", tool::program, src.view(), dst.view());
      return false;
    }
    if (!d && d.error() != Errno::ENOENT) return say("cannot stat", dst.view(), d.error()), false;
    auto in = solo::io::openat(sys::at_fdcwd, src.c(), sys::OpenFlags::ReadOnly | sys::OpenFlags::CloseOnExec);
    if (!in) return say("cannot open", src.view(), in.error()), false;
    auto out = solo::io::openat(sys::at_fdcwd, dst.c(),
                                sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::Truncate |
                                    sys::OpenFlags::CloseOnExec,
                                st.st_mode & 0777);
    if (!out) return say("cannot create regular file", dst.view(), out.error()), false;
    if (!copy_data(in->get(), out->get(), src, dst)) return false;
  }
  if (verbose) solo::println("'{}' -> '{}'", src.view(), dst.view());
  (void)top;
  return true;
}

// The last component of a source, without trailing slashes: its name inside a target directory.
StringView last_component(StringView s) {
  size_t end = s.size();
  while (end > 1 && s[end - 1] == '/') --end;
  size_t start = end;
  while (start > 0 && s[start - 1] != '/') --start;
  return StringView(s.data() + start, end - start);
}

} // namespace

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'r', "recursive"}, {'R', nullptr, false, 'r'}, {'v', "verbose"}};
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  char **operands = argv + 1; // filled by keep_operand
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'r':
      recursive = true;
      break;
    case 'v':
      verbose = true;
      break;
    case solo::OptionParser::Operand:
      tool::keep_operand(argv, n, p.value());
      break;
    case solo::OptionParser::Help:
      solo::println("Usage: {} [OPTION]... SOURCE DEST\n  or:  {} [OPTION]... SOURCE... DIRECTORY\n"
                    "Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.\n\n"
                    "  -R, -r, --recursive          copy directories recursively\n"
                    "  -v, --verbose                explain what is being done",
                    tool::base_name(argv[0]), tool::base_name(argv[0]));
      return 0;
    case solo::OptionParser::Version:
      return tool::version(), 0;
    default:
      return tool::usage_error(p);
    }
  }
  if (n == 0) return tool::usage_error("missing file operand");
  if (n == 1) {
    solo::println(solo::io::stderr, "{}: missing destination file operand after '{}'", argv[0], operands[0]);
    tool::try_help();
    return 1;
  }
  tool::lock_down();
  const char *target = operands[n - 1];
  sys::Stat ts;
  auto t = sys::newfstatat(sys::at_fdcwd, solo::CStr(target), ts);
  bool into = t && sys::is_directory(ts.st_mode);
  if (n > 2 && !into) {
    say("target", target, t ? Errno::ENOTDIR : t.error());
    return 1;
  }
  int status = 0;
  static Path src, dst;
  for (int i = 0; i < n - 1; ++i) {
    src.cut(0);
    dst.cut(0);
    bool fits = src.append(operands[i]) && dst.append(target);
    if (fits && into) fits = dst.join(last_component(operands[i]));
    if (!fits) {
      say("cannot copy", operands[i], Errno::ENAMETOOLONG);
      status = 1;
    } else if (!copy(src, dst, true)) {
      status = 1;
    }
  }
  return status;
}
