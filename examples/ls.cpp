// ls: lists directories and files, one name per line when stdout is not a terminal (in columns on one, or with
// -C -x, -m with commas, -l long), sorted in byte order (GNU's order under LC_ALL=C), by size (-S) or time
// (-t, -c, -u), reversed with -r. -a and -A show dot files, -d directories themselves, -F and -p mark types,
// -i and -s add inode numbers and blocks, -g -o -n vary the long format, -q hides control characters, -R
// recurses, -w sets the width (else the terminal's, else COLUMNS, else 80); columns are laid out and
// indented with tabs as GNU's. -X sorts by extension, -v by version, -U and -f not at all (directory order),
// --group-directories-first puts directories before other files; -L follows every symlink, -H those on the
// command line; --full-time shows whole times; --color colors names by type as LS_COLORS says (GNU's defaults). Times
// are shown in UTC. Owners and groups are named from /etc/passwd and /etc/group, as GNU does; an id without an entry
// prints as its number. Exit status: 0, 1 for a problem inside a directory, 2 for an operand that cannot be accessed or
// a bad option.
#include "lockdown.hpp"
#include "ls_colors.hpp"
#include "tiny_tool.hpp"
#include "version_compare.hpp"

#include <algorithm>
#include <solo.hpp>
#include <span>

using namespace solo;

