// What chown and chgrp share: their options, the walk over each FILE (and with -R its tree, -H / -L / -P
// saying which symbolic links lead into directories), the change itself (of a link's referent, or with -h of
// the link), --from's condition, --preserve-root, and the messages of -v / -c / errors, as GNU's print them.
// chown's OWNER[:GROUP] and chgrp's GROUP are read by the tools themselves (ownership_spec.hpp for chown).
#pragma once

#include "accounts.hpp"
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/string.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/file.hpp>
#include <solo/sys/stat.hpp>

namespace tool::ownership {

namespace sys = solo::sys;
inline constexpr unsigned unchanged = sys::id_unchanged; // -1: leave this id as it is

// A name for messages that may be absent (GNU's NULL), unlike an empty one (chown's ":GROUP" spells its
// owner as "").
struct Name {
  bool present = false;
  solo::String text;
  void set(solo::StringView s) {
    present = true;
    text.clear();
    text.append(s);
  }
};

struct Settings {
  unsigned uid = unchanged, gid = unchanged;                   // the new ids
  unsigned required_uid = unchanged, required_gid = unchanged; // --from
  Name user, group;                                            // the new ids as messages name them
  enum { Off, Changes, High } verbosity = Off;
  bool quiet = false, recurse = false, affect_referent = true;
  enum { Physical, CommandLine, Logical } traverse = Physical; // -P, -H, -L
  bool preserve_root = false;
  sys::Stat root{};
  Accounts passwd{"/etc/passwd"}, groups{"/etc/group"};
};

// A user's or group's name, or its number when it has none.
inline void id_name(const Accounts &db, unsigned id, solo::String &out) {
  out.clear();
  Accounts::Entry e;
  if (db.by_id(id, e))
    out.append(e.name);
  else
    (void)solo::format_to(out, "{}", id);
}

// "USER:GROUP", "USER" or "GROUP" from whichever is there; false when neither is.
inline bool spec_text(const Name *user, const Name *group, solo::String &out) {
  out.clear();
  if (user && user->present) out.append(user->text.view());
  if (user && user->present && group && group->present) out.push(':');
  if (group && group->present) out.append(group->text.view());
  return (user && user->present) || (group && group->present);
}

enum class Outcome { Succeeded, Failed, NotRequested, NotApplied };

inline void describe(const Settings &s, solo::StringView file, Outcome outcome, const sys::Stat *before) {
  if (outcome == Outcome::NotApplied) {
    solo::println("neither symbolic link {} nor referent has been changed", quoteaf(file));
    return;
  }
  // The new ids as named in the spec, or as numbers.
  Name user_number, group_number, old_user, old_group;
  const Name &new_user = s.user.present || s.uid == unchanged ? s.user : user_number;
  const Name &new_group = s.group.present || s.gid == unchanged ? s.group : group_number;
  if (!s.user.present && s.uid != unchanged)
    (void)solo::format_to(user_number.text, "{}", s.uid), user_number.present = true;
  if (!s.group.present && s.gid != unchanged)
    (void)solo::format_to(group_number.text, "{}", s.gid), group_number.present = true;
  if (before) {
    id_name(s.passwd, before->st_uid, old_user.text), old_user.present = true;
    id_name(s.groups, before->st_gid, old_group.text), old_group.present = true;
  }
  bool user = new_user.present, group = new_group.present;
  solo::String spec, old_spec;
  bool has_spec = spec_text(&new_user, &new_group, spec);
  bool has_old = spec_text(user ? &old_user : nullptr, group ? &old_group : nullptr, old_spec);
  auto q = quoteaf(file);
  switch (outcome) {
  case Outcome::Succeeded:
    if (user)
      solo::println("changed ownership of {} from {} to {}", q, old_spec.view(), spec.view());
    else if (group)
      solo::println("changed group of {} from {} to {}", q, old_spec.view(), spec.view());
    else
      solo::println("no change to ownership of {}", q);
    break;
  case Outcome::Failed:
    if (!user && !group)
      solo::println("failed to change ownership of {}", q);
    else if (has_old)
      solo::println("failed to change {} of {} from {} to {}", user ? "ownership" : "group", q, old_spec.view(),
                    spec.view());
    else if (has_spec)
      solo::println("failed to change {} of {} to {}", user ? "ownership" : "group", q, spec.view());
    break;
  case Outcome::NotRequested:
    if (user)
      solo::println("ownership of {} retained as {}", q, old_spec.view());
    else if (group)
      solo::println("group of {} retained as {}", q, old_spec.view());
    else
      solo::println("ownership of {} retained", q);
    break;
  case Outcome::NotApplied:
    break;
  }
}

inline bool is_root(const Settings &s, const sys::Stat &st) {
  return s.preserve_root && st.st_dev == s.root.st_dev && st.st_ino == s.root.st_ino;
}

inline void root_warning(solo::StringView file) {
  if (file == "/")
    solo::println(solo::io::stderr, "{}: it is dangerous to operate recursively on {}", program, quoteaf(file));
  else
    solo::println(solo::io::stderr, "{}: it is dangerous to operate recursively on {} (same as {})", program,
                  quoteaf(file), quoteaf("/"));
  solo::println(solo::io::stderr, "{}: use --no-preserve-root to override this failsafe", program);
}

inline bool required(const Settings &s, const sys::Stat &st) {
  return (s.required_uid == unchanged || s.required_uid == st.st_uid) &&
         (s.required_gid == unchanged || s.required_gid == st.st_gid);
}

// With --from, a regular file or directory is changed through a descriptor once it is known to be the file
// that was checked (the same device and inode, the owner still the required one), so that nothing swapped in
// between (a link to another file) is changed instead. Returns 1 when changed, 0 when excluded, -1 with
// `error` when the change failed, and 2 when the ordinary call by name is to be made instead.
inline int change_checked(const Settings &s, const char *path, const sys::Stat &before, solo::Errno &error) {
  using F = sys::OpenFlags;
  if (s.required_uid == unchanged && s.required_gid == unchanged) return 2;
  F flags = F::NonBlock | F::NoCtty;
  if (sys::is_directory(before.st_mode))
    flags = flags | F::Directory;
  else if (!sys::is_regular(before.st_mode))
    return 2; // opening a device or a FIFO could do something
  auto fd = sys::openat(sys::at_fdcwd, solo::CStr(path), F::ReadOnly | flags);
  if (!fd && fd.error() == solo::Errno::EACCES && sys::is_regular(before.st_mode))
    fd = sys::openat(sys::at_fdcwd, solo::CStr(path), F::WriteOnly | flags);
  if (!fd) {
    if (fd.error() == solo::Errno::EACCES) return 2;
    error = fd.error();
    return -1;
  }
  sys::Stat now;
  if (auto r = sys::fstat(*fd, now); !r) {
    error = r.error();
    return -1;
  }
  if (now.st_dev != before.st_dev || now.st_ino != before.st_ino || !required(s, now)) return 0;
  if (auto r = sys::fchown(*fd, s.uid, s.gid); !r) {
    error = r.error();
    return -1;
  }
  if (auto r = fd->close(); !r) {
    error = r.error();
    return -1;
  }
  return 1;
}

// One file met in the walk: `st` is what the walk saw of it (null when it could not be looked at, `ok` false).
inline bool change(const Settings &s, const char *path, const sys::Stat *st, bool ok, bool directory) {
  const sys::Stat *before = st;
  sys::Stat referent;
  bool do_change;
  if (!ok) {
    do_change = false;
    before = nullptr;
  } else {
    if (s.affect_referent && sys::is_symlink(st->st_mode)) {
      if (auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(path), referent); !r) {
        if (!s.quiet)
          solo::println(solo::io::stderr, "{}: cannot dereference {}: {}", program, quoteaf(path), r.error());
        ok = false;
      } else {
        before = &referent;
      }
    }
    do_change = ok && required(s, *before);
  }
  if (ok && directory && is_root(s, *before)) {
    root_warning(path);
    return false;
  }
  bool link_changed = true;
  solo::Errno error{};
  if (do_change) {
    if (!s.affect_referent) {
      auto r = sys::fchownat(sys::at_fdcwd, solo::CStr(path), s.uid, s.gid, sys::AtFlags::SymlinkNoFollow);
      ok = bool(r);
      if (!ok) error = r.error();
      if (!ok && error == solo::Errno::EOPNOTSUPP) ok = true, link_changed = false; // a link that cannot change
    } else {
      switch (change_checked(s, path, *before, error)) {
      case 1:
        break;
      case 2:
        if (auto r = sys::fchownat(sys::at_fdcwd, solo::CStr(path), s.uid, s.gid); !r) ok = false, error = r.error();
        break;
      case 0:
        do_change = false, ok = false;
        break;
      default:
        ok = false;
      }
    }
    if (do_change && !ok && !s.quiet)
      solo::println(solo::io::stderr, "{}: changing {} of {}: {}", program, s.uid != unchanged ? "ownership" : "group",
                    quoteaf(path), error);
  }
  if (s.verbosity != Settings::Off) {
    bool changed =
        do_change && ok && link_changed &&
        !((s.uid == unchanged || s.uid == before->st_uid) && (s.gid == unchanged || s.gid == before->st_gid));
    if (changed || s.verbosity == Settings::High)
      describe(s, path,
               !ok             ? Outcome::Failed
               : !link_changed ? Outcome::NotApplied
               : !changed      ? Outcome::NotRequested
                               : Outcome::Succeeded,
               before);
  }
  return ok;
}

