// du: the disk space each FILE (the current directory by default) uses, and each directory inside it, in
// 1 KiB blocks rounded up (-k) or in human form (-h: 4.0K, 12M). -a lists files too, -s only each FILE,
// --max-depth=N (-d N) only down to N levels, -c adds a total, -x stays on each FILE's file system. A file
// with several hard links counts once, where it is met first; with several FILE operands a directory met
// twice counts once too (-l: hard links count each time). -m prints MiB, -b apparent sizes in bytes. -H
// follows symlinks named on the command line, -L every symlink (each directory then counts once, so a link
// back up ends there). Directories are read in the kernel's order and listed after their contents, as GNU's
// du does.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/hash_map.hpp>
#include <solo/parse.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>
#include <solo/vector.hpp>

namespace {

using solo::Errno;
using solo::StringView;
namespace sys = solo::sys;

bool all_files = false, human = false, one_file_system = false, count_links = false, bytes_shown = false;
bool follow_all = false, follow_operands = false;
unsigned long long block = 1024; // the unit sizes are shown in (rounded up): -k, -m, -b
size_t max_depth = SIZE_MAX;
int status = 0;
// Files met already, by device and inode: the ones with several links, and with several operands everything.
solo::HashSet<std::pair<unsigned long long, unsigned long long>> seen;
bool remember_all = false;
unsigned long long root_device = 0;

// "12K"-style sizes as GNU's -h prints them: powers of 1024, rounded up, one decimal below 10.
void print_human(solo::io::Stream &out, unsigned long long bytes) {
  static constexpr char units[] = "KMGTPE";
  if (bytes < 1024) return solo::format_to(out, "{}", bytes);
  unsigned e = 0;
  unsigned long long unit = 1024;
  while (bytes / unit >= 1024) unit *= 1024, ++e; // ends by E: 2^64 bytes is 16 EiB
  unsigned long long whole = bytes / unit, rest = bytes % unit;
  if (whole < 10) {
    unsigned long long tenths = whole * 10 + (rest * 10 + unit - 1) / unit; // no overflow: unit <= 2^60
    if (tenths < 100) return solo::format_to(out, "{}.{}{}", tenths / 10, tenths % 10, units[e]);
  }
  whole += rest != 0;
  if (whole >= 1024) return solo::format_to(out, "1.0{}", units[e + 1]);
  solo::format_to(out, "{}{}", whole, units[e]);
}

void print_amount(unsigned long long bytes) {
  auto &out = solo::io::stdout;
  if (human)
    print_human(out, bytes);
  else
    solo::format_to(out, "{}", bytes / block + (bytes % block != 0));
}

void print_size(unsigned long long bytes, const tool::PathChain &path) {
  print_amount(bytes);
  solo::println("\t{}", path);
}

void cannot(StringView what, const tool::PathChain &path, Errno e) {
  (void)solo::io::stdout.flush();
  solo::println(solo::io::stderr, "{}: {} '{}': {}", tool::program, what, path, e);
  status = 1;
}

// Whether this file was counted already (and, if not, that it now is).
bool counted_before(const sys::Stat &st) {
  bool directory = sys::is_directory(st.st_mode);
  if (count_links) return false; // -l: everything each time it is met (a cycle still ends: see `ancestors`)
  if (!remember_all && !(directory && follow_all) && (directory || st.st_nlink < 2)) return false;
  return !seen.insert(std::pair<unsigned long long, unsigned long long>(st.st_dev, st.st_ino));
}

// With -L, the directories from the operand down to the one being read: one met again is a cycle, skipped
// silently as GNU's (even with -l, which otherwise counts a directory each time it is met).
solo::Vector<std::pair<unsigned long long, unsigned long long>> ancestors;

bool is_ancestor(const sys::Stat &st) {
  for (const auto &a : ancestors)
    if (a.first == st.st_dev && a.second == st.st_ino) return true;
  return false;
}

// The bytes `name` (inside dirfd) uses, with everything below it; prints what the options ask for.
unsigned long long walk(int dirfd, const char *name, const sys::Stat &st, const tool::PathChain &path, size_t depth) {
  unsigned long long bytes =
      bytes_shown ? static_cast<unsigned long long>(st.st_size) : static_cast<unsigned long long>(st.st_blocks) * 512;
  bool directory = sys::is_directory(st.st_mode);
  if (directory) {
    auto fd = sys::openat(
        dirfd, solo::CStr(name),
        sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory | sys::OpenFlags::CloseOnExec |
            (follow_all || (depth == 0 && follow_operands) ? sys::OpenFlags::ReadOnly : sys::OpenFlags::NoFollow));
    auto opened = fd ? sys::Dir::from_fd(std::move(*fd)) : solo::Result<sys::Dir>(fd.error());
    if (!opened) {
      cannot("cannot read directory", path, opened.error());
    } else {
      sys::Dir &dir = *opened;
      if (follow_all)
        ancestors.push({static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino)});
      for (const sys::DirEntry &e : dir) {
        if (e.is_dot_or_dotdot()) continue;
        tool::PathChain child{&path, e.name()};
        sys::Stat cs;
        auto r =
            sys::newfstatat(dir.fd(), e.name(), cs, follow_all ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow);
        if (!r && follow_all && r.error() == Errno::ENOENT) { // a dangling link: GNU names it, without a reason
          (void)solo::io::stdout.flush();
          solo::println(solo::io::stderr, "{}: cannot access '{}'", tool::program, child);
          status = 1;
          continue;
        }
        if (!r) {
          cannot("cannot access", child, r.error());
          continue;
        }
        if (one_file_system && cs.st_dev != root_device) continue;
        if (follow_all && sys::is_directory(cs.st_mode) && is_ancestor(cs)) continue;
        if (counted_before(cs)) continue;
        bytes += walk(dir.fd().get(), e.name().c_str(), cs, child, depth + 1);
      }
      if (tool::read_failed(dir.error())) cannot("cannot read directory", path, dir.error());
      if (follow_all) ancestors.truncate(ancestors.size() - 1);
    }
  }
  if (depth <= max_depth && (directory || all_files || depth == 0)) print_size(bytes, path);
  return bytes;
}

} // namespace

