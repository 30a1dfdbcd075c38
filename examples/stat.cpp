// stat: what the kernel knows of each FILE (statx: type, mode, owners, size, blocks, device, inode, links,
// the four times) or, with -f, of the file system holding it (statfs), in GNU's default layout, its terse
// one (-t), or a FORMAT (-c, with a newline; --printf, with backslash escapes and none). -L follows
// symbolic links. "-" is standard input.
#include "accounts.hpp"
#include "civil_time.hpp"
#include "file_type_name.hpp"
#include "lockdown.hpp"
#include "printf_conversion.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/io.hpp>
#include <solo/string.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>
#include <solo/sys/statfs.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

const char file_format[] = "  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n"
                           "Device: %Hd,%Ld\tInode: %-10i  Links: %h\n"
                           "Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n"
                           "Access: %x\nModify: %y\nChange: %z\n Birth: %w\n";
const char device_format[] = "  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n"
                             "Device: %Hd,%Ld\tInode: %-10i  Links: %-5h Device type: %Hr,%Lr\n"
                             "Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n"
                             "Access: %x\nModify: %y\nChange: %z\n Birth: %w\n";
const char terse_format[] = "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n";
const char fs_format[] = "  File: \"%n\"\n    ID: %-8i Namelen: %-7l Type: %T\n"
                         "Block size: %-10s Fundamental block size: %S\n"
                         "Blocks: Total: %-10b Free: %-10f Available: %a\n"
                         "Inodes: Total: %-10c Free: %d\n";
const char fs_terse_format[] = "%n %i %l %t %s %S %b %f %a %c %d\n";

struct Context {
  const char *name;
  bool dereference;
  bool default_layout;
  sys::Statx st;
  sys::Statfs fs;
  const tool::TimeZone *tz;
};

unsigned long long makedev(unsigned major, unsigned minor) {
  // The C library's dev_t encoding, which GNU prints for %d and %D.
  return (static_cast<unsigned long long>(major & 0xfffff000u) << 32) | ((major & 0xfffu) << 8) |
         (static_cast<unsigned long long>(minor & 0xffffff00u) << 12) | (minor & 0xffu);
}

char type_letter(unsigned mode) {
  switch (sys::file_type(mode)) {
  case sys::FileType::Regular:
    return '-';
  case sys::FileType::Directory:
    return 'd';
  case sys::FileType::Symlink:
    return 'l';
  case sys::FileType::Fifo:
    return 'p';
  case sys::FileType::Socket:
    return 's';
  case sys::FileType::CharDevice:
    return 'c';
  case sys::FileType::BlockDevice:
    return 'b';
  default:
    return '?';
  }
}

// The names statfs's magic numbers have in GNU's stat (linux/magic.h).
const char *fs_name(unsigned long type) {
  struct Name {
    unsigned long magic;
    const char *name;
  };
  static constexpr Name names[] = {
      {0xEF53, "ext2/ext3"},
      {0x01021994, "tmpfs"},
      {0x9FA0, "proc"},
      {0x62656572, "sysfs"},
      {0x1CD1, "devpts"},
      {0x794C7630, "overlayfs"},
      {0x9123683E, "btrfs"},
      {0x58465342, "xfs"},
      {0x6969, "nfs"},
      {0x63677270, "cgroup2fs"},
      {0x27E0EB, "cgroupfs"},
      {0x858458F6, "ramfs"},
      {0x73717368, "squashfs"},
      {0x4D44, "msdos"},
      {0x9660, "isofs"},
      {0x65735546, "fuseblk"},
      {0x01021997, "v9fs"},
      {0x64626720, "debugfs"},
      {0x73636673, "securityfs"},
      {0xCAFE4A11, "bpf_fs"},
      {0x74726163, "tracefs"},
      {0x19800202, "mqueue"},
      {0x0187, "autofs"},
      {0x42494E4D, "binfmt_misc"},
      {0x958458F6, "hugetlbfs"},
      {0x6165676C, "pstorefs"},
      {0xDE5E81E4, "efivarfs"},
      {0x62656570, "configfs"},
      {0x65735543, "fusectl"},
      {0x2FC12FC1, "zfs"},
      {0xF2F52010, "f2fs"},
      {0x2011BAB0, "exfat"},
      {0x5346544E, "ntfs"},
      {0x28CD3D45, "cramfs"},
      {0x3153464A, "jfs"},
      {0x52654973, "reiserfs"},
      {0x00011954, "ufs"},
      {0x5A3C69F0, "aafs"},
      {0x6E736673, "nsfs"},
      {0x50495045, "pipefs"},
      {0x534F434B, "sockfs"},
      {0x09041934, "anon-inode FS"},
      {0x5346414F, "afs"},
      {0xFF534D42, "cifs"},
      {0x73757245, "coda"},
      {0x137D, "ext"},
      {0x7461636F, "ocfs2"},
      {0x794C764F, "overlayfs"},
  };
  for (const Name &n : names)
    if (n.magic == (type & 0xffffffffUL)) return n.name;
  return nullptr;
}

