// cp: copies a file to a file, files into a directory (-t DIR, or the last operand; -T: never into one), and
// with -r directories with their contents. Symbolic links: followed by default without -r, copied as links
// with -r, -d, -P (and -a); -L follows all, -H those named on the command line. -p (and -a) keeps modes,
// owners and times; -i asks before overwriting, -n never overwrites, -f removes a destination it cannot open,
// -u copies only over an older destination, -a and -d keep hard links among what is copied (a file met again
// through another name becomes a link to its first copy), --parents keeps the source's directories under DIR, -v says
// what was copied; -l makes hard links instead of copies (to what a symlink points at, unless -P/-d), -s symbolic links
// (a relative one only into the current directory), directories being made as with -r. A directory is never copied into
// itself: the directories cp makes are remembered, and one met again as a source is refused (GNU's check, so `cp -r d
// d/sub` copies d once into d/sub/d and stops there instead of recursing forever). File data moves with copy_file_range
// where the kernel can, read/write otherwise; new files get the source's permissions less the umask (without -p).
// Messages as GNU's, names quoted as it quotes them.
#include "ask.hpp"
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <algorithm>

#include <solo/hash_map.hpp>
#include <solo/inline_string.hpp>
#include <solo/io.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>
#include <solo/vector.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;
using solo::StringView;

bool recursive = false, verbose = false, preserve = false, update = false, force = false, parents = false;
bool preserve_links = false; // -a, -d: a file met again through another hard link becomes a link to its copy
enum class Make { Copies, HardLinks, SymbolicLinks } make = Make::Copies;
// The operand being copied and where to, for the into-itself message; the directories made so far.
const char *top_source = "";
solo::InlineString<4095> top_destination; // a copy: the walk's own path grows and shrinks
struct DirId {
  unsigned long long dev, ino;
  bool operator==(const DirId &) const = default;
};
solo::Vector<DirId> made_directories;
bool copied_into_self = false; // then every directory being copied stops, as GNU's: going on would loop
enum class Links { Default, Never, Always, CommandLine } links = Links::Default;
enum class Overwrite { Yes, Ask, Never } overwrite = Overwrite::Yes;

// The paths grow and shrink by components while walking a tree.
using Path = solo::PathBuffer;

void say(const char *what, StringView path, Errno e) {
  solo::println(solo::io::stderr, "{}: {} {}: {}", tool::program, what, tool::quoteaf(path), e);
}

