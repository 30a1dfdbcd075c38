// rm: removes files; -r removes directories with everything in them (walking with descriptors, so a long
// path is never rebuilt for the kernel), -d removes empty directories, -f ignores missing files and never
// prompts, -i asks before each removal, -I once before removing more than three files or any recursively,
// -v reports each removal, --one-file-system stays on the device of each operand. Refuses "." and ".." and
// (unless --no-preserve-root) anything that is the root directory, as GNU's does by default. Prompts and
// answers as GNU's: on stderr, and a line from standard input that starts with 'y' or 'Y' says yes.
#include "file_type_name.hpp"
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/sys/dir.hpp>
#include <solo/sys/file.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

enum class Ask { Never, Once, Always };
Ask ask = Ask::Never;
bool recursive = false, force = false, empty_dirs = false, verbose = false, one_file_system = false;
bool preserve_root = true, preserve_all_roots = false;
bool stdin_is_terminal = false;

// The path being worked on, for messages only (see tool::PathChain).
const tool::PathChain *current = nullptr;

// What became of one name: gone; kept because the user said no to it (its directory is still tried: it fails
// as not empty); kept because the user said no to a directory (every directory above it is then left alone,
// silently); or an error, reported (the directories above are left alone too).
enum class Outcome { Removed, Declined, Skipped, Failed };

Outcome cannot_remove(Errno e) {
  if (force && e == Errno::ENOENT) return Outcome::Removed;
  solo::println(solo::io::stderr, "{}: cannot remove {}: {}", tool::program,
                tool::quoteaf(tool::path_text(*current).view()), e);
  return Outcome::Failed;
}

// A line from standard input: yes when it starts with y or Y (the C locale's answer), no at its end.
bool yes() {
  char c, first = 0;
  bool any = false;
  for (;;) {
    auto r = solo::io::read(0, &c, 1);
    if (!r || *r == 0 || c == '\n') break;
    if (!any) first = c, any = true;
  }
  return first == 'y' || first == 'Y';
}

// Whether to go ahead with `name` (verb "remove" or "descend into"): -i asks always; without -i (and
// without -f) a write-protected file is asked about when standard input is a terminal, as GNU's rm does.
bool confirmed(int dirfd, const char *name, const sys::Stat &st, solo::StringView verb) {
  if (force) return true;
  bool write_protected = false;
  if (sys::file_type(st.st_mode) != sys::FileType::Symlink && (ask == Ask::Always || stdin_is_terminal)) {
    // With the effective ids, as the kernel judges the removal (faccessat2, Linux 5.8: an older kernel's
    // ENOSYS counts as writable, and the removal itself then says what it must).
    auto r = sys::faccessat2(dirfd, solo::CStr(name), sys::AccessMode::Write, sys::AccessFlags::EAccess);
    write_protected = !r && r.error() == Errno::EACCES;
  }
  if (ask != Ask::Always && !(write_protected && stdin_is_terminal)) return true;
  solo::print(solo::io::stderr, "{}: {} {}{} {}? ", tool::program, verb, write_protected ? "write-protected " : "",
              tool::file_type_name(st.st_mode, st.st_size), tool::quoteaf(tool::path_text(*current).view()));
  return yes();
}

Outcome remove(int dirfd, const char *name, unsigned long long top_device);

bool is_empty_directory(int dirfd, const char *name) {
  auto fd = sys::openat(dirfd, solo::CStr(name),
                        sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory | sys::OpenFlags::NoFollow |
                            sys::OpenFlags::CloseOnExec);
  if (!fd) return false;
  auto opened = sys::Dir::from_fd(std::move(*fd));
  if (!opened) return false;
  for (const sys::DirEntry &e : *opened)
    if (!e.is_dot_or_dotdot()) return false;
  return true;
}

// Empties the directory `name` inside dirfd. A directory that cannot be read (mode 0 as its owner, say) may
// still be empty, and then rmdir removes it, as GNU's rm does: its `unreadable` error is kept and reported
// only if the rmdir fails.
Outcome remove_contents(int dirfd, const char *name, Errno &unreadable, unsigned long long top_device) {
  auto fd = sys::openat(dirfd, solo::CStr(name),
                        sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory | sys::OpenFlags::NoFollow |
                            sys::OpenFlags::CloseOnExec);
  if (!fd && fd.error() == Errno::EACCES) {
    unreadable = fd.error();
    return Outcome::Removed;
  }
  if (!fd) return cannot_remove(fd.error());
  auto opened = sys::Dir::from_fd(std::move(*fd));
  if (!opened) return cannot_remove(opened.error());
  sys::Dir &dir = *opened;
  Outcome result = Outcome::Removed;
  const tool::PathChain *parent = current;
  for (const sys::DirEntry &e : dir) {
    if (e.is_dot_or_dotdot()) continue;
    tool::PathChain child{parent, e.name()};
    current = &child;
    Outcome o = remove(dir.fd().get(), e.name().c_str(), top_device);
    if (o == Outcome::Failed || (o == Outcome::Skipped && result != Outcome::Failed)) result = o;
  }
  current = parent;
  if (dir.error() != Errno(0)) return cannot_remove(dir.error());
  return result;
}