// The mount point holding `path`: the last directory up from it that is on the same device.
solo::String mount_point(const char *path, bool dereference) {
  solo::String out;
  static char cwd[4096];
  solo::String dir;
  sys::Stat st;
  bool is_dir = sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st,
                                dereference ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow) &&
                sys::is_directory(st.st_mode);
  dir.append(path);
  if (!is_dir) {
    size_t slash = dir.view().rfind('/');
    dir.truncate(slash == solo::StringView::npos ? 0 : slash == 0 ? 1 : slash);
    if (dir.empty()) dir.append(".");
  }
  auto fd = sys::openat(sys::at_fdcwd, dir.cstr(), sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory);
  if (!fd) return out;
  sys::Stat here;
  if (!sys::fstat(*fd, here)) return out;
  solo::Fd current = std::move(*fd);
  for (;;) {
    auto up = sys::openat(current, solo::CStr(".."), sys::OpenFlags::ReadOnly | sys::OpenFlags::Directory);
    if (!up) break;
    sys::Stat parent;
    if (!sys::fstat(*up, parent) || parent.st_dev != here.st_dev ||
        (parent.st_ino == here.st_ino && parent.st_dev == here.st_dev))
      break;
    current = std::move(*up);
    here = parent;
  }
  // The name of `current`: its /proc/self/fd link, which the kernel keeps absolute.
  solo::String link;
  link.append("/proc/self/fd/");
  char buf[24];
  link.append(solo::io::to_decimal(current.get(), buf));
  auto n = sys::readlinkat(sys::at_fdcwd, link.cstr(), cwd, sizeof cwd);
  if (n) out.append(solo::StringView(cwd, *n));
  return out;
}

// A number as printf's %u / %x / %o with the directive's flags, width and precision.
void put_unsigned(solo::io::Stream &out, unsigned long long v, const tool::Conversion &c, int base) {
  char digits[32];
  int n = 0;
  do {
    int d = static_cast<int>(v % base);
    digits[n++] = static_cast<char>(d < 10 ? '0' + d : 'a' + d - 10);
    v /= base;
  } while (v);
  char body[64];
  int len = 0;
  int zeros = c.precision > n ? c.precision - n : 0;
  if (base == 8 && c.alternate && zeros == 0 && digits[n - 1] != '0') zeros = 1;
  for (int i = 0; i < zeros && len < 40; ++i) body[len++] = '0';
  for (int i = n - 1; i >= 0; --i) body[len++] = digits[i];
  tool::Conversion pad = c;
  if (c.precision >= 0) pad.zero = false;
  bool hex_prefix = base == 16 && c.alternate && !(n == 1 && digits[0] == '0');
  tool::pad(out, pad, "", hex_prefix ? "0x" : "", solo::StringView(body, static_cast<size_t>(len)), true);
}

void put_signed(solo::io::Stream &out, long long v, const tool::Conversion &c) {
  char digits[32];
  int n = 0;
  unsigned long long m = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  do {
    digits[n++] = static_cast<char>('0' + m % 10);
    m /= 10;
  } while (m);
  char body[64];
  int len = 0;
  for (int i = c.precision > n ? c.precision - n : 0; i > 0 && len < 40; --i) body[len++] = '0';
  for (int i = n - 1; i >= 0; --i) body[len++] = digits[i];
  tool::Conversion pad = c;
  if (c.precision >= 0) pad.zero = false;
  tool::pad(out, pad,
            v < 0     ? "-"
            : c.plus  ? "+"
            : c.space ? " "
                      : "",
            "", solo::StringView(body, static_cast<size_t>(len)), true);
}

