// ls: lists directories and files, one name per line (what GNU ls prints when stdout is not a terminal),
// sorted in byte order (GNU's order under LC_ALL=C). -a shows dot files, -l the long format, -n the long format
// with numeric ids, -R recurses, -1 is accepted (it is always one per line). Times are shown in UTC. Owners and
// groups are named from /etc/passwd and /etc/group, as GNU does; an id without an entry prints as its number.
// Exit status: 0, 1 for a problem inside a directory, 2 for an operand that cannot be accessed or a bad option.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <algorithm>
#include <solo.hpp>
#include <span>

using namespace solo;

namespace {

io::Stream &out = io::stdout;
int status = 0;
bool all = false, long_format = false, numeric_ids = false, recursive = false;
long long now_seconds = 0;

void fail(int level) { status = status > level ? status : level; }

void error(StringView what, StringView path, Errno e) { println(io::stderr, "ls: {} '{}': {}", what, path, e); }

// "dir/name" the way GNU joins them: no second slash after a directory that ends in one.
String join(StringView dir, StringView name) {
  String path;
  path.reserve(dir.size() + 1 + name.size());
  path.append(dir).append(dir.empty() || dir.ends_with('/') ? "" : "/").append(name);
  return path;
}

StringView decimal(unsigned long long v, char *buf) { return io::to_decimal_unsigned(v, buf); }

void pad_left(StringView s, size_t width) {
  if (s.size() < width) out.fill(' ', width - s.size());
  out.write(s.data(), s.size());
}

void pad_right(StringView s, size_t width) {
  out.write(s.data(), s.size());
  if (s.size() < width) out.fill(' ', width - s.size());
}

// ---- user and group names ----------------------------------------------------------------------------------

// /etc/passwd or /etc/group, read whole the first time a name is needed (they are small). A missing file is
// empty: every id then prints as its number.
struct Database {
  CStr path;
  String text;
  bool loaded = false;
};
// Kept for the life of the process: no exit-time destructor to register.
[[clang::no_destroy]] Database passwd{"/etc/passwd", {}, false}, group{"/etc/group", {}, false};

// The first field of the line whose third field is `id` ("name:x:id:..."), or the number itself.
StringView id_name(Database &db, unsigned id, char *buf) {
  StringView number = decimal(id, buf);
  if (numeric_ids) return number;
  if (!db.loaded) {
    db.loaded = true;
    if (auto text = io::read_file(db.path)) db.text = std::move(*text);
  }
  for (StringView rest = db.text; !rest.empty();) {
    StringView line = rest.substr(0, rest.find('\n'));
    rest.remove_prefix(line.size() < rest.size() ? line.size() + 1 : rest.size());
    StringView name = line.substr(0, line.find(':')), field = line;
    for (int skip = 0; skip < 2 && !field.empty(); ++skip)
      field.remove_prefix(std::min(field.find(':') + 1, field.size()));
    if (field.substr(0, field.find(':')) == number) return name;
  }
  return number;
}

// ---- dates ---------------------------------------------------------------------------------------------------

// Days since 1970-01-01 to a proleptic Gregorian date (the era-based civil-from-days method).
void civil_from_days(long long days, long long &year, unsigned &month, unsigned &day) {
  days += 719468;
  long long era = (days >= 0 ? days : days - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(days - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  day = doy - (153 * mp + 2) / 5 + 1;
  month = mp < 10 ? mp + 3 : mp - 9;
  year = static_cast<long long>(yoe) + era * 400 + (month <= 2);
}

// GNU's "%b %e %H:%M" for times in the last six months (and not in the future), "%b %e  %Y" otherwise.
void print_time(long long t) {
  static constexpr StringView months = "JanFebMarAprMayJunJulAugSepOctNovDec";
  long long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
  long long secs = t - days * 86400;
  long long year;
  unsigned month, day;
  civil_from_days(days, year, month, day);
  StringView name(months.data() + 3 * (month - 1), 3);
  constexpr long long six_months = 31556952 / 2; // half of the average Gregorian year
  if (t > now_seconds - six_months && t <= now_seconds)
    print(out, "{} {:>2} {:02}:{:02}", name, day, secs / 3600, secs / 60 % 60);
  else
    print(out, "{} {:>2}  {}", name, day, year);
}

// ---- files ---------------------------------------------------------------------------------------------------

struct File {
  String name; // as shown; for an operand also the path
  sys::Statx st{};
  bool have_stat = false;
  String target; // a symlink's text, for -l
};

constexpr auto wanted = sys::StatxMask::BasicStats;

// Stats `name` inside `dirfd` (at_fdcwd for an operand), and reads a symlink's target for -l.
Result<void> stat_file(File &f, int dirfd, bool follow) {
  auto flags = follow ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow;
  if (auto r = sys::statx(dirfd, f.name, flags, wanted, f.st); !r) return r;
  f.have_stat = true;
  if (long_format && sys::is_symlink(f.st.stx_mode)) {
    (void)f.target.try_resize_for_overwrite(f.st.stx_size ? f.st.stx_size : 255);
    auto n = sys::readlinkat(dirfd, f.name, f.target.data(), f.target.size());
    f.target.truncate(n ? *n : 0);
  }
  return {};
}

void mode_string(unsigned mode, char *s) {
  switch (sys::file_type(mode)) {
  case sys::FileType::Directory:
    s[0] = 'd';
    break;
  case sys::FileType::Symlink:
    s[0] = 'l';
    break;
  case sys::FileType::CharDevice:
    s[0] = 'c';
    break;
  case sys::FileType::BlockDevice:
    s[0] = 'b';
    break;
  case sys::FileType::Fifo:
    s[0] = 'p';
    break;
  case sys::FileType::Socket:
    s[0] = 's';
    break;
  default:
    s[0] = '-';
    break;
  }
  const char *rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; ++i) s[1 + i] = mode & (0400u >> i) ? rwx[i] : '-';
  if (mode & sys::mode_set_uid) s[3] = s[3] == 'x' ? 's' : 'S';
  if (mode & sys::mode_set_gid) s[6] = s[6] == 'x' ? 's' : 'S';
  if (mode & sys::mode_sticky) s[9] = s[9] == 'x' ? 't' : 'T';
}

bool is_device(const sys::Statx &st) {
  auto t = sys::file_type(st.stx_mode);
  return t == sys::FileType::CharDevice || t == sys::FileType::BlockDevice;
}

void print_files(std::span<const File *const> files, bool with_total) {
  if (!long_format) {
    for (const File *f : files) println(out, "{}", f->name);
    return;
  }
  // Column widths over the whole list, as GNU computes them.
  size_t nlink_w = 0, owner_w = 0, group_w = 0, size_w = 0, major_w = 0, minor_w = 0;
  unsigned long long blocks = 0;
  char buf[24];
  for (const File *f : files) {
    const sys::Statx &st = f->st;
    blocks += st.stx_blocks;
    nlink_w = std::max(nlink_w, decimal(st.stx_nlink, buf).size());
    owner_w = std::max(owner_w, id_name(passwd, st.stx_uid, buf).size());
    group_w = std::max(group_w, id_name(group, st.stx_gid, buf).size());
    if (is_device(st)) {
      major_w = std::max(major_w, decimal(st.stx_rdev_major, buf).size());
      minor_w = std::max(minor_w, decimal(st.stx_rdev_minor, buf).size());
      size_w = std::max(size_w, major_w + 2 + minor_w);
    } else {
      size_w = std::max(size_w, decimal(st.stx_size, buf).size());
    }
  }
  if (with_total) println(out, "total {}", (blocks + 1) / 2); // 512-byte blocks shown as 1024-byte ones
  for (const File *file : files) {
    const File &f = *file;
    const sys::Statx &st = f.st;
    char mode[11];
    mode_string(st.stx_mode, mode);
    mode[10] = ' ';
    out.write(mode, 11);
    pad_left(decimal(st.stx_nlink, buf), nlink_w);
    out.put(' ');
    pad_right(id_name(passwd, st.stx_uid, buf), owner_w);
    out.put(' ');
    pad_right(id_name(group, st.stx_gid, buf), group_w);
    out.put(' ');
    if (is_device(st)) {
      size_t blanks = size_w - (major_w + 2 + minor_w);
      pad_left(decimal(st.stx_rdev_major, buf), major_w + blanks);
      out.write(", ", 2);
      pad_left(decimal(st.stx_rdev_minor, buf), minor_w);
    } else {
      pad_left(decimal(st.stx_size, buf), size_w);
    }
    out.put(' ');
    print_time(st.stx_mtime.tv_sec);
    print(out, " {}", f.name);
    if (sys::is_symlink(st.stx_mode)) print(out, " -> {}", f.target);
    out.put('\n');
  }
}

// The files in byte order of their names (GNU's order under LC_ALL=C), as pointers. A heap sort: in place and
// O(n log n) like std::sort, in a fraction of its code (pdqsort's unrolled cases), over pointers so that
// nothing but a pointer moves; names in a directory are unique, so stability is moot.
Vector<const File *> by_name(const Vector<File> &files) {
  Vector<const File *> order;
  order.reserve(files.size());
  for (const File &f : files) order.push(&f);
  auto less = [](const File *a, const File *b) { return a->name.view() < b->name.view(); };
  std::ranges::make_heap(order, less);
  std::ranges::sort_heap(order, less);
  return order;
}

bool first_header = true;
bool show_headers = false;

// Lists one directory, then (with -R) each of its subdirectories in order.
void list_directory(const String &path) {
  if (show_headers || recursive) {
    if (!first_header) out.put('\n');
    println(out, "{}:", path);
  }
  first_header = false;
  Vector<File> files;
  {
    auto dir = sys::Dir::open(sys::at_fdcwd, path);
    if (!dir) return error("cannot open directory", path, dir.error()), fail(1);
    for (const sys::DirEntry &e : *dir) {
      if (!all && e.name().c_str()[0] == '.') continue;
      File &f = files.emplace(); // built in place: nothing to move
      f.name.append(e.name());
      if (long_format || recursive)
        if (auto r = stat_file(f, dir->fd().get(), false); !r)
          error("cannot access", join(path, f.name), r.error()), fail(1);
    }
    if (tool::read_failed(dir->error())) error("reading directory", path, dir->error()), fail(1);
  } // closed before going deeper: a deep tree does not hold a descriptor per level
  auto order = by_name(files);
  print_files(order, true);
  if (recursive)
    for (const File *f : order)
      if (f->have_stat && sys::is_directory(f->st.stx_mode) && f->name != "." && f->name != "..")
        list_directory(join(path, f->name));
}

void usage() {
  out.write(StringView("Usage: ls [OPTION]... [FILE]...\n"
                       "List information about the FILEs (the current directory by default), sorted by name.\n\n"
                       "  -a, --all        do not ignore entries starting with .\n"
                       "  -l               use a long listing format\n"
                       "  -n, --numeric-uid-gid  like -l, but list numeric user and group IDs\n"
                       "  -R, --recursive  list subdirectories recursively\n"
                       "  -1               list one file per line (always the case here)\n"
                       "      --help       display this help and exit\n"
                       "      --version    output version information and exit\n"));
}

} // namespace

int main(int argc, char **argv) {
  static constexpr Option options[] = {
      {'a', "all"}, {'l', nullptr}, {'n', "numeric-uid-gid"}, {'R', "recursive"}, {'1', nullptr}};
  OptionParser parser(argc, argv, options);
  // Operands are collected first (in argv itself, see tiny_tool.hpp); they are stat'ed once the options are
  // known (-l changes how).
  int count = 0;
  for (bool done = false; !done;) {
    switch (int o = parser.next()) {
    case OptionParser::End:
      done = true;
      break;
    case OptionParser::Operand:
      tool::keep_operand(argv, count, parser.value());
      break;
    case OptionParser::Help:
      usage();
      return tool::flushed(0, 2);
    case OptionParser::Version:
      out.write(StringView("ls (solo) 1\n"));
      return tool::flushed(0, 2);
    case OptionParser::Error:
      print(io::stderr, "{}\nTry 'ls --help' for more information.\n", parser.message());
      return 2;
    default:
      if (o == 'a') all = true;
      if (o == 'l') long_format = true;
      if (o == 'n') long_format = numeric_ids = true;
      if (o == 'R') recursive = true;
      break;
    }
  }
  tool::lock_down();
  // One reading of the clock: the system call, which spares ls the vDSO parser (a few KiB) for a single call.
  Timespec now;
  if (sys::clock_gettime(static_cast<int>(time::Clock::Realtime), &now)) now_seconds = now.tv_sec;
  static char dot[] = ".";
  if (count == 0) argv[1 + count++] = dot;
  Vector<File> given;
  for (StringView name : std::span(argv + 1, static_cast<size_t>(count))) {
    File &f = given.emplace();
    f.name.append(name);
    // Without -l a symlink on the command line is followed (so a link to a directory lists the directory);
    // with -l it is shown as the link. A dangling link falls back to the link itself.
    auto r = stat_file(f, sys::at_fdcwd, !long_format);
    if (!r && !long_format && r.error() == Errno::ENOENT) r = stat_file(f, sys::at_fdcwd, false);
    if (!r) {
      error("cannot access", name, r.error());
      status = 2;
      given.truncate(given.size() - 1); // not listed
    }
  }
  // Files first, then each directory, both in order.
  Vector<const File *> files, dirs;
  for (const File *f : by_name(given)) (sys::is_directory(f->st.stx_mode) ? dirs : files).push(f);
  print_files(files, false);
  show_headers = count > 1 || !files.empty();
  if (!files.empty() && !dirs.empty()) out.put('\n');
  for (const File *d : dirs) list_directory(d->name);
  if (!out.flush()) return 2;
  return status;
}