Outcome remove(int dirfd, const char *name, unsigned long long top_device) {
  sys::Stat st;
  if (auto r = sys::newfstatat(dirfd, solo::CStr(name), st, sys::AtFlags::SymlinkNoFollow); !r) {
    // -f: "x/f" where x is a file names nothing, as a missing file does (GNU is silent for both).
    if (force && r.error() == Errno::ENOTDIR) return Outcome::Removed;
    return cannot_remove(r.error());
  }
  bool directory = sys::is_directory(st.st_mode);
  if (directory && !recursive && !empty_dirs) return cannot_remove(Errno::EISDIR);
  // Whether a question may come: only then is a directory looked into first (to ask the right question, or
  // to fail before asking), which costs an open and a read per directory.
  bool may_ask = !force && (ask == Ask::Always || stdin_is_terminal);
  if (directory && !recursive && may_ask && !is_empty_directory(dirfd, name)) return cannot_remove(Errno::ENOTEMPTY);
  Errno unreadable{};
  if (directory && recursive) {
    if (one_file_system && st.st_dev != top_device) {
      solo::println(solo::io::stderr, "{}: skipping {}, since it's on a different device", tool::program,
                    tool::quoteaf(tool::path_text(*current).view()));
      return Outcome::Failed;
    }
    // Asked first whether to go in, unless there is nothing in it; then whether to remove it.
    // A no before going in (or to an empty one) leaves the directories above alone; a no after it was
    // emptied is like a no to a file: the directory above is still asked about (and fails as not empty).
    if (!may_ask || !is_empty_directory(dirfd, name)) {
      if (!confirmed(dirfd, name, st, "descend into")) return Outcome::Skipped;
      Outcome o = remove_contents(dirfd, name, unreadable, top_device);
      if (o == Outcome::Failed || o == Outcome::Skipped) return o;
      if (!confirmed(dirfd, name, st, "remove")) return Outcome::Declined;
    } else if (!confirmed(dirfd, name, st, "remove")) {
      return Outcome::Skipped;
    }
  } else if (!confirmed(dirfd, name, st, "remove")) {
    return Outcome::Declined;
  }
  auto r = sys::unlinkat(dirfd, solo::CStr(name), directory ? sys::UnlinkFlags::RemoveDir : sys::UnlinkFlags::None);
  if (!r) return cannot_remove(unreadable != Errno(0) && r.error() == Errno::ENOTEMPTY ? unreadable : r.error());
  if (verbose)
    solo::println("removed {}{}", directory ? "directory " : "", tool::quoteaf(tool::path_text(*current).view()));
  return Outcome::Removed;
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

enum { preserve_root_option = 256, no_preserve_root_option, one_file_system_option, interactive_option };

// --interactive=WHEN as GNU reads it: a word or any beginning of one; a beginning several words share is
// ambiguous unless they all mean the same.
bool interactive_when(solo::StringView when, Ask &out) {
  struct Word {
    solo::StringView word;
    Ask ask;
  };
  static constexpr Word words[] = {{"never", Ask::Never}, {"no", Ask::Never},      {"none", Ask::Never},
                                   {"once", Ask::Once},   {"always", Ask::Always}, {"yes", Ask::Always}};
  int found = 0;
  bool ambiguous = false;
  for (const Word &w : words) {
    if (w.word == when) {
      out = w.ask;
      return true;
    }
    if (!w.word.starts_with(when)) continue;
    if (found++ && out != w.ask) ambiguous = true;
    out = w.ask;
  }
  if (found && !ambiguous) return true;
  solo::println(solo::io::stderr,
                "{}: {} argument {} for '--interactive'\nValid arguments are:\n  - 'never', 'no', 'none'\n"
                "  - 'once'\n  - 'always', 'yes'",
                tool::program, found ? "ambiguous" : "invalid", tool::quote(when));
  tool::try_help();
  return false;
}

// --preserve-root=all: an operand on another file system than its parent directory (a mount point) is
// refused too.
bool on_other_device(const char *operand) {
  sys::Stat st, parent;
  if (!sys::newfstatat(sys::at_fdcwd, solo::CStr(operand), st, sys::AtFlags::SymlinkNoFollow)) return false;
  solo::String up;
  up.append(operand);
  up.append("/..");
  return sys::newfstatat(sys::at_fdcwd, solo::CStr(up.c_str()), parent) && parent.st_dev != st.st_dev;
}

} // namespace