void put_string(solo::io::Stream &out, solo::StringView s, const tool::Conversion &c) {
  if (c.precision >= 0 && static_cast<size_t>(c.precision) < s.size())
    s = s.substr(0, static_cast<size_t>(c.precision));
  tool::Conversion pad = c;
  pad.zero = false;
  tool::pad(out, pad, "", "", s, false);
}

// Seconds with a fraction of `precision` digits (the directive's; "." alone is nine; past nine, zeros).
void put_seconds(solo::io::Stream &out, const sys::StatxTimestamp &t, tool::Conversion c, bool dot, bool bare_dot) {
  if (!dot) {
    put_signed(out, t.tv_sec, c);
    return;
  }
  int digits = bare_dot ? 9 : c.precision > 30 ? 30 : c.precision;
  long long sec = t.tv_sec;
  long nsec = t.tv_nsec;
  char frac[32];
  long scale = 100000000;
  for (int i = 0; i < digits; ++i, scale /= 10) frac[i] = scale ? static_cast<char>('0' + nsec / scale % 10) : '0';
  char body[64];
  int len = 0;
  unsigned long long m = sec < 0 ? 0ULL - static_cast<unsigned long long>(sec) : static_cast<unsigned long long>(sec);
  char ds[24];
  int n = 0;
  do {
    ds[n++] = static_cast<char>('0' + m % 10);
    m /= 10;
  } while (m);
  for (int i = n - 1; i >= 0; --i) body[len++] = ds[i];
  if (digits > 0) {
    body[len++] = '.';
    for (int i = 0; i < digits; ++i) body[len++] = frac[i];
  }
  c.precision = -1;
  tool::pad(out, c,
            sec < 0   ? "-"
            : c.plus  ? "+"
            : c.space ? " "
                      : "",
            "", solo::StringView(body, static_cast<size_t>(len)), true);
}

