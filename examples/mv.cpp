// mv: renames. `mv SOURCE DEST`, `mv SOURCE... DIR`, or with -t DIR; -T takes DEST as a name even when it is
// a directory. An existing DEST is replaced (-f), asked about (-i), kept (-n), kept when not older than
// SOURCE (-u), or saved under a backup name (-b, --backup, -S). Across file systems the rename becomes a
// copy (data, modes, owners, times, symbolic links, devices, fifos, whole trees) then the removal of the
// source, reported step by step with -v as GNU's does; a failed copy leaves the source in place.
#include "ask.hpp"
#include "backup.hpp"
#include "lockdown.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/io.hpp>
#include <solo/io/retry.hpp>
#include <solo/string.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/rw.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

struct Settings {
  bool interactive = false, no_clobber = false, update = false, verbose = false, strip_slashes = false;
  tool::Backup backup = tool::Backup::None;
  solo::StringView suffix;
};

bool lstat(const char *path, sys::Stat &st) {
  return bool(sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st, sys::AtFlags::SymlinkNoFollow));
}

solo::String join(solo::StringView dir, solo::StringView name) {
  solo::String s;
  s.append(dir);
  if (!s.view().ends_with('/')) s.push('/');
  s.append(name);
  return s;
}

// Owner, mode and times of `st` onto `path` (a link keeps its own mode). An owner the user may not give is
// dropped, as GNU's mv does, and the set-id bits with it.
void copy_attributes(const char *path, const sys::Stat &st) {
  bool link = sys::is_symlink(st.st_mode);
  auto flags = link ? sys::AtFlags::SymlinkNoFollow : sys::AtFlags::None;
  unsigned mode = st.st_mode & sys::mode_permissions;
  if (!sys::fchownat(sys::at_fdcwd, solo::CStr(path), st.st_uid, st.st_gid, flags))
    mode &= ~(sys::mode_set_uid | sys::mode_set_gid);
  if (!link) (void)sys::fchmodat(sys::at_fdcwd, solo::CStr(path), mode);
  solo::Timespec times[2] = {{st.st_atim.tv_sec, st.st_atim.tv_nsec}, {st.st_mtim.tv_sec, st.st_mtim.tv_nsec}};
  (void)sys::utimensat(sys::at_fdcwd, solo::CStr(path), times, flags);
}

bool copy_data(const char *from, const char *to, unsigned mode) {
  auto in = solo::io::openat(sys::at_fdcwd, solo::CStr(from), sys::OpenFlags::ReadOnly | sys::OpenFlags::CloseOnExec);
  if (!in) {
    solo::println(solo::io::stderr, "{}: cannot open {} for reading: {}", tool::program, tool::quoteaf(from),
                  in.error());
    return false;
  }
  auto out = solo::io::openat(sys::at_fdcwd, solo::CStr(to),
                              sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::Truncate |
                                  sys::OpenFlags::CloseOnExec,
                              mode & 0777);
  if (!out) {
    solo::println(solo::io::stderr, "{}: cannot create regular file {}: {}", tool::program, tool::quoteaf(to),
                  out.error());
    return false;
  }
  static char buf[1 << 16];
  for (;;) {
    auto got = solo::io::read(*in, buf, sizeof buf);
    if (!got) {
      solo::println(solo::io::stderr, "{}: error reading {}: {}", tool::program, tool::quoteaf(from), got.error());
      return false;
    }
    if (*got == 0) break;
    if (auto r = solo::io::write_all(*out, buf, *got); !r) {
      solo::println(solo::io::stderr, "{}: error writing {}: {}", tool::program, tool::quoteaf(to), r.error());
      return false;
    }
  }
  if (auto r = out->close(); !r) {
    solo::println(solo::io::stderr, "{}: error writing {}: {}", tool::program, tool::quoteaf(to), r.error());
    return false;
  }
  return true;
}