static const char usage[] = " [OPTION]... [FILE]...\nRemove (unlink) the FILE(s).\n\n"
                            "  -f, --force           ignore nonexistent files and arguments, never prompt\n"
                            "  -i                    prompt before every removal\n"
                            "  -I                    prompt once before removing more than three files, or\n"
                            "                          when removing recursively; less intrusive than -i,\n"
                            "                          while still giving protection against most mistakes\n"
                            "      --interactive[=WHEN]  prompt according to WHEN: never, once (-I), or\n"
                            "                          always (-i); without WHEN, prompt always\n"
                            "      --one-file-system  when removing a hierarchy recursively, skip any\n"
                            "                          directory that is on a file system different from\n"
                            "                          that of the corresponding command line argument\n"
                            "      --no-preserve-root  do not treat '/' specially\n"
                            "      --preserve-root[=all]  do not remove '/' (default);\n"
                            "                              with 'all', reject any command line argument\n"
                            "                              on a separate device from its parent\n"
                            "  -r, -R, --recursive   remove directories and their contents recursively\n"
                            "  -d, --dir             remove empty directories\n"
                            "  -v, --verbose         explain what is being done";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'r', "recursive"},
                                  {'R', nullptr, false, 'r'},
                                  {'f', "force"},
                                  {'i', nullptr},
                                  {'I', nullptr},
                                  {0, "interactive", false, interactive_option, true},
                                  {'d', "dir"},
                                  {'v', "verbose"},
                                  {0, "one-file-system", false, one_file_system_option},
                                  {0, "preserve-root", false, preserve_root_option, true},
                                  {0, "no-preserve-root", false, no_preserve_root_option}};
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  char **operands = argv + 1; // filled by keep_operand
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'r':
      recursive = true;
      break;
    case 'f': // the last of -f, -i, -I wins, as GNU's
      force = true, ask = Ask::Never;
      break;
    case 'i':
      force = false, ask = Ask::Always;
      break;
    case interactive_option:
      if (p.value().data() == nullptr)
        ask = Ask::Always;
      else if (!interactive_when(p.value(), ask))
        return 1;
      if (ask != Ask::Never) force = false;
      break;
    case 'I':
      force = false, ask = Ask::Once;
      break;
    case 'd':
      empty_dirs = true;
      break;
    case 'v':
      verbose = true;
      break;
    case one_file_system_option:
      one_file_system = true;
      break;
    case preserve_root_option:
      if (p.value().data() != nullptr && !(p.value() == "all")) {
        solo::println(solo::io::stderr, "{}: unrecognized --preserve-root argument: {}", argv[0],
                      tool::quote(p.value()));
        return 1;
      }
      preserve_root = true, preserve_all_roots = p.value().data() != nullptr;
      break;
    case no_preserve_root_option:
      preserve_root = false;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (n == 0) return force ? 0 : tool::usage_error("missing operand");
  stdin_is_terminal = solo::io::is_terminal(0);
  tool::lock_down();
  if (ask == Ask::Once && (recursive || n > 3)) {
    solo::print(solo::io::stderr, "{}: remove {} {}{}? ", argv[0], n, n == 1 ? "argument" : "arguments",
                recursive ? " recursively" : "");
    if (!yes()) return 0;
  }
  int status = 0;
  for (int i = 0; i < n; ++i) {
    solo::StringView name = operands[i];
    if (recursive && is_dot_or_dotdot(name)) {
      solo::println(solo::io::stderr, "{}: refusing to remove '.' or '..' directory: skipping {}", argv[0],
                    tool::quoteaf(name));
      status = 1;
      continue;
    }
    if (recursive && preserve_root && is_root(operands[i])) {
      solo::println(solo::io::stderr, "{}: it is dangerous to operate recursively on {}", argv[0], tool::quoteaf(name));
      solo::println(solo::io::stderr, "{}: use --no-preserve-root to override this failsafe", argv[0]);
      status = 1;
      continue;
    }
    if (recursive && preserve_all_roots && on_other_device(operands[i])) {
      solo::println(solo::io::stderr, "{}: skipping {}, since it's on a different device", argv[0],
                    tool::quoteaf(name));
      solo::println(solo::io::stderr, "{}: and --preserve-root=all is in effect", argv[0]);
      status = 1;
      continue;
    }
    tool::PathChain operand{nullptr, name};
    current = &operand;
    sys::Stat top;
    unsigned long long device =
        sys::newfstatat(sys::at_fdcwd, solo::CStr(operands[i]), top, sys::AtFlags::SymlinkNoFollow) ? top.st_dev : 0;
    if (remove(sys::at_fdcwd, operands[i], device) == Outcome::Failed) status = 1;
  }
  return status;
}