namespace {

io::Stream &out = io::stdout;
int status = 0;
bool all = false, almost_all = false, long_format = false, numeric_ids = false, recursive = false;
bool list_directories = false, reverse = false, show_inode = false, show_blocks = false, hide_owner = false,
     hide_group = false, hide_control = false;
bool dereference_all = false, dereference_operands = false, full_time = false, directories_first = false;
enum class Format { OnePerLine, Columns, Across, Commas, Long } listing = Format::OnePerLine;
enum class Sort { Name, Size, Time, Extension, Version, None } sort_by = Sort::Name;
enum class Time { Modified, Changed, Accessed } time_shown = Time::Modified;
enum class Indicator { None, Slash, Classify } indicator = Indicator::None;
size_t line_width = 80; // columns for -C, -x, -m (0: no limit)
long long now_seconds = 0;
tool::LsColors *palette = nullptr; // set when coloring

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

// GNU's "%b %e %H:%M" for times in the last six months (and not in the future), "%b %e  %Y" otherwise;
// with --full-time "%Y-%m-%d %H:%M:%S.%N %z" (always +0000: times are shown in UTC).
void print_time(long long t, unsigned nanoseconds) {
  static constexpr StringView months = "JanFebMarAprMayJunJulAugSepOctNovDec";
  long long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
  long long secs = t - days * 86400;
  long long year;
  unsigned month, day;
  civil_from_days(days, year, month, day);
  StringView name(months.data() + 3 * (month - 1), 3);
  constexpr long long six_months = 31556952 / 2; // half of the average Gregorian year
  if (full_time)
    print(out, "{}-{:02}-{:02} {:02}:{:02}:{:02}.{:09} +0000", year, month, day, secs / 3600, secs / 60 % 60, secs % 60,
          nanoseconds);
  else if (t > now_seconds - six_months && t <= now_seconds)
    print(out, "{} {:>2} {:02}:{:02}", name, day, secs / 3600, secs / 60 % 60);
  else
    print(out, "{} {:>2}  {}", name, day, year);
}

// ---- files ---------------------------------------------------------------------------------------------------

struct File {
  String name; // as shown; for an operand also the path
  sys::Statx st{};
  bool have_stat = false;
  String target;            // a symlink's text, for -l
  unsigned target_mode = 0; // what it points to (0: nothing), for -l's mark after the target with -F, -p
  unsigned entry_type = 0;  // the directory entry's type as mode bits, for an entry that cannot be stat'ed
};

unsigned type_bits(const File &f) { return f.have_stat ? f.st.stx_mode : f.entry_type; }

constexpr auto wanted = sys::StatxMask::BasicStats;

// Whether a symlink's target is stat'ed (for -F's mark after it, and its color), as GNU decides: only for -F
// for --group-directories-first in a long listing, and for colors that depend on it (ln=target, an orphan or a
// missing target's color); otherwise the target is shown plain.
bool follow_links_for_mode() {
  using enum tool::ColorKey;
  return indicator == Indicator::Classify || (directories_first && long_format) ||
         (palette &&
          (palette->link_as_target || palette->colored(Orphan) || (palette->colored(Missing) && long_format)));
}

// Stats `name` inside `dirfd` (at_fdcwd for an operand), and reads a symlink's target for -l.
Result<void> stat_file(File &f, int dirfd, bool follow) {
  auto flags = follow ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow;
  if (auto r = sys::statx(dirfd, f.name, flags, wanted, f.st); !r) return r;
  f.have_stat = true;
  if ((long_format || palette) && sys::is_symlink(f.st.stx_mode)) {
    if (long_format) {
      (void)f.target.try_resize_for_overwrite(f.st.stx_size ? f.st.stx_size : 255);
      auto n = sys::readlinkat(dirfd, f.name, f.target.data(), f.target.size());
      f.target.truncate(n ? *n : 0);
    }
    sys::Statx to{};
    if (follow_links_for_mode() && sys::statx(dirfd, f.name, sys::AtFlags::None, wanted, to))
      f.target_mode = to.stx_mode;
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

const sys::StatxTimestamp &shown_time(const sys::Statx &st) {
  return time_shown == Time::Changed ? st.stx_ctime : time_shown == Time::Accessed ? st.stx_atime : st.stx_mtime;
}

// -F's (and -p's) mark after a name: / for a directory, and with -F * for an executable, @ | = for a symlink, a
// FIFO, a socket. Symlinks in the long format get none (their target follows).
char indicator_for(unsigned mode, bool in_long_listing);

// Without a stat, the directory entry's type decides (and a regular file is not known to be executable).
char indicator_of(const File &f) {
  if (indicator == Indicator::None) return 0;
  return indicator_for(type_bits(f), listing == Format::Long);
}

char indicator_for(unsigned mode, bool in_long_listing) {
  if (indicator == Indicator::None || mode == 0) return 0;
  auto type = sys::file_type(mode);
  if (type == sys::FileType::Directory) return '/';
  if (indicator == Indicator::Slash) return 0;
  switch (type) {
  case sys::FileType::Symlink:
    return in_long_listing ? 0 : '@';
  case sys::FileType::Fifo:
    return '|';
  case sys::FileType::Socket:
    return '=';
  case sys::FileType::Regular:
    return mode & 0111 ? '*' : 0;
  default:
    return 0;
  }
}

// ---- colors (--color) ---------------------------------------------------------------------------------------

bool used_color = false;

void write(const String &s) { out.write(s.data(), s.size()); }
void write_key(tool::ColorKey k) { write((*palette)[k].text); }

// Back to plain text after a name: `ec`, or `lc rs rc` ("\e[0m"), also once before the first color.
void end_color() {
  using enum tool::ColorKey;
  if ((*palette)[End].set) return write_key(End);
  write_key(Left), write_key(Reset), write_key(Right);
}

void start_color(const String &code) {
  using enum tool::ColorKey;
  if (!used_color) used_color = true, end_color();
  if (palette->colored(Normal)) write_key(Left), write_key(Right);
  write_key(Left), write(code), write_key(Right);
}

// What colors a name: by its type and mode (GNU's order: set-ID, executable, many links; sticky and
// other-writable directories), a regular file by its suffix, a dangling link as an orphan when `or` is set,
// a symlink's target in a long listing by what it points to (`mi` when nothing).
const String *color_for(unsigned mode, unsigned long long nlink, StringView name, bool dangling_link) {
  using enum tool::ColorKey;
  const tool::LsColors &c = *palette;
  auto pick = [&](tool::ColorKey k) { return c[k].set ? &c[k].text : nullptr; };
  switch (sys::file_type(mode)) {
  case sys::FileType::Regular:
    if ((mode & sys::mode_set_uid) && c.colored(SetUid)) return pick(SetUid);
    if ((mode & sys::mode_set_gid) && c.colored(SetGid)) return pick(SetGid);
    if ((mode & 0111) && c.colored(Exec)) return pick(Exec);
    if (nlink > 1 && c.colored(MultiHardlink)) return pick(MultiHardlink);
    if (const String *suffix = c.for_name(name)) return suffix;
    return pick(File);
  case sys::FileType::Directory: {
    bool sticky = mode & sys::mode_sticky, writable = mode & 0002;
    if (sticky && writable && c.colored(StickyOtherWritable)) return pick(StickyOtherWritable);
    if (writable && c.colored(OtherWritable)) return pick(OtherWritable);
    if (sticky && c.colored(Sticky)) return pick(Sticky);
    return pick(Dir);
  }
  case sys::FileType::Symlink:
    if (dangling_link && c.colored(Orphan)) return pick(Orphan);
    return pick(Link);
  case sys::FileType::Fifo:
    return pick(Fifo);
  case sys::FileType::Socket:
    return pick(Socket);
  case sys::FileType::BlockDevice:
    return pick(Block);
  case sys::FileType::CharDevice:
    return pick(Char);
  default:
    return pick(Orphan);
  }
}

// The name as shown: as it is (GNU's literal style when the output is not a terminal), or with -q each byte
// that is not printable ASCII as '?'.
void put_name(StringView name) {
  if (!hide_control) return out.write(name.data(), name.size());
  for (char c : name) out.put(c >= ' ' && c < 0x7f ? c : '?');
}

const String *color_of(const File &f, bool target) {
  if (target) {
    if (f.target_mode == 0)
      return (*palette)[tool::ColorKey::Missing].set ? &(*palette)[tool::ColorKey::Missing].text : nullptr;
    return color_for(f.target_mode, 1, f.target.view(), false);
  }
  unsigned mode = type_bits(f);
  if (sys::is_symlink(mode) && palette->link_as_target) // in the target's colors, or an orphan's
    return f.target_mode ? color_for(f.target_mode, 1, f.name.view(), false) : color_for(0, 1, {}, true);
  return color_for(mode, f.have_stat ? f.st.stx_nlink : 1, f.name.view(), sys::is_symlink(mode) && !f.target_mode);
}

// A name (or, with `target`, a symlink's target) in its color, when coloring.
void put_colored(const File &f, bool target) {
  const String *code = palette ? color_of(f, target) : nullptr;
  if (code) start_color(*code);
  put_name(target ? f.target.view() : f.name.view());
  if (code) end_color();
}

unsigned long long kib(unsigned long long blocks) { return (blocks + 1) / 2; } // 512-byte blocks as 1024-byte

bool human = false; // -h

// A size as -h shows it, GNU's way: bytes below 1024 as they are, else rounded up to one decimal below 10
// ("4.9K") and to a whole number from 10 ("15K"), in powers of 1024.
StringView human_size(unsigned long long bytes, char *buf) {
  if (bytes < 1024) return decimal(bytes, buf);
  static constexpr char suffixes[] = "KMGTPE";
  int e = 0;
  unsigned long long unit = 1024;
  while (e < 5 && bytes / unit >= 1024) unit *= 1024, ++e;
  unsigned long long whole = bytes / unit, rest = bytes % unit;
  size_t n = 0;
  if (whole < 10) {
    // Tenths, rounded up; 10.0 becomes "10".
    unsigned long long tenths = whole * 10 + (rest * 10 + unit - 1) / unit;
    if (tenths < 100) {
      buf[n++] = static_cast<char>('0' + tenths / 10);
      buf[n++] = '.';
      buf[n++] = static_cast<char>('0' + tenths % 10);
      buf[n++] = suffixes[e];
      return StringView(buf, n);
    }
    whole = 10, rest = 0;
  }
  unsigned long long up = whole + (rest != 0);
  if (up == 1024 && e < 5) { // rounded up into the next unit
    buf[0] = '1', buf[1] = '.', buf[2] = '0', buf[3] = suffixes[e + 1];
    return StringView(buf, 4);
  }
  char digits_buf[24];
  StringView digits = decimal(up, digits_buf); // (written at the end of its buffer)
  for (char c : digits) buf[n++] = c;
  buf[n++] = suffixes[e];
  return StringView(buf, n);
}

StringView size_text(unsigned long long bytes, char *buf) {
  return human ? human_size(bytes, buf) : decimal(bytes, buf);
}

StringView blocks_text(unsigned long long blocks, char *buf) {
  return human ? human_size(blocks * 512, buf) : decimal(kib(blocks), buf);
}

// Widths of the -i and -s columns over one list.
struct Widths {
  size_t inode = 0, blocks = 0;
};

// What a name takes on the line: its -i and -s columns, the name and its mark.
size_t display_length(const File &f, const Widths &w) {
  // The name's columns as GNU counts them in the C locale: none for a control character (a terminal shows
  // nothing, or moves), one for any other byte; with -q each is a '?' of one column.
  size_t name = 0;
  for (char c : f.name.view()) name += hide_control || !(static_cast<unsigned char>(c) < ' ' || c == 0x7f);
  return (show_inode ? w.inode + 1 : 0) + (show_blocks ? w.blocks + 1 : 0) + name + (indicator_of(f) ? 1 : 0);
}

void print_name_and_frills(const File &f, const Widths &w) {
  char buf[24];
  bool commas = listing == Format::Commas;
  if (show_inode) pad_left(f.have_stat ? decimal(f.st.stx_ino, buf) : "?", commas ? 0 : w.inode), out.put(' ');
  if (show_blocks) pad_left(f.have_stat ? blocks_text(f.st.stx_blocks, buf) : "?", commas ? 0 : w.blocks), out.put(' ');
  put_colored(f, false);
  if (char c = indicator_of(f)) out.put(c);
}

// Blanks from column `from` to `to` as GNU's ls writes them: a tab wherever one reaches a multiple of 8
// without passing `to`, spaces for the rest.
void indent(size_t from, size_t to) {
  while (from < to) {
    // No tabs when the line has no limit or names are colored, as GNU's.
    if (line_width != 0 && !palette && to / 8 > (from + 1) / 8) {
      out.put('\t');
      from += 8 - from % 8;
    } else {
      out.put(' ');
      ++from;
    }
  }
}

// GNU's choice of columns: the most columns whose widths (each name's length, plus 2 between columns) add
// up to less than the line, names going down the columns (-C) or across the rows (-x).
size_t columns_for(std::span<const File *const> files, const Widths &w, bool down, Vector<size_t> &widths) {
  constexpr size_t minimum = 3;
  size_t n = files.size();
  size_t max_cols = line_width == 0 ? n : std::max<size_t>(1, line_width / minimum);
  if (max_cols > n) max_cols = n;
  // One row of widths per candidate number of columns: cols k uses widths[k*(k-1)/2 ...] (k entries).
  Vector<size_t> all_widths;
  Vector<size_t> line_length;
  Vector<bool> valid;
  all_widths.resize(max_cols * (max_cols + 1) / 2, minimum);
  for (size_t k = 1; k <= max_cols; ++k) line_length.push(k * minimum), valid.push(true);
  for (size_t i = 0; i < n; ++i) {
    size_t length = display_length(*files[i], w);
    for (size_t k = 1; k <= max_cols; ++k) {
      if (!valid[k - 1]) continue;
      size_t column = down ? i / ((n + k - 1) / k) : i % k;
      size_t real = length + (column == k - 1 ? 0 : 2);
      size_t &width = all_widths[(k - 1) * k / 2 + column];
      if (width < real) {
        line_length[k - 1] += real - width;
        width = real;
        valid[k - 1] = line_width == 0 || line_length[k - 1] < line_width;
      }
    }
  }
  size_t cols = max_cols;
  while (cols > 1 && !valid[cols - 1]) --cols;
  widths.clear();
  for (size_t c = 0; c < cols; ++c) widths.push(all_widths[(cols - 1) * cols / 2 + c]);
  return cols;
}

void print_columns(std::span<const File *const> files, const Widths &w) {
  Vector<size_t> widths;
  size_t n = files.size();
  if (n == 0) return;
  if (listing == Format::Columns) {
    size_t cols = columns_for(files, w, true, widths);
    size_t rows = n / cols + (n % cols != 0);
    for (size_t row = 0; row < rows; ++row) {
      size_t pos = 0;
      for (size_t col = 0, i = row;; ++col) {
        print_name_and_frills(*files[i], w);
        size_t length = display_length(*files[i], w);
        i += rows;
        if (i >= n) break;
        indent(pos + length, pos + widths[col]);
        pos += widths[col];
      }
      out.put('\n');
    }
    return;
  }
  size_t cols = columns_for(files, w, false, widths);
  size_t pos = 0, length = 0;
  for (size_t i = 0; i < n; ++i) {
    size_t col = i % cols;
    if (i > 0 && col == 0) {
      out.put('\n');
      pos = 0;
    } else if (i > 0) {
      indent(pos + length, pos + widths[col - 1]);
      pos += widths[col - 1];
    }
    print_name_and_frills(*files[i], w);
    length = display_length(*files[i], w);
  }
  out.put('\n');
}

void print_commas(std::span<const File *const> files, const Widths &w) {
  size_t pos = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    size_t length = line_width ? display_length(*files[i], w) : 0;
    if (i != 0) {
      bool fits = !line_width || pos + length + 2 < line_width;
      out.put(',');
      out.put(fits ? ' ' : '\n');
      pos = fits ? pos + 2 : 0;
    }
    print_name_and_frills(*files[i], w);
    pos += length;
  }
  if (!files.empty()) out.put('\n');
}

// A long line for an entry that could not be stat'ed (its directory can be read but not searched, or -L meets
// a dangling link): GNU's type letter from the directory entry, then a '?' in every other column.
void print_unknown(const File &f, const Widths &w, size_t nlink_w, size_t owner_w, size_t group_w, size_t size_w) {
  if (show_inode) pad_left("?", w.inode), out.put(' ');
  if (show_blocks) pad_left("?", w.blocks), out.put(' ');
  char mode[11] = "??????????";
  mode_string(f.entry_type, mode);
  for (int i = 1; i < 10; ++i) mode[i] = '?';
  mode[10] = ' ';
  out.write(mode, 11);
  pad_left("?", nlink_w), out.put(' ');
  if (!hide_owner) pad_right("?", owner_w), out.put(' ');
  if (!hide_group) pad_right("?", group_w), out.put(' ');
  pad_left("?", size_w), out.put(' ');
  pad_left("?", full_time ? 35 : 12), out.put(' '); // as wide as a time
  put_colored(f, false);
  if (char c = indicator_of(f)) out.put(c);
  out.put('\n');
}

// The columns' widths come from `measure`: the files themselves, or for the operands every operand, the
// directories among them too, as GNU's.
void print_files(std::span<const File *const> files, bool with_total, std::span<const File *const> measure = {}) {
  if (measure.empty()) measure = files;
  Widths w;
  char buf[24];
  unsigned long long blocks = 0;
  for (const File *f : files) blocks += f->st.stx_blocks;
  for (const File *f : measure) {
    if (show_inode) w.inode = std::max(w.inode, decimal(f->st.stx_ino, buf).size());
    if (show_blocks) w.blocks = std::max(w.blocks, blocks_text(f->st.stx_blocks, buf).size());
  }
  if (with_total && (listing == Format::Long || show_blocks)) println(out, "total {}", blocks_text(blocks, buf));
  if (listing == Format::Columns || listing == Format::Across) return print_columns(files, w);
  if (listing == Format::Commas) return print_commas(files, w);
  if (listing != Format::Long) {
    for (const File *f : files) print_name_and_frills(*f, w), out.put('\n');
    return;
  }
  // Column widths over the whole list, as GNU computes them.
  size_t nlink_w = 0, owner_w = 0, group_w = 0, size_w = 0, major_w = 0, minor_w = 0;
  for (const File *f : measure) {
    const sys::Statx &st = f->st;
    if (!f->have_stat) {
      nlink_w = std::max<size_t>(nlink_w, 1), owner_w = std::max<size_t>(owner_w, 1);
      group_w = std::max<size_t>(group_w, 1), size_w = std::max<size_t>(size_w, 1);
      if (show_inode) w.inode = std::max<size_t>(w.inode, 1);
      continue;
    }
    nlink_w = std::max(nlink_w, decimal(st.stx_nlink, buf).size());
    if (!hide_owner) owner_w = std::max(owner_w, id_name(passwd, st.stx_uid, buf).size());
    if (!hide_group) group_w = std::max(group_w, id_name(group, st.stx_gid, buf).size());
    if (is_device(st)) {
      major_w = std::max(major_w, decimal(st.stx_rdev_major, buf).size());
      minor_w = std::max(minor_w, decimal(st.stx_rdev_minor, buf).size());
      size_w = std::max(size_w, major_w + 2 + minor_w);
    } else {
      size_w = std::max(size_w, size_text(st.stx_size, buf).size());
    }
  }
  for (const File *file : files) {
    const File &f = *file;
    const sys::Statx &st = f.st;
    if (!f.have_stat) {
      print_unknown(f, w, nlink_w, owner_w, group_w, size_w);
      continue;
    }
    if (show_inode) pad_left(decimal(st.stx_ino, buf), w.inode), out.put(' ');
    if (show_blocks) pad_left(blocks_text(st.stx_blocks, buf), w.blocks), out.put(' ');
    char mode[11];
    mode_string(st.stx_mode, mode);
    mode[10] = ' ';
    out.write(mode, 11);
    pad_left(decimal(st.stx_nlink, buf), nlink_w);
    out.put(' ');
    if (!hide_owner) pad_right(id_name(passwd, st.stx_uid, buf), owner_w), out.put(' ');
    if (!hide_group) pad_right(id_name(group, st.stx_gid, buf), group_w), out.put(' ');
    if (is_device(st)) {
      size_t blanks = size_w - (major_w + 2 + minor_w);
      pad_left(decimal(st.stx_rdev_major, buf), major_w + blanks);
      out.write(", ", 2);
      pad_left(decimal(st.stx_rdev_minor, buf), minor_w);
    } else {
      pad_left(size_text(st.stx_size, buf), size_w);
    }
    out.put(' ');
    print_time(shown_time(st).tv_sec, shown_time(st).tv_nsec);
    out.put(' ');
    put_colored(f, false);
    if (char c = indicator_of(f)) out.put(c);
    if (sys::is_symlink(st.stx_mode)) {
      out.write(" -> ", 4);
      put_colored(f, true);
      if (char c = indicator_for(f.target_mode, false); c && c != '@') out.put(c);
    }
    out.put('\n');
  }
}

bool is_linked_directory(const File &f) {
  return sys::is_directory(type_bits(f)) || (f.target_mode && sys::is_directory(f.target_mode));
}

// The files in the order asked for (by default byte order of their names, GNU's under LC_ALL=C), as pointers. A heap
// sort: in place and O(n log n) like std::sort, in a fraction of its code (pdqsort's unrolled cases), over pointers so
// that nothing but a pointer moves; names in a directory are unique, so stability is moot.
Vector<const File *> by_name(const Vector<File> &files) {
  Vector<const File *> order;
  order.reserve(files.size());
  for (const File &f : files) order.push(&f);
  if (sort_by == Sort::None) return order; // -U, -f: the directory's order, not even -r
  // -S: larger first, -t: newer first (-c, -u: by that time), -X: by extension (from the last dot), -v: by
  // version, ties by name; -r turns the whole order around; --group-directories-first puts directories (and,
  // in a long listing, links to them) first in either case.
  auto before = [](const File *a, const File *b) {
    if (sort_by == Sort::Size && a->st.stx_size != b->st.stx_size) return a->st.stx_size > b->st.stx_size;
    if (sort_by == Sort::Extension) {
      StringView x = a->name.view(), y = b->name.view();
      size_t i = x.rfind('.'), j = y.rfind('.');
      StringView ex = i == StringView::npos ? "" : x.substr(i), ey = j == StringView::npos ? "" : y.substr(j);
      if (ex != ey) return ex < ey;
    }
    if (sort_by == Sort::Version)
      if (int c = tool::version_compare(a->name.view(), b->name.view()); c != 0) return c < 0;
    if (sort_by == Sort::Time) {
      const sys::StatxTimestamp &x = shown_time(a->st), &y = shown_time(b->st);
      if (x.tv_sec != y.tv_sec) return x.tv_sec > y.tv_sec;
      if (x.tv_nsec != y.tv_nsec) return x.tv_nsec > y.tv_nsec;
    }
    return a->name.view() < b->name.view();
  };
  auto less = [&](const File *a, const File *b) {
    if (directories_first && is_linked_directory(*a) != is_linked_directory(*b)) return is_linked_directory(*a);
    return reverse ? before(b, a) : before(a, b);
  };
  std::ranges::make_heap(order, less);
  std::ranges::sort_heap(order, less);
  return order;
}

bool first_header = true;
bool show_headers = false;

// The directories being listed, from the operand down to the current one (-R): one met again is a loop
// (possible with -L, or through a bind mount), which GNU refuses to enter.
struct DirId {
  unsigned dev_major, dev_minor;
  unsigned long long ino;
  bool operator==(const DirId &) const = default;
};
Vector<DirId> active;

// Lists one directory, then (with -R) each of its subdirectories in order. Nothing is printed for one that
// cannot be opened, not even its header, as GNU's.
void list_directory(const String &path) {
  Vector<File> files;
  bool entered = false;
  {
    auto dir = sys::Dir::open(sys::at_fdcwd, path);
    if (!dir) return error("cannot open directory", path, dir.error()), fail(1);
    if (recursive) {
      sys::Statx st{};
      if (sys::statx(dir->fd().get(), "", sys::AtFlags::EmptyPath, sys::StatxMask::Ino, st)) {
        DirId id{st.stx_dev_major, st.stx_dev_minor, st.stx_ino};
        if (std::ranges::find(active, id) != active.end()) {
          println(io::stderr, "ls: {}: not listing already-listed directory", path);
          return fail(2);
        }
        active.push(id);
        entered = true;
      }
    }
    if (show_headers || recursive) {
      if (!first_header) out.put('\n');
      println(out, "{}:", path);
    }
    first_header = false;
    bool need_stat = long_format || palette || sort_by == Sort::Size || sort_by == Sort::Time ||
                     indicator != Indicator::None || show_inode || show_blocks || directories_first;
    for (const sys::DirEntry &e : *dir) {
      if (!all && e.name().c_str()[0] == '.' && !(almost_all && !e.is_dot_or_dotdot())) continue;
      File &f = files.emplace(); // built in place: nothing to move
      f.name.append(e.name());
      f.entry_type = static_cast<unsigned>(e.type) << 12; // DT_* is the S_IF* type shifted down by 12
      // -R alone goes by the entry's type, as GNU's, unless the file system gives none or -L must follow.
      if (need_stat || (recursive && (f.entry_type == 0 || (dereference_all && sys::is_symlink(f.entry_type)))))
        if (auto r = stat_file(f, dir->fd().get(), dereference_all); !r)
          error("cannot access", join(path, f.name), r.error()), fail(1);
    }
    if (tool::read_failed(dir->error())) error("reading directory", path, dir->error()), fail(1);
  } // closed before going deeper: a deep tree does not hold a descriptor per level
  auto order = by_name(files);
  print_files(order, true);
  if (recursive) {
    for (const File *f : order)
      if (sys::is_directory(type_bits(*f)) && f->name != "." && f->name != "..") list_directory(join(path, f->name));
    if (entered) active.truncate(active.size() - 1);
  }
}

void usage() {
  out.write(StringView("Usage: ls [OPTION]... [FILE]...\n"
                       "List information about the FILEs (the current directory by default), sorted by name.\n\n"
                       "  -a, --all        do not ignore entries starting with .\n"
                       "  -A, --almost-all  do not list implied . and ..\n"
                       "  -c               with -lt: sort by, and show, ctime; with -l: show ctime and sort\n"
                       "                     by name; otherwise: sort by ctime, newest first\n"
                       "  -C               list entries by columns\n"
                       "      --color[=WHEN]  color the names: always (the default), auto or never\n"
                       "  -d, --directory  list directories themselves, not their contents\n"
                       "  -f               list all entries in directory order (-a -U), without -l and -s\n"
                       "  -F, --classify   append indicator (one of */=@|) to entries\n"
                       "      --full-time  like -l, with whole times\n"
                       "  -g               like -l, but do not list owner\n"
                       "      --group-directories-first  directories before files (not with -U)\n"
                       "  -H, --dereference-command-line  follow symbolic links on the command line\n"
                       "  -h, --human-readable  with -l and -s, print sizes like 1K 234M 2G etc.\n"
                       "  -i, --inode      print the index number of each file\n"
                       "  -k, --kibibytes  default to 1024-byte blocks for file system usage\n"
                       "  -l               use a long listing format\n"
                       "  -L, --dereference  show what symbolic links point to, not the links\n"
                       "  -m               fill width with a comma separated list of entries\n"
                       "  -n, --numeric-uid-gid  like -l, but list numeric user and group IDs\n"
                       "  -o               like -l, but do not list group information\n"
                       "  -p               append / indicator to directories\n"
                       "  -q, --hide-control-chars  print ? instead of nongraphic characters\n"
                       "  -r, --reverse    reverse order while sorting\n"
                       "  -R, --recursive  list subdirectories recursively\n"
                       "  -s, --size       print the allocated size of each file, in blocks\n"
                       "  -S               sort by file size, largest first\n"
                       "  -t               sort by time, newest first\n"
                       "  -U               do not sort; list entries in directory order\n"
                       "  -u               with -lt: sort by, and show, access time; with -l: show access\n"
                       "                     time and sort by name; otherwise: sort by access time\n"
                       "  -v               sort by version (numbers within names by value)\n"
                       "  -w, --width=COLS  set output width to COLS.  0 means no limit\n"
                       "  -x               list entries by lines instead of by columns\n"
                       "  -X               sort by extension\n"
                       "  -1               list one file per line\n"
                       "      --help       display this help and exit\n"
                       "      --version    output version information and exit\n"));
}

// A width from COLUMNS or -w: digits only, as GNU's ls takes it.
bool parse_width(StringView s, size_t &out) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != StringView::npos) return false;
  size_t v = 0;
  for (char c : s) v = v * 10 + static_cast<size_t>(c - '0');
  out = v;
  return true;
}

} // namespace