bool print_file_directive(solo::io::Stream &out, Context &c, const tool::Conversion &conv, char letter, char size,
                          bool dot, bool bare_dot) {
  static tool::Accounts users("/etc/passwd"), groups("/etc/group");
  const sys::Statx &st = c.st;
  tool::Accounts::Entry e;
  switch (letter) {
  case 'a':
    put_unsigned(out, st.stx_mode & 07777u, conv, 8);
    return true;
  case 'A': {
    char text[11];
    text[0] = type_letter(st.stx_mode);
    const char *rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) text[i + 1] = (st.stx_mode & (0400u >> i)) ? rwx[i] : '-';
    if (st.stx_mode & 04000) text[3] = text[3] == 'x' ? 's' : 'S';
    if (st.stx_mode & 02000) text[6] = text[6] == 'x' ? 's' : 'S';
    if (st.stx_mode & 01000) text[9] = text[9] == 'x' ? 't' : 'T';
    put_string(out, solo::StringView(text, 10), conv);
    return true;
  }
  case 'b':
    put_unsigned(out, st.stx_blocks, conv, 10);
    return true;
  case 'B':
    put_unsigned(out, 512, conv, 10);
    return true;
  case 'd':
    if (size == 'H')
      put_unsigned(out, st.stx_dev_major, conv, 10);
    else if (size == 'L')
      put_unsigned(out, st.stx_dev_minor, conv, 10);
    else
      put_unsigned(out, makedev(st.stx_dev_major, st.stx_dev_minor), conv, 10);
    return true;
  case 'D':
    put_unsigned(out, makedev(st.stx_dev_major, st.stx_dev_minor), conv, 16);
    return true;
  case 'f':
    put_unsigned(out, st.stx_mode, conv, 16);
    return true;
  case 'F':
    put_string(out, tool::file_type_name(st.stx_mode, st.stx_size), conv);
    return true;
  case 'g':
    put_unsigned(out, st.stx_gid, conv, 10);
    return true;
  case 'G':
    put_string(out, groups.by_id(st.stx_gid, e) ? e.name : "UNKNOWN", conv);
    return true;
  case 'h':
    put_unsigned(out, st.stx_nlink, conv, 10);
    return true;
  case 'i':
    put_unsigned(out, st.stx_ino, conv, 10);
    return true;
  case 'm': {
    solo::String m = mount_point(c.name, c.dereference);
    put_string(out, m.view(), conv);
    return true;
  }
  case 'n':
    put_string(out, c.name, conv);
    return true;
  case 'N': {
    solo::String text;
    char buf[4096 * 4 + 8];
    solo::fmt::BufferSink sink(buf, sizeof buf);
    // The default layout names files as they are; a FORMAT's %N quotes them.
    if (c.default_layout)
      sink.write(c.name, solo::StringView(c.name).size());
    else
      solo::format_to(sink, "{}", tool::quoteaf(c.name));
    if (sys::is_symlink(st.stx_mode)) {
      static char target[4096];
      auto n = sys::readlinkat(sys::at_fdcwd, solo::CStr(c.name), target, sizeof target);
      if (n) {
        solo::StringView t(target, *n);
        if (c.default_layout)
          solo::format_to(sink, " -> {}", t);
        else
          solo::format_to(sink, " -> {}", tool::quoteaf(t));
      }
    }
    put_string(out, solo::StringView(buf, sink.written()), conv);
    return true;
  }
  case 'o':
    put_unsigned(out, st.stx_blksize, conv, 10);
    return true;
  case 'r':
    if (size == 'H')
      put_unsigned(out, st.stx_rdev_major, conv, 10);
    else if (size == 'L')
      put_unsigned(out, st.stx_rdev_minor, conv, 10);
    else
      put_unsigned(out, makedev(st.stx_rdev_major, st.stx_rdev_minor), conv, 10);
    return true;
  case 'R':
    put_unsigned(out, makedev(st.stx_rdev_major, st.stx_rdev_minor), conv, 16);
    return true;
  case 's':
    put_unsigned(out, st.stx_size, conv, 10);
    return true;
  case 't':
    put_unsigned(out, st.stx_rdev_major, conv, 16);
    return true;
  case 'T':
    put_unsigned(out, st.stx_rdev_minor, conv, 16);
    return true;
  case 'u':
    put_unsigned(out, st.stx_uid, conv, 10);
    return true;
  case 'U':
    put_string(out, users.by_id(st.stx_uid, e) ? e.name : "UNKNOWN", conv);
    return true;
  case 'w':
  case 'x':
  case 'y':
  case 'z': {
    const sys::StatxTimestamp &t = letter == 'w'   ? st.stx_btime
                                   : letter == 'x' ? st.stx_atime
                                   : letter == 'y' ? st.stx_mtime
                                                   : st.stx_ctime;
    if (letter == 'w' && !(st.stx_mask & static_cast<unsigned>(sys::StatxMask::Btime))) {
      put_string(out, "-", conv);
      return true;
    }
    char buf[80];
    solo::fmt::BufferSink sink(buf, sizeof buf);
    const tool::TimeZone::Type &type = c.tz->at(t.tv_sec);
    tool::Civil cv = tool::civil_from_seconds(t.tv_sec + type.offset);
    long off = type.offset < 0 ? -type.offset : type.offset;
    solo::format_to(sink, "{:04}-{:02}-{:02} {:02}:{:02}:{:02}.{:09} {}{:02}{:02}", cv.year, cv.month, cv.day, cv.hour,
                    cv.minute, cv.second, t.tv_nsec, type.offset < 0 ? '-' : '+', off / 3600, off / 60 % 60);
    put_string(out, solo::StringView(buf, sink.written()), conv);
    return true;
  }
  case 'W':
  case 'X':
  case 'Y':
  case 'Z': {
    sys::StatxTimestamp t = letter == 'W'   ? st.stx_btime
                            : letter == 'X' ? st.stx_atime
                            : letter == 'Y' ? st.stx_mtime
                                            : st.stx_ctime;
    if (letter == 'W' && !(st.stx_mask & static_cast<unsigned>(sys::StatxMask::Btime))) t = {};
    put_seconds(out, t, conv, dot, bare_dot);
    return true;
  }
  default:
    return false;
  }
}