// The copy half of a move across file systems: `from` (already stat'ed) to `to`, which does not exist.
bool copy_tree(const Settings &s, const char *from, const char *to, const sys::Stat &st) {
  if (sys::is_directory(st.st_mode)) {
    if (auto r = sys::mkdirat(sys::at_fdcwd, solo::CStr(to), 0700); !r) {
      solo::println(solo::io::stderr, "{}: cannot create directory {}: {}", tool::program, tool::quoteaf(to),
                    r.error());
      return false;
    }
    if (s.verbose) solo::println("created directory {}", tool::quoteaf(to));
    auto dir = sys::Dir::open(sys::at_fdcwd, solo::CStr(from));
    if (!dir) {
      solo::println(solo::io::stderr, "{}: cannot access {}: {}", tool::program, tool::quoteaf(from), dir.error());
      return false;
    }
    bool ok = true;
    for (const sys::DirEntry &e : *dir) {
      if (e.is_dot_or_dotdot()) continue;
      solo::String a = join(from, e.name().c_str()), b = join(to, e.name().c_str());
      sys::Stat child;
      if (!lstat(a.c_str(), child)) {
        solo::println(solo::io::stderr, "{}: cannot stat {}: {}", tool::program, tool::quoteaf(a.view()),
                      Errno::ENOENT);
        ok = false;
        continue;
      }
      ok &= copy_tree(s, a.c_str(), b.c_str(), child);
    }
    if (tool::read_failed(dir->error())) {
      solo::println(solo::io::stderr, "{}: cannot access {}: {}", tool::program, tool::quoteaf(from), dir->error());
      ok = false;
    }
    copy_attributes(to, st);
    return ok;
  }
  if (sys::is_symlink(st.st_mode)) {
    static char target[4096];
    auto n = sys::readlinkat(sys::at_fdcwd, solo::CStr(from), target, sizeof target - 1);
    if (!n) {
      solo::println(solo::io::stderr, "{}: cannot read symbolic link {}: {}", tool::program, tool::quoteaf(from),
                    n.error());
      return false;
    }
    target[*n] = '\0';
    if (auto r = sys::symlinkat(solo::CStr(static_cast<const char *>(target)), sys::at_fdcwd, solo::CStr(to)); !r) {
      solo::println(solo::io::stderr, "{}: cannot create symbolic link {}: {}", tool::program, tool::quoteaf(to),
                    r.error());
      return false;
    }
  } else if (sys::is_regular(st.st_mode)) {
    if (!copy_data(from, to, st.st_mode)) return false;
  } else {
    // Fifos, sockets and device files: a new node of the same kind.
    if (auto r = sys::mknodat(sys::at_fdcwd, solo::CStr(to), st.st_mode & (sys::mode_type_mask | 0777),
                              static_cast<unsigned>(st.st_rdev));
        !r) {
      solo::println(solo::io::stderr, "{}: cannot create special file {}: {}", tool::program, tool::quoteaf(to),
                    r.error());
      return false;
    }
  }
  copy_attributes(to, st);
  if (s.verbose) solo::println("copied {} -> {}", tool::quoteaf(from), tool::quoteaf(to));
  return true;
}

// The removal half: the source tree, bottom up.
bool remove_tree(const Settings &s, const char *path, const sys::Stat &st) {
  if (sys::is_directory(st.st_mode)) {
    auto dir = sys::Dir::open(sys::at_fdcwd, solo::CStr(path));
    bool ok = bool(dir);
    if (dir) {
      for (const sys::DirEntry &e : *dir) {
        if (e.is_dot_or_dotdot()) continue;
        solo::String child = join(path, e.name().c_str());
        sys::Stat cst;
        if (lstat(child.c_str(), cst)) ok &= remove_tree(s, child.c_str(), cst);
      }
    }
    if (auto r = sys::unlinkat(sys::at_fdcwd, solo::CStr(path), sys::UnlinkFlags::RemoveDir); !r) {
      solo::println(solo::io::stderr, "{}: cannot remove {}: {}", tool::program, tool::quoteaf(path), r.error());
      return false;
    }
    if (s.verbose) solo::println("removed directory {}", tool::quoteaf(path));
    return ok;
  }
  if (auto r = sys::unlinkat(sys::at_fdcwd, solo::CStr(path)); !r) {
    solo::println(solo::io::stderr, "{}: cannot remove {}: {}", tool::program, tool::quoteaf(path), r.error());
    return false;
  }
  if (s.verbose) solo::println("removed {}", tool::quoteaf(path));
  return true;
}