// The directories above the one being walked, to notice a loop that -L can follow.
struct Ancestor {
  const Ancestor *up;
  unsigned long dev, ino;
};

// A file named `path` at depth `level` (0 for an operand): looked at, walked into when -R says so, changed.
inline bool visit(const Settings &s, const char *path, int level, const Ancestor *up) {
  // Links are followed when looking at a file only where -L (anywhere) or -H (an operand) says so; a dangling
  // one is then looked at as itself.
  bool follow = s.recurse && (s.traverse == Settings::Logical || (s.traverse == Settings::CommandLine && level == 0));
  sys::Stat st;
  auto r =
      sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st, follow ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow);
  if (!r && follow && r.error() == solo::Errno::ENOENT &&
      sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st, sys::AtFlags::SymlinkNoFollow))
    r = {};
  if (!r) {
    if (!s.quiet) solo::println(solo::io::stderr, "{}: cannot access {}: {}", program, quoteaf(path), r.error());
    return change(s, path, nullptr, false, false);
  }
  bool directory = sys::is_directory(st.st_mode);
  if (!directory || !s.recurse) return change(s, path, &st, true, directory);
  if (is_root(s, st)) {
    root_warning(path);
    return false;
  }
  for (const Ancestor *a = up; a; a = a->up)
    if (a->dev == st.st_dev && a->ino == st.st_ino) return change(s, path, &st, true, true); // not walked again
  auto dir = sys::Dir::open(sys::at_fdcwd, solo::CStr(path));
  if (!dir) {
    if (!s.quiet)
      solo::println(solo::io::stderr, "{}: cannot read directory {}: {}", program, quoteaf(path), dir.error());
    change(s, path, nullptr, false, true);
    return false;
  }
  Ancestor here{up, static_cast<unsigned long>(st.st_dev), static_cast<unsigned long>(st.st_ino)};
  bool ok = true;
  solo::StringView parent = path;
  if (parent.ends_with('/')) parent.remove_suffix(1); // "d/" and "/" name their children "d/x" and "/x"
  for (const sys::DirEntry &e : *dir) {
    if (e.is_dot_or_dotdot()) continue;
    solo::String child;
    child.append(parent);
    child.push('/');
    child.append(e.name().c_str());
    ok &= visit(s, child.c_str(), level + 1, &here);
  }
  if (read_failed(dir->error())) {
    if (!s.quiet)
      solo::println(solo::io::stderr, "{}: cannot read directory {}: {}", program, quoteaf(path), dir->error());
    ok = false;
  }
  return change(s, path, &st, true, true) && ok; // a directory changes after what it holds
}