bool print_fs_directive(solo::io::Stream &out, Context &c, const tool::Conversion &conv, char letter) {
  const sys::Statfs &f = c.fs;
  switch (letter) {
  case 'a':
    put_unsigned(out, f.f_bavail, conv, 10);
    return true;
  case 'b':
    put_unsigned(out, f.f_blocks, conv, 10);
    return true;
  case 'c':
    put_unsigned(out, f.f_files, conv, 10);
    return true;
  case 'd':
    put_unsigned(out, f.f_ffree, conv, 10);
    return true;
  case 'f':
    put_unsigned(out, f.f_bfree, conv, 10);
    return true;
  case 'i': {
    unsigned long long id = (static_cast<unsigned long long>(static_cast<unsigned>(f.f_fsid[0])) << 32) |
                            static_cast<unsigned>(f.f_fsid[1]);
    put_unsigned(out, id, conv, 16);
    return true;
  }
  case 'l':
    put_unsigned(out, static_cast<unsigned long long>(f.f_namelen), conv, 10);
    return true;
  case 'n':
    put_string(out, c.name, conv);
    return true;
  case 's':
    put_unsigned(out, static_cast<unsigned long long>(f.f_bsize), conv, 10);
    return true;
  case 'S':
    put_unsigned(out, static_cast<unsigned long long>(f.f_frsize ? f.f_frsize : f.f_bsize), conv, 10);
    return true;
  case 't':
    put_unsigned(out, static_cast<unsigned long>(f.f_type), conv, 16);
    return true;
  case 'T': {
    const char *name = fs_name(static_cast<unsigned long>(f.f_type));
    if (name) {
      put_string(out, name, conv);
    } else {
      char buf[40];
      auto r = solo::format_to(buf, "UNKNOWN (0x{:x})", static_cast<unsigned long>(f.f_type));
      put_string(out, r.text, conv);
    }
    return true;
  }
  default:
    return false;
  }
}

int escape_value(solo::StringView s, size_t &i, char &out) {
  // \n \t \\ \" \a \b \e \f \r \v, \ooo (1-3 digits), \xHH (1-2 digits); 0 when `s[i]` starts none.
  char e = s[i];
  auto hex = [](char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    ch = static_cast<char>(ch | 0x20);
    return ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
  };
  switch (e) {
  case 'n':
    out = '\n';
    break;
  case 't':
    out = '\t';
    break;
  case '\\':
    out = '\\';
    break;
  case '"':
    out = '"';
    break;
  case 'a':
    out = '\a';
    break;
  case 'b':
    out = '\b';
    break;
  case 'e':
    out = '\x1b';
    break;
  case 'f':
    out = '\f';
    break;
  case 'r':
    out = '\r';
    break;
  case 'v':
    out = '\v';
    break;
  case 'x': {
    if (i + 1 >= s.size() || hex(s[i + 1]) < 0) return 0;
    int v = hex(s[++i]);
    if (i + 1 < s.size() && hex(s[i + 1]) >= 0) v = v * 16 + hex(s[++i]);
    out = static_cast<char>(v);
    break;
  }
  default:
    if (e >= '0' && e <= '7') {
      int v = e - '0';
      for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k) v = v * 8 + (s[++i] - '0');
      out = static_cast<char>(v);
      break;
    }
    return 0;
  }
  ++i;
  return 1;
}

