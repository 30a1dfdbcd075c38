// ln: links. `ln TARGET LINK`, `ln TARGET` (into the working directory), `ln TARGET... DIR`, or with -t DIR;
// -T takes LINK as a name even when it is a directory. Hard links by default (-L follows a symbolic link
// given as TARGET, -P, the default, links it itself), -s symbolic ones. An existing LINK is an error unless
// -f removes it, -i asks, or -b (--backup, -S) keeps it under a backup name; -n does not enter a LINK that
// is a symbolic link to a directory. -v reports each link; -d tries hard links to directories (the kernel
// refuses them).
#include "ask.hpp"
#include "backup.hpp"
#include "lockdown.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/string.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

struct Settings {
  bool symbolic = false, force = false, interactive = false, verbose = false, follow_target = false;
  bool directories = false;
  tool::Backup backup = tool::Backup::None;
  solo::StringView suffix;
};

bool exists(const char *path, sys::Stat &st) {
  return bool(sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st, sys::AtFlags::SymlinkNoFollow));
}

// The directory part of `path` and its last name, for comparing names: "a/b" and "./a//b" are the same.
bool same_name(const char *a, const char *b) {
  solo::StringView x = a, y = b;
  solo::StringView bx = tool::last_component(x), by = tool::last_component(y);
  if (bx != by) return false;
  auto dir_of = [](solo::StringView p, solo::StringView base) {
    solo::String d;
    d.append(p.substr(0, static_cast<size_t>(base.data() - p.data())));
    if (d.empty()) d.append(".");
    return d;
  };
  solo::String dx = dir_of(x, bx), dy = dir_of(y, by);
  sys::Stat sx, sy;
  return sys::newfstatat(sys::at_fdcwd, dx.cstr(), sx) && sys::newfstatat(sys::at_fdcwd, dy.cstr(), sy) &&
         sx.st_dev == sy.st_dev && sx.st_ino == sy.st_ino;
}

