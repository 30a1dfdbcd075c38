// ls: lists directories and files, one name per line (what GNU ls prints when stdout is not a terminal),
// sorted in byte order (GNU's order under LC_ALL=C). -a shows dot files, -l the long format, -n the long format
// with numeric ids, -R recurses, -1 is accepted (it is always one per line). Times are shown in UTC. Owners and
// groups are named from /etc/passwd and /etc/group, as GNU does; an id without an entry prints as its number.
// Exit status: 0, 1 for a problem inside a directory, 2 for an operand that cannot be accessed or a bad option.
#include "lockdown.hpp"
#include <solo.hpp>

using namespace solo;

namespace {

io::Stream &out = io::stdout;
int status = 0;
bool all = false, long_format = false, numeric_ids = false, recursive = false;
long long now_seconds = 0;

// ---- small helpers ----------------------------------------------------------------------------------------

size_t maximum(size_t a, size_t b) { return a > b ? a : b; }

size_t length(const char *s) { return StringView(s).size(); }

int compare(const char *a, const char *b) {
  while (*a && *a == *b) ++a, ++b;
  return static_cast<unsigned char>(*a) - static_cast<unsigned char>(*b);
}

char *copy(StringView s) {
  char *p = static_cast<char *>(mem::allocate(s.size() + 1, 1));
  if (!p) panic("ls: out of memory");
  __builtin_memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

// "dir/name" the way GNU joins them: no second slash after a directory that ends in one.
char *join(const char *dir, const char *name) {
  size_t d = length(dir), n = length(name);
  bool slash = d > 0 && dir[d - 1] != '/';
  char *p = static_cast<char *>(mem::allocate(d + slash + n + 1, 1));
  if (!p) panic("ls: out of memory");
  __builtin_memcpy(p, dir, d);
  if (slash) p[d] = '/';
  __builtin_memcpy(p + d + slash, name, n + 1);
  return p;
}

void error(StringView what, const char *path, Errno e) {
  print(io::stderr, "ls: {} '{}': {}\n", what, path, message(e));
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

// A file read whole into memory (the passwd and group databases are small).
struct Database {
  char *text = nullptr;
  size_t size = 0;
  bool loaded = false;
};
Database passwd, group;

void load(Database &db, CStr path) {
  db.loaded = true;
  auto fd = sys::openat(sys::at_fdcwd, path, sys::OpenFlags::ReadOnly | sys::OpenFlags::CloseOnExec);
  if (!fd) return;
  size_t capacity = 4096;
  db.text = static_cast<char *>(mem::allocate(capacity, 1));
  while (db.text) {
    if (db.size == capacity) db.text = static_cast<char *>(mem::reallocate(db.text, capacity *= 2));
    if (!db.text) break;
    auto n = sys::read(*fd, db.text + db.size, capacity - db.size);
    if (!n || *n == 0) break;
    db.size += *n;
  }
  if (!db.text) db.size = 0;
}

// The first field of the line whose third field is `id` ("name:x:id:..."), or the number itself.
StringView id_name(Database &db, CStr path, unsigned id, char *buf) {
  StringView number = decimal(id, buf);
  if (numeric_ids) return number;
  if (!db.loaded) load(db, path);
  const char *p = db.text, *end = db.text + db.size;
  while (p && p < end) {
    const char *line_end = p;
    while (line_end < end && *line_end != '\n') ++line_end;
    const char *fields[3] = {p, nullptr, nullptr};
    const char *q = p;
    for (int f = 1; f < 3 && q < line_end; ++f) {
      while (q < line_end && *q != ':') ++q;
      if (q < line_end) fields[f] = ++q;
    }
    if (fields[2]) {
      const char *id_end = fields[2];
      while (id_end < line_end && *id_end != ':') ++id_end;
      if (StringView(fields[2], static_cast<size_t>(id_end - fields[2])) == number)
        return StringView(fields[0], static_cast<size_t>(fields[1] - 1 - fields[0]));
    }
    p = line_end + 1;
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
  static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  long long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
  long long secs = t - days * 86400;
  long long year;
  unsigned month, day;
  civil_from_days(days, year, month, day);
  out.write(months + 3 * (month - 1), 3);
  out.put(' ');
  out.put(day < 10 ? ' ' : static_cast<char>('0' + day / 10));
  out.put(static_cast<char>('0' + day % 10));
  out.put(' ');
  constexpr long long six_months = 31556952 / 2; // half of the average Gregorian year
  if (t > now_seconds - six_months && t <= now_seconds) {
    unsigned h = static_cast<unsigned>(secs / 3600), m = static_cast<unsigned>(secs / 60 % 60);
    char hm[5] = {static_cast<char>('0' + h / 10), static_cast<char>('0' + h % 10), ':',
                  static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10)};
    out.write(hm, 5);
  } else {
    char buf[24];
    out.put(' ');
    print(out, "{}", StringView(io::to_decimal(year, buf)));
  }
}

// ---- files ---------------------------------------------------------------------------------------------------

struct File {
  char *name = nullptr; // as shown
  char *path = nullptr; // to stat and to recurse into
  sys::Statx st{};
  bool have_stat = false;
  char *target = nullptr; // a symlink's text, for -l
};

struct List {
  File *items = nullptr;
  size_t count = 0, capacity = 0;
  File &add() {
    if (count == capacity) {
      capacity = capacity ? capacity * 2 : 32;
      items = static_cast<File *>(mem::reallocate(items, capacity * sizeof(File)));
      if (!items) panic("ls: out of memory");
    }
    items[count] = File{};
    return items[count++];
  }
  void sort() { // insertion sort on indices would do for small lists; this is a plain merge sort
    if (count < 2) return;
    File *tmp = static_cast<File *>(mem::allocate(count * sizeof(File), alignof(File)));
    if (!tmp) panic("ls: out of memory");
    for (size_t width = 1; width < count; width *= 2) {
      for (size_t lo = 0; lo < count; lo += 2 * width) {
        size_t mid = lo + width < count ? lo + width : count, hi = lo + 2 * width < count ? lo + 2 * width : count;
        size_t i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = compare(items[j].name, items[i].name) < 0 ? items[j++] : items[i++];
        while (i < mid) tmp[k++] = items[i++];
        while (j < hi) tmp[k++] = items[j++];
      }
      __builtin_memcpy(static_cast<void *>(items), tmp, count * sizeof(File));
    }
    mem::release(tmp);
  }
  void release() {
    for (size_t i = 0; i < count; ++i) {
      mem::release(items[i].name);
      if (items[i].path != items[i].name) mem::release(items[i].path);
      mem::release(items[i].target);
    }
    mem::release(items);
    *this = List{};
  }
};

constexpr auto wanted = sys::StatxMask::BasicStats;

Result<void> stat_file(File &f, bool follow) {
  auto flags = follow ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow;
  auto r = sys::statx(sys::at_fdcwd, CStr(f.path), flags, wanted, f.st);
  if (!r) return r;
  f.have_stat = true;
  if (long_format && sys::is_symlink(f.st.stx_mode)) {
    size_t size = f.st.stx_size ? f.st.stx_size : 255;
    f.target = static_cast<char *>(mem::allocate(size + 1, 1));
    if (!f.target) panic("ls: out of memory");
    auto n = sys::readlinkat(sys::at_fdcwd, CStr(f.path), f.target, size);
    f.target[n ? *n : 0] = '\0';
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

void print_files(List &list, bool with_total) {
  if (!long_format) {
    for (size_t i = 0; i < list.count; ++i) {
      out.write(StringView(list.items[i].name));
      out.put('\n');
    }
    return;
  }
  // Column widths over the whole list, as GNU computes them.
  size_t nlink_w = 0, owner_w = 0, group_w = 0, size_w = 0, major_w = 0, minor_w = 0;
  unsigned long long blocks = 0;
  char buf[24];
  for (size_t i = 0; i < list.count; ++i) {
    const sys::Statx &st = list.items[i].st;
    blocks += st.stx_blocks;
    nlink_w = maximum(nlink_w, decimal(st.stx_nlink, buf).size());
    owner_w = maximum(owner_w, id_name(passwd, "/etc/passwd", st.stx_uid, buf).size());
    group_w = maximum(group_w, id_name(group, "/etc/group", st.stx_gid, buf).size());
    if (is_device(st)) {
      major_w = maximum(major_w, decimal(st.stx_rdev_major, buf).size());
      minor_w = maximum(minor_w, decimal(st.stx_rdev_minor, buf).size());
      size_w = maximum(size_w, major_w + 2 + minor_w);
    } else {
      size_w = maximum(size_w, decimal(st.stx_size, buf).size());
    }
  }
  if (with_total) print(out, "total {}\n", (blocks + 1) / 2); // 512-byte blocks shown as 1024-byte ones
  for (size_t i = 0; i < list.count; ++i) {
    const File &f = list.items[i];
    const sys::Statx &st = f.st;
    char mode[11];
    mode_string(st.stx_mode, mode);
    mode[10] = ' ';
    out.write(mode, 11);
    pad_left(decimal(st.stx_nlink, buf), nlink_w);
    out.put(' ');
    pad_right(id_name(passwd, "/etc/passwd", st.stx_uid, buf), owner_w);
    out.put(' ');
    pad_right(id_name(group, "/etc/group", st.stx_gid, buf), group_w);
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
    out.put(' ');
    out.write(StringView(f.name));
    if (f.target) {
      out.write(" -> ", 4);
      out.write(StringView(f.target));
    }
    out.put('\n');
  }
}

bool first_header = true;
bool show_headers = false;

// Lists one directory, then (with -R) each of its subdirectories in order.
void list_directory(const char *path) {
  if (show_headers || recursive) {
    if (!first_header) out.put('\n');
    print(out, "{}:\n", path);
  }
  first_header = false;
  auto dir = sys::Dir::open(sys::at_fdcwd, CStr(path));
  if (!dir) {
    error("cannot open directory", path, dir.error());
    status = status > 1 ? status : 1;
    return;
  }
  List list;
  sys::DirEntry e;
  for (;;) {
    auto more = dir->next(e);
    if (!more) {
      error("reading directory", path, more.error());
      status = status > 1 ? status : 1;
      break;
    }
    if (!*more) break;
    if (!all && e.name().c_str()[0] == '.') continue;
    File &f = list.add();
    f.name = copy(e.name());
    f.path = join(path, f.name);
    if (long_format || recursive) {
      auto r = stat_file(f, false);
      if (!r) {
        error("cannot access", f.path, r.error());
        status = status > 1 ? status : 1;
      }
    }
  }
  list.sort();
  print_files(list, true);
  if (recursive)
    for (size_t i = 0; i < list.count; ++i) {
      File &f = list.items[i];
      if (f.have_stat && sys::is_directory(f.st.stx_mode) && compare(f.name, ".") != 0 && compare(f.name, "..") != 0)
        list_directory(f.path);
    }
  list.release();
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
  List files, dirs;
  size_t operands = 0;
  bool operands_done = false;
  // Operands are collected first; they are stat'ed once the options are known (-l changes how).
  const char **names = static_cast<const char **>(mem::allocate(sizeof(char *) * (argc > 0 ? argc : 1)));
  while (!operands_done) {
    switch (int o = parser.next()) {
    case OptionParser::End:
      operands_done = true;
      break;
    case OptionParser::Operand:
      names[operands++] = parser.value().data();
      break;
    case OptionParser::Help:
      usage();
      return 0;
    case OptionParser::Version:
      out.write(StringView("ls (solo) 1\n"));
      return 0;
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
  if (operands == 0) names[operands++] = ".";
  for (size_t i = 0; i < operands; ++i) {
    File f;
    f.name = copy(StringView(names[i]));
    f.path = f.name;
    // Without -l a symlink on the command line is followed (so a link to a directory lists the directory);
    // with -l it is shown as the link. A dangling link falls back to the link itself.
    auto r = stat_file(f, !long_format);
    if (!r && !long_format && r.error() == Errno::ENOENT) r = stat_file(f, false);
    if (!r) {
      error("cannot access", f.name, r.error());
      status = 2;
      mem::release(f.name);
      continue;
    }
    (sys::is_directory(f.st.stx_mode) ? dirs : files).add() = f;
  }
  files.sort();
  dirs.sort();
  print_files(files, false);
  show_headers = operands > 1 || files.count > 0;
  if (files.count > 0 && dirs.count > 0) out.put('\n');
  for (size_t i = 0; i < dirs.count; ++i) list_directory(dirs.items[i].path);
  files.release();
  dirs.release();
  if (!out.flush()) return 2;
  return status;
}