void print_format(solo::io::Stream &out, Context &c, solo::StringView format, bool fs, bool escapes) {
  for (size_t i = 0; i < format.size();) {
    char ch = format[i];
    if (ch == '\\' && escapes && i + 1 < format.size()) {
      size_t j = i + 1;
      char v;
      if (escape_value(format, j, v)) {
        out.put(v);
        i = j;
      } else {
        solo::println(solo::io::stderr, "{}: warning: unrecognized escape '\\{}'", tool::program, format[i + 1]);
        out.put(format[i + 1]);
        i += 2;
      }
      continue;
    }
    if (ch != '%') {
      out.put(ch);
      ++i;
      continue;
    }
    size_t start = i++;
    tool::Conversion conv;
    const char *p = format.data() + i, *end = format.data() + format.size();
    tool::parse_conversion_flags(p, end, conv);
    bool dot = false, bare_dot = false;
    for (const char *q = format.data() + i; q < p; ++q) dot |= *q == '.';
    bare_dot = dot && p[-1] == '.';
    i = static_cast<size_t>(p - format.data());
    if (i >= format.size()) {
      out.write(format.substr(start));
      break;
    }
    char size = 0;
    if (!fs && (format[i] == 'H' || format[i] == 'L') && i + 1 < format.size() &&
        (format[i + 1] == 'd' || format[i + 1] == 'r'))
      size = format[i++];
    char letter = format[i++];
    if (letter == '%' && i == start + 2) {
      out.put('%');
      continue;
    }
    bool known =
        fs ? print_fs_directive(out, c, conv, letter) : print_file_directive(out, c, conv, letter, size, dot, bare_dot);
    if (!known) out.put('?');
  }
}

} // namespace

static const char usage[] = " [OPTION]... FILE...\nDisplay file or file system status.\n\n"
                            "  -L, --dereference     follow links\n"
                            "  -f, --file-system     display file system status instead of file status\n"
                            "  -c  --format=FORMAT   use the specified FORMAT instead of the default;\n"
                            "                          output a newline after each use of FORMAT\n"
                            "      --printf=FORMAT   like --format, but interpret backslash escapes,\n"
                            "                          and do not output a mandatory trailing newline\n"
                            "  -t, --terse           print the information in terse form";

int main(int argc, char **argv) {
  tool::program = argv[0];
  constexpr int printf_id = 1000;
  const solo::Option options[] = {{'L', "dereference"},
                                  {'f', "file-system"},
                                  {'c', "format", true},
                                  {0, "printf", true, printf_id},
                                  {'t', "terse"}};
  bool dereference = false, fs = false, terse = false, escapes = false;
  const char *format = nullptr;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'L':
      dereference = true;
      break;
    case 'f':
      fs = true;
      break;
    case 'c':
      format = p.value().data(), escapes = false;
      break;
    case printf_id:
      format = p.value().data(), escapes = true;
      break;
    case 't':
      terse = true;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (n == 0) return tool::usage_error("missing operand");
  tool::TimeZone tz = tool::TimeZone::load();
  tool::lock_down();
  auto &out = solo::io::stdout;
  int status = 0;
  for (int i = 0; i < n; ++i) {
    Context c{};
    c.name = argv[1 + i];
    c.dereference = dereference;
    c.tz = &tz;
    bool standard_input = solo::StringView(c.name) == "-";
    if (fs) {
      auto r = standard_input ? sys::fstatfs(0, c.fs) : sys::statfs(solo::CStr(c.name), c.fs);
      if (!r) {
        solo::println(solo::io::stderr, "{}: cannot read file system information for {}: {}", tool::program,
                      tool::quoteaf(c.name), r.error());
        status = 1;
        continue;
      }
    } else {
      auto flags = standard_input ? sys::AtFlags::EmptyPath
                   : dereference  ? sys::AtFlags::None
                                  : sys::AtFlags::SymlinkNoFollow;
      auto r = sys::statx(standard_input ? 0 : sys::at_fdcwd, solo::CStr(standard_input ? "" : c.name), flags,
                          sys::StatxMask::BasicStats | sys::StatxMask::Btime, c.st);
      if (!r) {
        solo::println(solo::io::stderr, "{}: cannot statx {}: {}", tool::program, tool::quoteaf(c.name), r.error());
        status = 1;
        continue;
      }
    }
    solo::StringView f;
    if (format) {
      f = format;
    } else if (terse) {
      f = fs ? fs_terse_format : terse_format;
    } else {
      c.default_layout = true;
      bool device = !fs && (sys::file_type(c.st.stx_mode) == sys::FileType::CharDevice ||
                            sys::file_type(c.st.stx_mode) == sys::FileType::BlockDevice);
      f = fs ? fs_format : device ? device_format : file_format;
    }
    print_format(out, c, f, fs, escapes);
    if (format && !escapes) out.put('\n');
  }
  return status;
}