// An operand as GNU's walk names it: more than one trailing slash taken as one ("d///" is "d/").
inline bool visit_operand(const Settings &s, char *operand) {
  size_t len = solo::StringView(operand).size();
  if (len > 2 && operand[len - 1] == '/')
    while (len > 1 && operand[len - 2] == '/') operand[--len] = '\0';
  return visit(s, operand, 0, nullptr);
}

// Options both tools take; chown adds --from. Ids >= 1000 are the long options without a letter.
enum : int { dereference_id = 1000, from_id, no_preserve_id, preserve_id, reference_id };
inline constexpr solo::Option common_options[] = {
    {'R', "recursive"},
    {'c', "changes"},
    {0, "dereference", false, dereference_id},
    {'h', "no-dereference"},
    {0, "no-preserve-root", false, no_preserve_id},
    {0, "preserve-root", false, preserve_id},
    {'f', "quiet"},
    {'f', "silent"},
    {0, "reference", true, reference_id},
    {'v', "verbose"},
    {'H', nullptr},
    {'L', nullptr},
    {'P', nullptr},
    {0, "from", true, from_id}, // last: chgrp leaves it out
};

// --help: each tool's own lines (`head`, after "Usage: NAME"; chown's --from; --reference), between the ones
// both print.
struct Help {
  const char *head, *from, *reference;
};