int main(int argc, char **argv) {
  enum { full_time_id = 256, directories_first_id, color_id };
  static constexpr Option options[] = {{'a', "all"},
                                       {'A', "almost-all"},
                                       {'c', nullptr},
                                       {'C', nullptr},
                                       {'d', "directory"},
                                       {'F', "classify"},
                                       {'g', nullptr},
                                       {'i', "inode"},
                                       {'k', "kibibytes"},
                                       {'l', nullptr},
                                       {'m', nullptr},
                                       {'n', "numeric-uid-gid"},
                                       {'o', nullptr},
                                       {'p', nullptr},
                                       {'q', "hide-control-chars"},
                                       {'r', "reverse"},
                                       {'R', "recursive"},
                                       {'s', "size"},
                                       {'S', nullptr},
                                       {'t', nullptr},
                                       {'u', nullptr},
                                       {'w', "width", true},
                                       {'h', "human-readable"},
                                       {'x', nullptr},
                                       {'1', nullptr},
                                       {'L', "dereference"},
                                       {'f', nullptr},
                                       {'U', nullptr},
                                       {'X', nullptr},
                                       {'v', nullptr},
                                       {'H', "dereference-command-line"},
                                       {0, "full-time", false, full_time_id},
                                       {0, "group-directories-first", false, directories_first_id},
                                       {0, "color", false, color_id, true}};
  OptionParser parser(argc, argv, options);
  // Operands are collected first (in argv itself, see tiny_tool.hpp); they are stat'ed once the options are
  // known (-l changes how).
  int count = 0;
  bool sort_by_time = false, format_given = false;
  enum class When { Never, Always, Auto } color_when = When::Never;
  const char *width_text = nullptr;
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
      // The last of -1 -C -x -m -l (and -g -n -o, which are -l too) decides the format.
      switch (o) {
      case 'a':
        all = true, almost_all = false;
        break;
      case 'A':
        almost_all = true, all = false;
        break;
      case 'c':
        time_shown = Time::Changed;
        break;
      case 'u':
        time_shown = Time::Accessed;
        break;
      case 'C':
        listing = Format::Columns, format_given = true;
        break;
      case 'x':
        listing = Format::Across, format_given = true;
        break;
      case 'm':
        listing = Format::Commas, format_given = true;
        break;
      case '1':
        if (listing != Format::Long) listing = Format::OnePerLine; // not after -l, as GNU's
        format_given = true;
        break;
      case 'l':
        listing = Format::Long, format_given = true;
        break;
      case 'g':
        listing = Format::Long, hide_owner = format_given = true;
        break;
      case 'o':
        listing = Format::Long, hide_group = format_given = true;
        break;
      case 'n':
        listing = Format::Long, numeric_ids = format_given = true;
        break;
      case 'd':
        list_directories = true;
        break;
      case 'F':
        indicator = Indicator::Classify;
        break;
      case 'p':
        indicator = Indicator::Slash;
        break;
      case 'i':
        show_inode = true;
        break;
      case 's':
        show_blocks = true;
        break;
      case 'k':
        break; // 1024-byte blocks are the default already
      case 'h':
        human = true;
        break;
      case 'q':
        hide_control = true;
        break;
      case 'r':
        reverse = true;
        break;
      case 'R':
        recursive = true;
        break;
      case 'S':
        sort_by = Sort::Size, sort_by_time = false;
        break;
      case 'X':
        sort_by = Sort::Extension, sort_by_time = false;
        break;
      case 'v':
        sort_by = Sort::Version, sort_by_time = false;
        break;
      case 'U':
        sort_by = Sort::None, sort_by_time = false;
        break;
      case 'f':
        // -a -U, and it turns off -l (a later -l turns it on again) and -s.
        all = true, almost_all = false, sort_by = Sort::None, sort_by_time = false, show_blocks = false;
        color_when = When::Never;
        if (listing == Format::Long) listing = io::is_terminal(1) ? Format::Columns : Format::OnePerLine;
        break;
      case 'L':
        dereference_all = true, dereference_operands = false;
        break;
      case 'H':
        dereference_operands = true, dereference_all = false;
        break;
      case full_time_id:
        listing = Format::Long, full_time = format_given = true;
        break;
      case directories_first_id:
        directories_first = true;
        break;
      case color_id: {
        // GNU's words, or a unique abbreviation of one; no word is "always".
        struct Word {
          StringView word;
          When when;
        };
        static constexpr Word words[] = {{"always", When::Always}, {"yes", When::Always}, {"force", When::Always},
                                         {"never", When::Never},   {"no", When::Never},   {"none", When::Never},
                                         {"auto", When::Auto},     {"tty", When::Auto},   {"if-tty", When::Auto}};
        StringView w = parser.value();
        if (w.data() == nullptr) {
          color_when = When::Always;
          break;
        }
        int found = 0;
        bool ambiguous = false, exact = false;
        for (const Word &word : words) {
          if (word.word == w) {
            color_when = word.when, exact = true;
            break;
          }
          if (!word.word.starts_with(w)) continue;
          if (found++ && color_when != word.when) ambiguous = true;
          color_when = word.when;
        }
        if (!exact && (!found || ambiguous)) {
          println(io::stderr,
                  "ls: {} argument {} for '--color'\nValid arguments are:\n  - 'always', 'yes', 'force'\n"
                  "  - 'never', 'no', 'none'\n  - 'auto', 'tty', 'if-tty'\nTry 'ls --help' for more information.",
                  found ? "ambiguous" : "invalid", tool::quote(w));
          return 1; // (GNU's status for this one, not ls's usual 2)
        }
        break;
      }
      case 't':
        sort_by_time = true, sort_by = Sort::Name;
        break;
      case 'w':
        width_text = parser.value().data();
        break;
      }
      break;
    }
  }
  long_format = listing == Format::Long;
  if (sort_by == Sort::None) directories_first = false; // -U and -f leave the directory's order alone
  if (sort_by_time) sort_by = Sort::Time;
  // -c and -u without -t sort by that time too, unless the listing is long (then they only show it).
  if (time_shown != Time::Modified && !long_format && sort_by == Sort::Name && !sort_by_time) sort_by = Sort::Time;
  // On a terminal ls lists in columns as wide as the terminal (TIOCGWINSZ, else COLUMNS, else 80); -w wins.
  bool terminal = io::is_terminal(1);
  if (!format_given && terminal) listing = Format::Columns;
  if (auto columns = env::get("COLUMNS"); columns && !columns->view().empty()) {
    size_t w;
    if (parse_width(columns->view(), w) && w > 0)
      line_width = w;
    else
      println(io::stderr, "ls: ignoring invalid width in environment variable COLUMNS: {}",
              tool::quote(columns->view()));
  }
  struct {
    unsigned short rows, cols, xpixel, ypixel;
  } window{};
  if (sys::ioctl(1, sys::ioctl_tiocgwinsz, &window) && window.cols > 0) line_width = window.cols;
  if (width_text && !parse_width(width_text, line_width)) {
    println(io::stderr, "ls: invalid line width: {}", tool::quote(width_text));
    return 2;
  }
  // Colors: LS_COLORS when set (a bad one is reported and colors nothing), else GNU's defaults if TERM or
  // COLORTERM says the terminal takes them.
  static tool::LsColors colors;
  if (color_when == When::Always || (color_when == When::Auto && terminal)) {
    auto spec = env::get("LS_COLORS");
    if (spec && !spec->view().empty()) {
      String bad_key;
      if (colors.parse(spec->view(), bad_key)) {
        palette = &colors;
      } else {
        if (!bad_key.empty()) println(io::stderr, "ls: unrecognized prefix: {}", tool::quote(bad_key.view()));
        println(io::stderr, "ls: unparsable value for LS_COLORS environment variable");
      }
    } else {
      auto term = env::get("TERM");
      auto colorterm = env::get("COLORTERM");
      if (tool::term_takes_colors(term ? term->view() : StringView(), colorterm ? colorterm->view() : StringView()))
        palette = &colors;
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
    // (-d and -F show operands as they are too.)
    // -L and -H follow every operand that is a link, and a dangling one is an error.
    bool forced = dereference_all || dereference_operands;
    bool follow = forced || (!long_format && !list_directories && indicator != Indicator::Classify);
    auto r = stat_file(f, sys::at_fdcwd, follow);
    if (!r && follow && !forced && r.error() == Errno::ENOENT) r = stat_file(f, sys::at_fdcwd, false);
    if (!r) {
      error("cannot access", name, r.error());
      status = 2;
      given.truncate(given.size() - 1); // not listed
    }
  }
  // Files first, then each directory, both in order.
  Vector<const File *> files, dirs;
  auto operands = by_name(given);
  for (const File *f : operands) (sys::is_directory(f->st.stx_mode) && !list_directories ? dirs : files).push(f);
  print_files(files, false, operands);
  show_headers = count > 1 || !files.empty();
  if (!files.empty() && !dirs.empty()) out.put('\n');
  for (const File *d : dirs) list_directory(d->name);
  // Back to the terminal's own colors at the end, when they were changed in a way "\e[0m" may not undo.
  if (used_color &&
      (colors[tool::ColorKey::Left].text.view() != "\033[" || colors[tool::ColorKey::Right].text.view() != "m"))
    write(colors[tool::ColorKey::Left].text), write(colors[tool::ColorKey::Right].text);
  if (!out.flush()) return 2;
  return status;
}