bool make_link(const Settings &s, const char *source, const char *dest) {
  sys::Stat source_st{};
  if (!s.symbolic) {
    auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(source), source_st,
                             s.follow_target ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow);
    if (!r) {
      solo::println(solo::io::stderr, "{}: failed to access {}: {}", tool::program, tool::quoteaf(source), r.error());
      return false;
    }
    if (sys::is_directory(source_st.st_mode) && !s.directories) {
      solo::println(solo::io::stderr, "{}: {}: hard link not allowed for directory", tool::program,
                    tool::quotef(source));
      return false;
    }
  }
  solo::String backup;
  sys::Stat dest_st;
  if ((s.force || s.interactive || s.backup != tool::Backup::None) && exists(dest, dest_st)) {
    if (sys::is_directory(dest_st.st_mode)) {
      solo::println(solo::io::stderr, "{}: {}: cannot overwrite directory", tool::program, tool::quotef(dest));
      return false;
    }
    bool same = s.symbolic ? s.force && same_name(source, dest)
                           : source_st.st_dev == dest_st.st_dev && source_st.st_ino == dest_st.st_ino;
    if (same && (s.force || s.backup != tool::Backup::None)) {
      solo::println(solo::io::stderr, "{}: {} and {} are the same file", tool::program, tool::quoteaf(source),
                    tool::quoteaf(dest));
      return false;
    }
    if (s.interactive) {
      solo::print(solo::io::stderr, "{}: replace {}? ", tool::program, tool::quoteaf(dest));
      if (!tool::answer_is_yes()) return true;
    }
    if (s.backup != tool::Backup::None) {
      auto name = tool::backup_name(dest, s.backup, s.suffix);
      if (!name) return tool::error(dest, name.error()), false;
      if (auto r = sys::renameat2(sys::at_fdcwd, solo::CStr(dest), sys::at_fdcwd, name->cstr()); !r) {
        solo::println(solo::io::stderr, "{}: cannot backup {}: {}", tool::program, tool::quoteaf(dest), r.error());
        return false;
      }
      backup = std::move(*name);
    } else if (s.force || s.interactive) {
      if (auto r = sys::unlinkat(sys::at_fdcwd, solo::CStr(dest)); !r && r.error() != Errno::ENOENT) {
        solo::println(solo::io::stderr, "{}: cannot remove {}: {}", tool::program, tool::quoteaf(dest), r.error());
        return false;
      }
    }
  }
  solo::Result<void> made = s.symbolic
                                ? sys::symlinkat(solo::CStr(source), sys::at_fdcwd, solo::CStr(dest))
                                : sys::linkat(sys::at_fdcwd, solo::CStr(source), sys::at_fdcwd, solo::CStr(dest),
                                              s.follow_target ? sys::AtFlags::SymlinkFollow : sys::AtFlags::None);
  if (!made) {
    Errno e = made.error();
    // GNU's wording: the link's name alone when the problem is only there, both names otherwise.
    if (s.symbolic) {
      if (e != Errno::ENAMETOOLONG && *source)
        solo::println(solo::io::stderr, "{}: failed to create symbolic link {}: {}", tool::program, tool::quoteaf(dest),
                      e);
      else
        solo::println(solo::io::stderr, "{}: failed to create symbolic link {} -> {}: {}", tool::program,
                      tool::quoteaf(dest), tool::quoteaf(source), e);
    } else if (e == Errno::EMLINK) {
      solo::println(solo::io::stderr, "{}: failed to create hard link to {}: {}", tool::program, tool::quoteaf(source),
                    e);
    } else if (e == Errno::EDQUOT || e == Errno::EEXIST || e == Errno::ENOSPC || e == Errno::EROFS) {
      solo::println(solo::io::stderr, "{}: failed to create hard link {}: {}", tool::program, tool::quoteaf(dest), e);
    } else {
      solo::println(solo::io::stderr, "{}: failed to create hard link {} => {}: {}", tool::program, tool::quoteaf(dest),
                    tool::quoteaf(source), e);
    }
    // The backup goes back where it was.
    if (!backup.empty()) (void)sys::renameat2(sys::at_fdcwd, backup.cstr(), sys::at_fdcwd, solo::CStr(dest));
    return false;
  }
  if (s.verbose) {
    if (!backup.empty()) solo::print("{} ~ ", tool::quoteaf(backup.view()));
    solo::println("{} {}> {}", tool::quoteaf(dest), s.symbolic ? '-' : '=', tool::quoteaf(source));
  }
  return true;
}

bool is_directory(const char *path, bool follow) {
  sys::Stat st;
  return sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st,
                         follow ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow) &&
         sys::is_directory(st.st_mode);
}

} // namespace

static const char usage[] =
    " [OPTION]... [-T] TARGET LINK_NAME\n  or:  ln [OPTION]... TARGET\n  or:  ln [OPTION]... TARGET... DIRECTORY\n"
    "  or:  ln [OPTION]... -t DIRECTORY TARGET...\n"
    "Create a link to TARGET with the name LINK_NAME, or links in DIRECTORY.\n\n"
    "      --backup[=CONTROL]      make a backup of each existing destination file\n"
    "  -b                          like --backup but does not accept an argument\n"
    "  -d, -F, --directory         allow hard links to directories (the kernel refuses them)\n"
    "  -f, --force                 remove existing destination files\n"
    "  -i, --interactive           prompt whether to remove destinations\n"
    "  -L, --logical               dereference TARGETs that are symbolic links\n"
    "  -n, --no-dereference        treat LINK_NAME as a normal file if it is a symbolic link to a directory\n"
    "  -P, --physical              make hard links directly to symbolic links\n"
    "  -s, --symbolic              make symbolic links instead of hard links\n"
    "  -S, --suffix=SUFFIX         override the usual backup suffix\n"
    "  -t, --target-directory=DIRECTORY  specify the DIRECTORY in which to create the links\n"
    "  -T, --no-target-directory   treat LINK_NAME as a normal file always\n"
    "  -v, --verbose               print name of each linked file";