inline int print_help(const char *name, const Help &h) {
  solo::print("Usage: {}{}", base_name(name), h.head);
  solo::print("{}", "  -c, --changes          like verbose but report only when a change is made\n"
                    "  -f, --silent, --quiet  suppress most error messages\n"
                    "  -v, --verbose          output a diagnostic for every file processed\n"
                    "      --dereference      affect the referent of each symbolic link (this is\n"
                    "                         the default), rather than the symbolic link itself\n"
                    "  -h, --no-dereference   affect symbolic links instead of any referenced file\n"
                    "                         (useful only on systems that can change the\n"
                    "                         ownership of a symlink)\n");
  solo::print("{}", h.from);
  solo::print("{}", "      --no-preserve-root  do not treat '/' specially (the default)\n"
                    "      --preserve-root    fail to operate recursively on '/'\n");
  solo::print("{}", h.reference);
  solo::println("{}", "  -R, --recursive        operate on files and directories recursively\n\n"
                      "The following options modify how a hierarchy is traversed when the -R\n"
                      "option is also specified.  If more than one is specified, only the final\n"
                      "one takes effect.\n\n"
                      "  -H                     if a command line argument is a symbolic link\n"
                      "                         to a directory, traverse it\n"
                      "  -L                     traverse every symbolic link to a directory\n"
                      "                         encountered\n"
                      "  -P                     do not traverse any symbolic links (default)");
  return flushed(0, 1);
}

// The part of main both tools share: reads the options into `s` (handing --from's value to `from`, which
// returns a status to exit with or -1), gathers the operands in argv, and checks what GNU checks before the
// first operand is read. Returns -1 to go on (with `operands` and `reference` set), or the exit status.
template <class From> int parse(int argc, char **argv, bool with_from, const Help &help, Settings &s, int &operands,
                                const char *&reference, From from) {
  program = argv[0];
  size_t count = sizeof common_options / sizeof common_options[0] - (with_from ? 0 : 1);
  solo::OptionParser p(argc, argv, common_options, count);
  int dereference = -1;
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'H':
      s.traverse = Settings::CommandLine;
      break;
    case 'L':
      s.traverse = Settings::Logical;
      break;
    case 'P':
      s.traverse = Settings::Physical;
      break;
    case 'h':
      dereference = 0;
      break;
    case dereference_id:
      dereference = 1;
      break;
    case no_preserve_id:
      s.preserve_root = false;
      break;
    case preserve_id:
      s.preserve_root = true;
      break;
    case reference_id:
      reference = p.value().data();
      break;
    case from_id:
      if (int status = from(p.value()); status >= 0) return status;
      break;
    case 'R':
      s.recurse = true;
      break;
    case 'c':
      s.verbosity = Settings::Changes;
      break;
    case 'f':
      s.quiet = true;
      break;
    case 'v':
      s.verbosity = Settings::High;
      break;
    case solo::OptionParser::Help:
      return print_help(argv[0], help);
    default:
      if (int status = common_option(o, p, argv, operands, ""); status >= 0) return status;
    }
  }
  if (s.recurse) {
    if (s.traverse == Settings::Physical) {
      if (dereference == 1) {
        solo::println(solo::io::stderr, "{}: -R --dereference requires either -H or -L", program);
        return 1;
      }
      dereference = 0;
    }
  } else {
    s.traverse = Settings::Physical;
  }
  s.affect_referent = dereference != 0;
  if (operands < (reference ? 1 : 2)) {
    if (operands == 0) return usage_error("missing operand");
    solo::println(solo::io::stderr, "{}: missing operand after {}", program, quote(argv[operands]));
    try_help();
    return 1;
  }
  return -1;
}

// The reference file's ids (stat follows links), or the exit status after saying why not.
inline int read_reference(const char *reference, sys::Stat &st) {
  if (auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(reference), st); !r) {
    solo::println(solo::io::stderr, "{}: failed to get attributes of {}: {}", program, quoteaf(reference), r.error());
    return 1;
  }
  return -1;
}

// After the ids are known: "/" for --preserve-root, the lock-down, each FILE.
inline int run(Settings &s, char **files, int count) {
  if (s.recurse && s.preserve_root) {
    if (auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr("/"), s.root); !r) {
      solo::println(solo::io::stderr, "{}: failed to get attributes of {}: {}", program, quoteaf("/"), r.error());
      return 1;
    }
  } else {
    s.preserve_root = false;
  }
  lock_down();
  bool ok = true;
  for (int i = 0; i < count; ++i) ok &= visit_operand(s, files[i]);
  return ok ? 0 : 1;
}

} // namespace tool::ownership