static const char usage[] = " [OPTION]... [FILE]...\nSummarize disk usage of the set of FILEs, recursively for "
                            "directories.\n\n"
                            "  -a, --all             write counts for all files, not just directories\n"
                            "  -b, --bytes           apparent sizes, in bytes\n"
                            "  -c, --total           produce a grand total\n"
                            "  -d, --max-depth=N     print the total for a directory (or file, with --all)\n"
                            "                          only if it is N or fewer levels below the command\n"
                            "                          line argument;  --max-depth=0 is the same as\n"
                            "                          --summarize\n"
                            "  -h, --human-readable  print sizes in human readable format (e.g., 1K 234M 2G)\n"
                            "  -H, -D, --dereference-args  follow symbolic links on the command line\n"
                            "  -k                    like --block-size=1K\n"
                            "  -l, --count-links     count sizes many times if hard linked\n"
                            "  -L, --dereference     follow all symbolic links\n"
                            "  -m                    like --block-size=1M\n"
                            "  -s, --summarize       display only a total for each argument\n"
                            "  -x, --one-file-system    skip directories on different file systems";

int main(int argc, char **argv) {
  tool::program = argv[0];
  // A line per write, as GNU's du writes: each size is out as soon as its directory is done, and several du
  // writing into one pipe never split each other's lines.
  solo::io::stdout.set_mode(solo::io::Stream::Mode::Line);
  const solo::Option options[] = {{'a', "all"},
                                  {'c', "total"},
                                  {'d', "max-depth", true},
                                  {'h', "human-readable"},
                                  {'k', nullptr},
                                  {'s', "summarize"},
                                  {'x', "one-file-system"},
                                  {'l', "count-links"},
                                  {'m', nullptr},
                                  {'b', "bytes"},
                                  {'L', "dereference"},
                                  {'H', "dereference-args"},
                                  {'D', nullptr, false, 'H'}};
  bool summarize = false, total = false;
  const char *depth_text = nullptr;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  char **operands = argv + 1; // filled by keep_operand
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'a':
      all_files = true;
      break;
    case 'c':
      total = true;
      break;
    case 'd': {
      auto d = solo::parse_int<unsigned long long>(p.value());
      if (!d || p.value().starts_with('+')) {
        solo::println(solo::io::stderr, "{}: invalid maximum depth '{}'", argv[0], p.value());
        tool::try_help();
        return 1;
      }
      max_depth = *d > SIZE_MAX ? SIZE_MAX : static_cast<size_t>(*d);
      depth_text = p.value().data();
      break;
    }
    case 'h':
      human = true;
      break;
    case 'k':
      human = false, block = 1024;
      break;
    case 'm':
      human = false, block = 1024 * 1024;
      break;
    case 'b':
      human = false, block = 1, bytes_shown = true;
      break;
    case 'l':
      count_links = true;
      break;
    case 'L':
      follow_all = true, follow_operands = false;
      break;
    case 'H':
      follow_operands = true, follow_all = false;
      break;
    case 's':
      summarize = true;
      break;
    case 'x':
      one_file_system = true;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (summarize && depth_text) {
    if (max_depth != 0) {
      solo::println(solo::io::stderr, "{}: warning: summarizing conflicts with --max-depth={}", argv[0], depth_text);
      tool::try_help();
      return 1;
    }
    solo::println(solo::io::stderr, "{}: warning: summarizing is the same as using --max-depth=0", argv[0]);
  }
  if (summarize) max_depth = 0;
  tool::lock_down();
  static char dot[] = ".";
  if (n == 0) operands[n++] = dot;
  remember_all = n > 1;

  unsigned long long grand = 0;
  for (int i = 0; i < n; ++i) {
    // Shown as given, trailing slashes but one removed ("a//" is shown as "a/"), as GNU's fts does.
    StringView name = operands[i];
    while (name.size() > 1 && name.ends_with("//")) name.remove_suffix(1);
    tool::PathChain path{nullptr, name};
    sys::Stat st;
    auto follow = follow_all || follow_operands ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow;
    if (auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(operands[i]), st, follow); !r) {
      cannot("cannot access", path, r.error());
      continue;
    }
    if (counted_before(st)) continue;
    root_device = st.st_dev;
    grand += walk(sys::at_fdcwd, operands[i], st, path, 0);
  }
  if (total) {
    print_amount(grand);
    solo::println("\ttotal");
  }
  if (auto r = solo::io::stdout.flush(); !r) {
    solo::println(solo::io::stderr, "{}: write error: {}", argv[0], r.error());
    return 1;
  }
  return status;
}