int main(int argc, char **argv) {
  tool::program = argv[0];
  constexpr int backup_id = 1000;
  const solo::Option options[] = {{0, "backup", false, backup_id, true},
                                  {'b', nullptr},
                                  {'d', "directory"},
                                  {'F', nullptr},
                                  {'f', "force"},
                                  {'i', "interactive"},
                                  {'L', "logical"},
                                  {'n', "no-dereference"},
                                  {'P', "physical"},
                                  {'s', "symbolic"},
                                  {'S', "suffix", true},
                                  {'t', "target-directory", true},
                                  {'T', "no-target-directory"},
                                  {'v', "verbose"}};
  Settings s;
  bool no_target = false, no_dereference = false, backup_given = false;
  const char *target_dir = nullptr, *suffix = nullptr;
  solo::StringView backup_text;
  bool backup_has_text = false;
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
    case 'd':
    case 'F':
      s.directories = true;
      break;
    case 'f':
      s.force = true, s.interactive = false;
      break;
    case 'i':
      s.interactive = true, s.force = false;
      break;
    case 'L':
      s.follow_target = true;
      break;
    case 'P':
      s.follow_target = false;
      break;
    case 'n':
      no_dereference = true;
      break;
    case 's':
      s.symbolic = true;
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
    case 'v':
      s.verbose = true;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (backup_given) {
    if (backup_has_text ? !tool::parse_backup(backup_text, s.backup) : !tool::default_backup(s.backup)) return 1;
    s.suffix = tool::backup_suffix(suffix);
  }
  char **files = argv + 1;
  if (n == 0) return tool::usage_error("missing file operand");
  if (target_dir && no_target) {
    solo::println(solo::io::stderr, "{}: cannot combine --target-directory and --no-target-directory", tool::program);
    return 1;
  }
  if (target_dir) {
    sys::Stat st;
    if (auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(target_dir), st); !r) {
      solo::println(solo::io::stderr, "{}: failed to access {}: {}", tool::program, tool::quoteaf(target_dir),
                    r.error());
      return 1;
    }
    if (!sys::is_directory(st.st_mode)) {
      solo::println(solo::io::stderr, "{}: target {} is not a directory", tool::program, tool::quoteaf(target_dir));
      return 1;
    }
  } else if (no_target) {
    if (n == 1) {
      solo::println(solo::io::stderr, "{}: missing destination file operand after {}", tool::program,
                    tool::quoteaf(files[0]));
      tool::try_help();
      return 1;
    }
    if (n > 2) {
      solo::println(solo::io::stderr, "{}: extra operand {}", tool::program, tool::quoteaf(files[2]));
      tool::try_help();
      return 1;
    }
  } else if (n == 1) {
    static char dot[] = ".";
    target_dir = dot;
  } else if (n > 2 || is_directory(files[n - 1], !no_dereference)) {
    target_dir = files[--n];
    sys::Stat st;
    if (auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(target_dir), st); !r) {
      solo::println(solo::io::stderr, "{}: target {}: {}", tool::program, tool::quoteaf(target_dir), r.error());
      return 1;
    }
    if (!sys::is_directory(st.st_mode)) {
      solo::println(solo::io::stderr, "{}: target {}: {}", tool::program, tool::quoteaf(target_dir), Errno::ENOTDIR);
      return 1;
    }
  }
  tool::lock_down();
  if (!target_dir) return make_link(s, files[0], files[1]) ? 0 : 1;
  int status = 0;
  for (int i = 0; i < n; ++i) {
    // DIR/NAME, NAME the source's last component; "." gives "./NAME", as GNU's names it.
    solo::String dest;
    dest.append(target_dir);
    if (!dest.view().ends_with('/')) dest.push('/');
    dest.append(tool::last_component(files[i]));
    if (!make_link(s, files[i], dest.c_str())) status = 1;
  }
  return status;
}