// -p: the source's owner, mode and times onto the copy (the owner first: changing it clears set-ID bits).
void keep_attributes(const Path &dst, const sys::Stat &st, bool link) {
  auto no_follow = link ? sys::AtFlags::SymlinkNoFollow : sys::AtFlags::None;
  if (!sys::fchownat(sys::at_fdcwd, dst.cstr(), st.st_uid, st.st_gid, no_follow))
    (void)sys::fchownat(sys::at_fdcwd, dst.cstr(), static_cast<sys::uid_t>(-1), st.st_gid, no_follow);
  if (!link) (void)sys::fchmodat(sys::at_fdcwd, dst.cstr(), st.st_mode & 07777);
  solo::Timespec times[2] = {{static_cast<long>(st.st_atim.tv_sec), static_cast<long>(st.st_atim.tv_nsec)},
                             {static_cast<long>(st.st_mtim.tv_sec), static_cast<long>(st.st_mtim.tv_nsec)}};
  (void)sys::utimensat(sys::at_fdcwd, dst.cstr(), times, no_follow);
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

// -a, -d: the copy made of each file with more than one link, by the source's device and inode.
solo::HashMap<std::pair<unsigned long long, unsigned long long>, solo::String> copies;

// A file whose copy exists already: a hard link to that copy, replacing what is at `dst` (as GNU's, -v then says
// "removed"). False with the message said when linking fails.
bool link_to_copy(const Path &src, const solo::String &earlier, const Path &dst, bool exists) {
  if (verbose) solo::println("{} -> {}", tool::quoteaf(src.view()), tool::quoteaf(dst.view()));
  if (exists) {
    sys::Stat a, b;
    if (sys::newfstatat(sys::at_fdcwd, earlier.cstr(), a, sys::AtFlags::SymlinkNoFollow) &&
        sys::newfstatat(sys::at_fdcwd, dst.cstr(), b, sys::AtFlags::SymlinkNoFollow) && a.st_dev == b.st_dev &&
        a.st_ino == b.st_ino)
      return true; // already that link
    (void)sys::unlinkat(sys::at_fdcwd, dst.cstr());
    if (verbose) solo::println("removed {}", tool::quoteaf(dst.view()));
  }
  if (auto r = sys::linkat(sys::at_fdcwd, earlier.cstr(), sys::at_fdcwd, dst.cstr(), sys::AtFlags::None); !r) {
    solo::println(solo::io::stderr, "{}: cannot create hard link {} to {}: {}", tool::program,
                  tool::quoteaf(dst.view()), tool::quoteaf(earlier.view()), r.error());
    return false;
  }
  return true;
}

// -l and -s: the link instead of a copy; -f replaces what is there, otherwise that is an error (EEXIST).
bool make_link(const Path &src, const Path &dst, bool exists) {
  bool hard = make == Make::HardLinks;
  if (!hard && !src.view().starts_with('/')) {
    // A relative target means the same thing only from the current directory.
    StringView d = dst.view();
    size_t slash = d.rfind('/');
    solo::InlineString<4095> parent;
    sys::Stat here, there;
    bool in_current =
        slash == StringView::npos ||
        (parent.try_append(slash == 0 ? StringView("/") : d.substr(0, slash)) &&
         sys::newfstatat(sys::at_fdcwd, ".", here) && sys::newfstatat(sys::at_fdcwd, parent.cstr(), there) &&
         here.st_dev == there.st_dev && here.st_ino == there.st_ino);
    if (!in_current) {
      solo::println(solo::io::stderr, "{}: {}: can make relative symbolic links only in current directory",
                    tool::program, tool::quotef(d));
      return false;
    }
  }
  if (exists && force) (void)sys::unlinkat(sys::at_fdcwd, dst.cstr());
  auto r = hard ? sys::linkat(sys::at_fdcwd, src.cstr(), sys::at_fdcwd, dst.cstr(),
                              links == Links::Never ? sys::AtFlags::None : sys::AtFlags::SymlinkFollow)
                : sys::symlinkat(src.cstr(), sys::at_fdcwd, dst.cstr());
  if (!r) {
    solo::println(solo::io::stderr, "{}: cannot create {} {} to {}: {}", tool::program,
                  hard ? "hard link" : "symbolic link", tool::quoteaf(dst.view()), tool::quoteaf(src.view()),
                  r.error());
    return false;
  }
  return true;
}

bool copy_directory(Path &src, Path &dst, const sys::Stat &st) {
  sys::Stat dt;
  if (sys::newfstatat(sys::at_fdcwd, dst.cstr(), dt)) {
    if (!sys::is_directory(dt.st_mode)) {
      solo::println(solo::io::stderr, "{}: cannot overwrite non-directory {} with directory {}", tool::program,
                    tool::quoteaf(dst.view()), tool::quoteaf(src.view()));
      return false;
    }
  } else if (auto r = sys::mkdirat(sys::at_fdcwd, dst.cstr(), (st.st_mode & 07777) | 0700); !r) {
    return say("cannot create directory", dst.view(), r.error()), false;
  } else {
    unsigned mask = sys::umask(0);
    (void)sys::umask(mask);
    (void)sys::fchmodat(sys::at_fdcwd, dst.cstr(), st.st_mode & 07777 & ~mask);
    if (sys::Stat made; sys::newfstatat(sys::at_fdcwd, dst.cstr(), made))
      made_directories.push({made.st_dev, made.st_ino});
  }
  auto dir = sys::Dir::open(sys::at_fdcwd, src.cstr());
  if (!dir) return say("cannot access", src.view(), dir.error()), false;
  // Copied in inode order, as GNU's cp reads a directory (the order the disk most likely holds them in),
  // which also decides the order of -v's lines.
  struct Entry {
    unsigned long long ino;
    solo::String name;
  };
  solo::Vector<Entry> entries;
  for (const sys::DirEntry &e : *dir) {
    if (e.is_dot_or_dotdot()) continue;
    Entry &entry = entries.emplace();
    entry.ino = e.ino;
    entry.name.append(e.name());
  }
  auto by_inode = [](const Entry &a, const Entry &b) { return a.ino < b.ino; };
  std::ranges::make_heap(entries, by_inode); // a heap sort: small code, as ls's
  std::ranges::sort_heap(entries, by_inode);
  bool ok = true;
  size_t src_size = src.size(), dst_size = dst.size();
  for (const Entry &e : entries) {
    if (!src.try_join(e.name.view()) || !dst.try_join(e.name.view())) {
      say("cannot copy", src.view(), Errno::ENAMETOOLONG);
      ok = false;
    } else {
      ok = copy(src, dst, false) && ok;
    }
    src.truncate(src_size);
    dst.truncate(dst_size);
    if (copied_into_self) break;
  }
  if (dir->error() != Errno(0)) return say("cannot access", src.view(), dir->error()), false;
  return ok;
}

bool copy(Path &src, Path &dst, bool top) {
  sys::Stat st;
  bool follow =
      links == Links::Always || (links == Links::CommandLine && top) || (links == Links::Default && !recursive);
  auto flags = follow ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow;
  if (auto r = sys::newfstatat(sys::at_fdcwd, src.cstr(), st, flags); !r)
    return say("cannot stat", src.view(), r.error()), false;
  sys::Stat dt;
  auto d = sys::newfstatat(sys::at_fdcwd, dst.cstr(), dt, sys::AtFlags::SymlinkNoFollow);
  if (!d && d.error() != Errno::ENOENT) return say("cannot stat", dst.view(), d.error()), false;
  bool exists = d.has_value();
  if (exists && !sys::is_directory(st.st_mode) && sys::is_directory(dt.st_mode)) {
    solo::println(solo::io::stderr, "{}: cannot overwrite directory {} with non-directory", tool::program,
                  tool::quoteaf(dst.view()));
    return false;
  }
  if (exists && !sys::is_directory(st.st_mode)) {
    sys::Stat followed;
    bool same = sys::newfstatat(sys::at_fdcwd, dst.cstr(), followed) && followed.st_dev == st.st_dev &&
                followed.st_ino == st.st_ino;
    if (same && make == Make::HardLinks) return true; // already the very link asked for
    if (same) {
      solo::println(solo::io::stderr, "{}: {} and {} are the same file", tool::program, tool::quoteaf(src.view()),
                    tool::quoteaf(dst.view()));
      return false;
    }
    if (overwrite == Overwrite::Never) return true; // -n: left as it is, quietly
    if (update && (dt.st_mtim.tv_sec > st.st_mtim.tv_sec ||
                   (dt.st_mtim.tv_sec == st.st_mtim.tv_sec && dt.st_mtim.tv_nsec >= st.st_mtim.tv_nsec)))
      return true; // -u: the destination is as new
    if (overwrite == Overwrite::Ask) {
      solo::print(solo::io::stderr, "{}: overwrite {}? ", tool::program, tool::quoteaf(dst.view()));
      if (!tool::answer_is_yes()) return true;
    }
  }
  if (sys::is_directory(st.st_mode) &&
      std::ranges::find(made_directories, DirId{st.st_dev, st.st_ino}) != made_directories.end()) {
    solo::println(solo::io::stderr, "{}: cannot copy a directory, {}, into itself, {}", tool::program,
                  tool::quoteaf(top_source), tool::quoteaf(top_destination.view()));
    copied_into_self = true;
    return false;
  }
  if (sys::is_directory(st.st_mode)) {
    if (!recursive) {
      solo::println(solo::io::stderr, "{}: -r not specified; omitting directory {}", tool::program,
                    tool::quoteaf(src.view()));
      return false;
    }
    if (verbose && !exists) solo::println("{} -> {}", tool::quoteaf(src.view()), tool::quoteaf(dst.view()));
    if (!copy_directory(src, dst, st)) return false;
    if (preserve) keep_attributes(dst, st, false);
    return true;
  }
  std::pair<unsigned long long, unsigned long long> id(st.st_dev, st.st_ino);
  bool linked = preserve_links && make == Make::Copies && st.st_nlink > 1;
  if (linked) {
    if (const solo::String *earlier = copies.find(id)) return link_to_copy(src, *earlier, dst, exists);
  }
  if (make != Make::Copies) {
    if (!make_link(src, dst, exists)) return false;
  } else if (sys::is_symlink(st.st_mode)) {
    Path target;
    auto n = sys::readlinkat(sys::at_fdcwd, src.cstr(), target.data(), target.capacity());
    if (!n) return say("cannot read symbolic link", src.view(), n.error()), false;
    if (!target.try_resize_for_overwrite(*n))
      return say("cannot read symbolic link", src.view(), Errno::ENAMETOOLONG), false;
    if (exists) (void)sys::unlinkat(sys::at_fdcwd, dst.cstr()); // a link is replaced, not written through
    if (auto r = sys::symlinkat(target, sys::at_fdcwd, dst.cstr()); !r)
      return say("cannot create symbolic link", dst.view(), r.error()), false;
    if (preserve) keep_attributes(dst, st, true);
  } else {
    auto in = solo::io::openat(sys::at_fdcwd, src.cstr(), sys::OpenFlags::ReadOnly | sys::OpenFlags::CloseOnExec);
    if (!in) return say("cannot open", src.view(), in.error()), false;
    auto open_out = [&] {
      return solo::io::openat(sys::at_fdcwd, dst.cstr(),
                              sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::Truncate |
                                  sys::OpenFlags::CloseOnExec,
                              st.st_mode & 0777);
    };
    auto out = open_out();
    if (!out && force && exists && sys::unlinkat(sys::at_fdcwd, dst.cstr())) out = open_out(); // -f: try afresh
    if (!out) return say(exists ? "cannot open" : "cannot create regular file", dst.view(), out.error()), false;
    if (!copy_data(in->get(), out->get(), src, dst)) return false;
    if (preserve) keep_attributes(dst, st, false);
  }
  if (linked) {
    auto r = copies.try_emplace(id);
    if (!r || !r->value->try_append(dst.view()))
      return say("cannot remember the copy of", src.view(), Errno::ENOMEM), false; // its links would be copies
  }
  if (verbose) solo::println("{} -> {}", tool::quoteaf(src.view()), tool::quoteaf(dst.view()));
  return true;
}

// --parents: the source's directories under the target, made as needed ("a/b/f" into "t" is t/a/b/f; -v
// names each new one as GNU's does: "a -> t/a").
bool make_parent_directories(const char *source, Path &dst) {
  StringView s = source;
  size_t end = s.rfind('/');
  if (end == StringView::npos) return true;
  for (size_t i = 0; i < end;) {
    size_t slash = s.find('/', i);
    if (slash == StringView::npos || slash > end) slash = end;
    StringView part = s.substr(i, slash - i);
    i = slash + 1;
    if (part.empty()) continue;
    if (!dst.try_join(part)) return say("cannot make directory", dst.view(), Errno::ENAMETOOLONG), false;
    sys::Stat st;
    if (sys::newfstatat(sys::at_fdcwd, dst.cstr(), st)) {
      if (!sys::is_directory(st.st_mode)) {
        solo::println(solo::io::stderr, "{}: {} exists but is not a directory", tool::program,
                      tool::quoteaf(dst.view()));
        return false;
      }
      continue;
    }
    // With the source directory's permissions (less the umask unless -p), as GNU's.
    sys::Stat from;
    solo::InlineString<4095> source_dir;
    unsigned mode = 0777;
    if (source_dir.try_append(s.substr(0, slash)) && sys::newfstatat(sys::at_fdcwd, source_dir.cstr(), from))
      mode = from.st_mode & 07777;
    if (auto r = sys::mkdirat(sys::at_fdcwd, dst.cstr(), mode | 0700); !r)
      return say("cannot make directory", dst.view(), r.error()), false;
    unsigned mask = sys::umask(0);
    (void)sys::umask(mask);
    (void)sys::fchmodat(sys::at_fdcwd, dst.cstr(), preserve ? mode : mode & ~mask);
    if (preserve) keep_attributes(dst, from, false);
    if (verbose) solo::println("{} -> {}", tool::quotef(s.substr(0, slash)), tool::quotef(dst.view()));
  }
  return true;
}

enum { parents_option = 256, no_target_option = 'T', target_option = 't' };

} // namespace

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'r', "recursive"},
                                  {'R', nullptr, false, 'r'},
                                  {'v', "verbose"},
                                  {'a', "archive"},
                                  {'p', nullptr},
                                  {'d', nullptr},
                                  {'P', "no-dereference"},
                                  {'L', "dereference"},
                                  {'H', nullptr},
                                  {'i', "interactive"},
                                  {'n', "no-clobber"},
                                  {'f', "force"},
                                  {'u', "update"},
                                  {'T', "no-target-directory"},
                                  {'t', "target-directory", true},
                                  {'l', "link"},
                                  {'s', "symbolic-link"},
                                  {0, "parents", false, parents_option}};
  int n = 0;
  const char *target_dir = nullptr;
  bool no_target = false;
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
    case 'a':
      recursive = preserve = preserve_links = true, links = Links::Never;
      break;
    case 'p':
      preserve = true;
      break;
    case 'd':
      preserve_links = true;
      links = Links::Never;
      break;
    case 'P':
      links = Links::Never;
      break;
    case 'L':
      links = Links::Always;
      break;
    case 'H':
      links = Links::CommandLine;
      break;
    case 'i':
      overwrite = Overwrite::Ask;
      break;
    case 'n':
      overwrite = Overwrite::Never;
      break;
    case 'f':
      force = true;
      break;
    case 'u':
      update = true;
      break;
    case 'l':
    case 's':
      if (make != Make::Copies && make != (o == 'l' ? Make::HardLinks : Make::SymbolicLinks)) {
        solo::println(solo::io::stderr, "{}: cannot make both hard and symbolic links", argv[0]);
        tool::try_help();
        return 1;
      }
      make = o == 'l' ? Make::HardLinks : Make::SymbolicLinks;
      break;
    case 'T':
      no_target = true;
      break;
    case 't':
      target_dir = p.value().data();
      break;
    case parents_option:
      parents = true;
      break;
    case solo::OptionParser::Operand:
      tool::keep_operand(argv, n, p.value());
      break;
    case solo::OptionParser::Help:
      solo::println("Usage: {0} [OPTION]... [-T] SOURCE DEST\n  or:  {0} [OPTION]... SOURCE... DIRECTORY\n"
                    "  or:  {0} [OPTION]... -t DIRECTORY SOURCE...\n"
                    "Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.\n\n"
                    "  -a, --archive                same as -dR --preserve=all\n"
                    "  -d                           same as --no-dereference --preserve=links\n"
                    "  -f, --force                  if an existing destination file cannot be\n"
                    "                                 opened, remove it and try again\n"
                    "  -i, --interactive            prompt before overwrite\n"
                    "  -H                           follow command-line symbolic links in SOURCE\n"
                    "  -l, --link                   hard link files instead of copying\n"
                    "  -L, --dereference            always follow symbolic links in SOURCE\n"
                    "  -n, --no-clobber             do not overwrite an existing file\n"
                    "  -P, --no-dereference         never follow symbolic links in SOURCE\n"
                    "  -p                           preserve mode, ownership and timestamps\n"
                    "      --parents                use full source file name under DIRECTORY\n"
                    "  -R, -r, --recursive          copy directories recursively\n"
                    "  -s, --symbolic-link          make symbolic links instead of copying\n"
                    "  -t, --target-directory=DIRECTORY  copy all SOURCE arguments into DIRECTORY\n"
                    "  -T, --no-target-directory    treat DEST as a normal file\n"
                    "  -u, --update                 copy only when the SOURCE file is newer\n"
                    "                                 than the destination file or when the\n"
                    "                                 destination file is missing\n"
                    "  -v, --verbose                explain what is being done",
                    tool::base_name(argv[0]));
      return tool::flushed(0, 1);
    case solo::OptionParser::Version:
      return tool::version(), tool::flushed(0, 1);
    default:
      return tool::usage_error(p);
    }
  }
  if (target_dir && no_target) {
    solo::println(solo::io::stderr, "{}: cannot combine --target-directory (-t) and --no-target-directory (-T)",
                  argv[0]);
    return 1;
  }
  if (n == 0) return tool::usage_error("missing file operand");
  if (n == 1 && !target_dir) {
    solo::println(solo::io::stderr, "{}: missing destination file operand after {}", argv[0],
                  tool::quoteaf(operands[0]));
    tool::try_help();
    return 1;
  }
  if (no_target && n > 2) {
    solo::println(solo::io::stderr, "{}: extra operand {}", argv[0], tool::quoteaf(operands[2]));
    tool::try_help();
    return 1;
  }
  tool::lock_down();
  const char *target = target_dir ? target_dir : operands[n - 1];
  int sources = target_dir ? n : n - 1;
  sys::Stat ts;
  auto t = sys::newfstatat(sys::at_fdcwd, solo::CStr(target), ts);
  bool into = !no_target && t && sys::is_directory(ts.st_mode);
  if ((sources > 1 || target_dir || parents) && !into && !no_target) {
    if (parents && sources == 1 && !target_dir && t) {
      solo::println(solo::io::stderr, "{}: with --parents, the destination must be a directory", argv[0]);
      tool::try_help();
      return 1;
    }
    say(target_dir ? "target directory" : "target", target, t ? Errno::ENOTDIR : t.error());
    return 1;
  }
  int status = 0;
  static Path src, dst;
  for (int i = 0; i < sources; ++i) {
    src.clear();
    dst.clear();
    bool fits = src.try_append(operands[i]) && dst.try_append(target).has_value();
    if (fits && into && parents) {
      if (!make_parent_directories(operands[i], dst)) {
        status = 1;
        continue;
      }
      fits = dst.try_join(tool::last_component(operands[i])).has_value();
    } else if (fits && into) {
      fits = dst.try_join(tool::last_component(operands[i])).has_value(); // its name in it
    }
    if (!fits) {
      say("cannot copy", operands[i], Errno::ENAMETOOLONG);
      status = 1;
    } else if (top_source = operands[i], copied_into_self = false, top_destination.clear(),
               (void)top_destination.try_append(dst.view());
               !copy(src, dst, true)) {
      status = 1;
    }
  }
  return status;
}