bool move(const Settings &s, const char *source, const char *dest) {
  sys::Stat from;
  if (auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(source), from, sys::AtFlags::SymlinkNoFollow); !r) {
    solo::println(solo::io::stderr, "{}: cannot stat {}: {}", tool::program, tool::quoteaf(source), r.error());
    return false;
  }
  sys::Stat to;
  bool dest_exists = lstat(dest, to);
  solo::String backup;
  if (dest_exists) {
    if (from.st_dev == to.st_dev && from.st_ino == to.st_ino) {
      solo::println(solo::io::stderr, "{}: {} and {} are the same file", tool::program, tool::quoteaf(source),
                    tool::quoteaf(dest));
      return false;
    }
    if (s.no_clobber) return true;
    if (s.update && !sys::is_directory(to.st_mode) &&
        (to.st_mtim.tv_sec > from.st_mtim.tv_sec ||
         (to.st_mtim.tv_sec == from.st_mtim.tv_sec && to.st_mtim.tv_nsec >= from.st_mtim.tv_nsec)))
      return true;
    bool from_dir = sys::is_directory(from.st_mode), to_dir = sys::is_directory(to.st_mode);
    if (from_dir && !to_dir) {
      solo::println(solo::io::stderr, "{}: cannot overwrite non-directory {} with directory {}", tool::program,
                    tool::quoteaf(dest), tool::quoteaf(source));
      return false;
    }
    if (!from_dir && to_dir) {
      solo::println(solo::io::stderr, "{}: cannot overwrite directory {} with non-directory", tool::program,
                    tool::quoteaf(dest));
      return false;
    }
    if (s.interactive) {
      solo::print(solo::io::stderr, "{}: overwrite {}? ", tool::program, tool::quoteaf(dest));
      if (!tool::answer_is_yes()) return true;
    }
    if (s.backup != tool::Backup::None && !to_dir) {
      auto name = tool::backup_name(dest, s.backup, s.suffix);
      if (!name) return tool::error(dest, name.error()), false;
      if (auto r = sys::renameat2(sys::at_fdcwd, solo::CStr(dest), sys::at_fdcwd, name->cstr()); !r) {
        solo::println(solo::io::stderr, "{}: cannot backup {}: {}", tool::program, tool::quoteaf(dest), r.error());
        return false;
      }
      backup = std::move(*name);
      dest_exists = false;
    }
  }
  auto r = sys::renameat2(sys::at_fdcwd, solo::CStr(source), sys::at_fdcwd, solo::CStr(dest));
  if (r) {
    if (s.verbose) {
      solo::print("renamed {} -> {}", tool::quoteaf(source), tool::quoteaf(dest));
      if (!backup.empty()) solo::print(" (backup: {})", tool::quoteaf(backup.view()));
      solo::println("");
    }
    return true;
  }
  Errno e = r.error();
  if (e == Errno::EINVAL && sys::is_directory(from.st_mode)) {
    solo::println(solo::io::stderr, "{}: cannot move {} to a subdirectory of itself, {}", tool::program,
                  tool::quoteaf(source), tool::quoteaf(dest));
    return false;
  }
  if (e != Errno::EXDEV) {
    if (e == Errno::EEXIST) e = Errno::ENOTEMPTY;
    solo::println(solo::io::stderr, "{}: cannot move {} to {}: {}", tool::program, tool::quoteaf(source),
                  tool::quoteaf(dest), e);
    if (!backup.empty()) (void)sys::renameat2(sys::at_fdcwd, backup.cstr(), sys::at_fdcwd, solo::CStr(dest));
    return false;
  }
  // Another file system: what is there goes first (an empty directory, or a file), then copy and remove.
  if (dest_exists) {
    auto gone = sys::unlinkat(sys::at_fdcwd, solo::CStr(dest),
                              sys::is_directory(to.st_mode) ? sys::UnlinkFlags::RemoveDir : sys::UnlinkFlags::None);
    if (!gone) {
      if (gone.error() == Errno::EEXIST) gone = Errno::ENOTEMPTY;
      solo::println(solo::io::stderr, "{}: cannot move {} to {}: {}", tool::program, tool::quoteaf(source),
                    tool::quoteaf(dest), gone.error());
      return false;
    }
  }
  if (!copy_tree(s, source, dest, from)) return false;
  return remove_tree(s, source, from);
}

bool is_directory(const char *path) {
  sys::Stat st;
  return sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st) && sys::is_directory(st.st_mode);
}

// --strip-trailing-slashes: "d/" is "d" (a link to a directory is then the link).
void strip_slashes(char *path) {
  size_t n = solo::StringView(path).size();
  while (n > 1 && path[n - 1] == '/') path[--n] = '\0';
}

} // namespace

static const char usage[] =
    " [OPTION]... [-T] SOURCE DEST\n  or:  mv [OPTION]... SOURCE... DIRECTORY\n"
    "  or:  mv [OPTION]... -t DIRECTORY SOURCE...\n"
    "Rename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.\n\n"
    "      --backup[=CONTROL]       make a backup of each existing destination file\n"
    "  -b                           like --backup but does not accept an argument\n"
    "  -f, --force                  do not prompt before overwriting\n"
    "  -i, --interactive            prompt before overwrite\n"
    "  -n, --no-clobber             do not overwrite an existing file\n"
    "      --strip-trailing-slashes  remove any trailing slashes from each SOURCE argument\n"
    "  -S, --suffix=SUFFIX          override the usual backup suffix\n"
    "  -t, --target-directory=DIRECTORY  move all SOURCE arguments into DIRECTORY\n"
    "  -T, --no-target-directory    treat DEST as a normal file\n"
    "  -u, --update                 move only when the SOURCE file is newer than the destination file\n"
    "                               or when the destination file is missing\n"
    "  -v, --verbose                explain what is being done";

int main(int argc, char **argv) {
  tool::program = argv[0];
  constexpr int backup_id = 1000, strip_id = 1001;
  const solo::Option options[] = {{0, "backup", false, backup_id, true},
                                  {'b', nullptr},
                                  {'f', "force"},
                                  {'i', "interactive"},
                                  {'n', "no-clobber"},
                                  {0, "strip-trailing-slashes", false, strip_id},
                                  {'S', "suffix", true},
                                  {'t', "target-directory", true},
                                  {'T', "no-target-directory"},
                                  {'u', "update"},
                                  {'v', "verbose"}};
  Settings s;
  bool no_target = false, backup_given = false, backup_has_text = false;
  solo::StringView backup_text;
  const char *target_dir = nullptr, *suffix = nullptr;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case backup_id:
      backup_given = true;
      if (!p.value().empty()) backup_text = p.value(), backup_has_text = true; // "": the default
      break;
    case 'b':
      backup_given = true;
      break;
    case 'f':
      s.interactive = s.no_clobber = false;
      break;
    case 'i':
      s.interactive = true, s.no_clobber = false;
      break;
    case 'n':
      s.no_clobber = true, s.interactive = false;
      break;
    case strip_id:
      s.strip_slashes = true;
      break;
    case 'S':
      backup_given = true;
      suffix = p.value().data();
      break;
    case 't':
      target_dir = p.value().data();
      break;
    case 'T':
      no_target = true;
      break;
    case 'u':
      s.update = true;
      break;
    case 'v':
      s.verbose = true;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (backup_given) {
    if (backup_has_text ? !tool::parse_backup(backup_text, s.backup) : !tool::default_backup(s.backup)) return 1;
    if (s.no_clobber) {
      solo::println(solo::io::stderr, "{}: options --backup and --no-clobber are mutually exclusive", tool::program);
      tool::try_help();
      return 1;
    }
    s.suffix = tool::backup_suffix(suffix);
  }
  char **files = argv + 1;
  if (s.strip_slashes)
    for (int i = 0; i < n; ++i) strip_slashes(files[i]);
  if (n == 0) return tool::usage_error("missing file operand");
  if (target_dir && no_target) {
    solo::println(solo::io::stderr, "{}: cannot combine --target-directory (-t) and --no-target-directory (-T)",
                  tool::program);
    return 1;
  }
  if (target_dir) {
    sys::Stat st;
    auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(target_dir), st);
    if (!r || !sys::is_directory(st.st_mode)) {
      solo::println(solo::io::stderr, "{}: target directory {}: {}", tool::program, tool::quoteaf(target_dir),
                    r ? Errno::ENOTDIR : r.error());
      return 1;
    }
  } else {
    if (n == 1) {
      solo::println(solo::io::stderr, "{}: missing destination file operand after {}", tool::program,
                    tool::quoteaf(files[0]));
      tool::try_help();
      return 1;
    }
    if (no_target && n > 2) {
      solo::println(solo::io::stderr, "{}: extra operand {}", tool::program, tool::quoteaf(files[2]));
      tool::try_help();
      return 1;
    }
    if (!no_target && (n > 2 || is_directory(files[n - 1]))) {
      target_dir = files[--n];
      sys::Stat st;
      auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(target_dir), st);
      if (!r || !sys::is_directory(st.st_mode)) {
        solo::println(solo::io::stderr, "{}: target {}: {}", tool::program, tool::quoteaf(target_dir),
                      r ? Errno::ENOTDIR : r.error());
        return 1;
      }
    }
  }
  tool::lock_down();
  if (!target_dir) return move(s, files[0], files[1]) ? 0 : 1;
  int status = 0;
  for (int i = 0; i < n; ++i) {
    solo::String dest = join(target_dir, tool::last_component(files[i]));
    if (!move(s, files[i], dest.c_str())) status = 1;
  }
  return status;
}
