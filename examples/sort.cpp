// sort: the lines of files (or standard input) in order, as GNU's sort orders them under LC_ALL=C: bytes
// compared as unsigned. -n compares the leading numbers, -r reverses, -k POS1[,POS2] sorts on keys (fields
// split by -t SEP or at blanks, with the b, n and r modifiers), -s keeps equal keys in input order, -u keeps
// the first of each run of equal lines, -z reads and writes NUL-ended lines, -o FILE writes there (after all
// input is read, so it may be an input), -c only checks the order. Exit status: 0, 1 for disorder with -c,
// 2 for trouble.
//
// The whole input is read into one String and indexed by a Vector of lines; std::sort orders them in plain
// byte order (on a cached 8-byte prefix), std::stable_sort by keys (on each line's first key, found once).
#include "general_number.hpp"
#include "lockdown.hpp"
#include "tiny_tool.hpp"
#include "version_compare.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <solo/exit.hpp>
#include <solo/io/read_all.hpp>
#include <solo/string.hpp>
#include <solo/sys/stat.hpp>
#include <solo/vector.hpp>

namespace {

using solo::Errno;
using solo::StringView;
namespace sys = solo::sys;

constexpr size_t to_end = SIZE_MAX; // a key that runs to the end of the line

// One -k: from field `sword` (counted from 0), character `schar` in it, to field `eword`, character `echar`
// (0: the end of that field), as GNU numbers them after subtracting one.
struct Key {
  size_t sword = 0, schar = 0, eword = to_end, echar = 0;
  bool skip_start_blanks = false, skip_end_blanks = false, numeric = false, reverse = false;
  bool dictionary = false, printable = false, fold = false; // -d, -i: bytes left out; -f: a-z as A-Z
  bool human = false, month = false, version = false;       // -h, -M, -V
  bool general = false;                                     // -g
  bool has_ordering() const {
    return skip_start_blanks || skip_end_blanks || numeric || reverse || dictionary || printable || fold || human ||
           month || version || general;
  }
  bool ignores() const { return dictionary || printable; }
  // Whether `c` is left out of the comparison: -d keeps blanks and letters and digits, -i printable bytes.
  bool ignored(unsigned char c) const {
    if (dictionary &&
        !(c == ' ' || c == '\t' || c == '\n' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
      return true;
    return printable && (c < 0x20 || c > 0x7e);
  }
  unsigned char translate(unsigned char c) const { return fold && c >= 'a' && c <= 'z' ? c - 32 : c; }
};

// The options that decide the order.
struct Order {
  solo::Vector<Key> keys;
  bool has_tab = false; // -t given: fields end at `tab`; otherwise at blanks
  char tab = 0;
  bool reverse = false, stable = false, unique = false;
};
Order order;

[[noreturn]] void die(StringView what) {
  solo::println(solo::io::stderr, "{}: {}", tool::program, what);
  solo::exit(2);
}

// Blanks in the C locale separate fields (and newline, which a line holds only with -z).
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// ---- keys --------------------------------------------------------------------------------------------------

// Where field `field` starts (then character `chars` of it).
const char *key_start(const char *p, const char *end, const Key &k) {
  for (size_t field = k.sword; p < end && field > 0; --field) {
    if (order.has_tab) {
      while (p < end && *p != order.tab) ++p;
      if (p < end) ++p;
    } else {
      while (p < end && is_blank(*p)) ++p;
      while (p < end && !is_blank(*p)) ++p;
    }
  }
  if (k.skip_start_blanks)
    while (p < end && is_blank(*p)) ++p;
  return static_cast<size_t>(end - p) < k.schar ? end : p + k.schar;
}

// Where the key ends: after field `eword` (with echar 0), or character `echar` of it.
const char *key_end(const char *p, const char *end, const Key &k) {
  if (k.eword == to_end) return end;
  size_t fields = k.echar == 0 ? k.eword + 1 : k.eword;
  for (; p < end && fields > 0; --fields) {
    if (order.has_tab) {
      while (p < end && *p != order.tab) ++p;
      if (p < end && (fields > 1 || k.echar != 0)) ++p;
    } else {
      while (p < end && is_blank(*p)) ++p;
      while (p < end && !is_blank(*p)) ++p;
    }
  }
  if (k.echar != 0) {
    if (k.skip_end_blanks)
      while (p < end && is_blank(*p)) ++p;
    p = static_cast<size_t>(end - p) < k.echar ? end : p + k.echar;
  }
  return p;
}

int compare_bytes_raw(const char *a, const char *a_end, const char *b, const char *b_end) {
  size_t n = static_cast<size_t>(a_end - a), m = static_cast<size_t>(b_end - b);
  if (int d = __builtin_memcmp(a, b, n < m ? n : m)) return d < 0 ? -1 : 1;
  return n < m ? -1 : n > m;
}

// -n: the numbers at the start of a and b (after blanks: an optional '-', digits, an optional '.' and
// digits; anything else is 0), compared by value at any length: digit strings, never converted, so nothing
// overflows or rounds.
struct Number {
  bool negative = false;
  const char *whole = nullptr, *whole_end = nullptr; // without leading zeros
  const char *fraction = nullptr, *fraction_end = nullptr;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

Number parse_number(const char *p, const char *end) {
  Number n;
  while (p < end && is_blank(*p)) ++p;
  if (p < end && *p == '-') n.negative = true, ++p;
  while (p < end && *p == '0') ++p;
  n.whole = p;
  while (p < end && is_digit(*p)) ++p;
  n.whole_end = n.fraction = n.fraction_end = p;
  if (p < end && *p == '.') {
    n.fraction = ++p;
    while (p < end && is_digit(*p)) ++p;
    n.fraction_end = p;
    while (n.fraction_end > n.fraction && n.fraction_end[-1] == '0') --n.fraction_end; // 0.50 is 0.5
  }
  if (n.whole == n.whole_end && n.fraction == n.fraction_end) n.negative = false; // -0 is 0
  return n;
}

int compare_numbers(StringView a, StringView b) {
  Number x = parse_number(a.begin(), a.end()), y = parse_number(b.begin(), b.end());
  if (x.negative != y.negative) return x.negative ? -1 : 1;
  int c = 0;
  size_t xw = static_cast<size_t>(x.whole_end - x.whole), yw = static_cast<size_t>(y.whole_end - y.whole);
  if (xw != yw) {
    c = xw < yw ? -1 : 1; // more digits before the point: larger
  } else if (int d = __builtin_memcmp(x.whole, y.whole, xw)) {
    c = d < 0 ? -1 : 1;
  } else {
    // Fractions without trailing zeros: plain byte order is numeric order.
    c = compare_bytes_raw(x.fraction, x.fraction_end, y.fraction, y.fraction_end);
  }
  return x.negative ? -c : c;
}

int compare_bytes(StringView a, StringView b) {
  int c = a.compare(b);
  return c < 0 ? -1 : c > 0;
}

StringView key_of(StringView line, const Key &k) {
  const char *b = key_start(line.begin(), line.end(), k), *e = key_end(line.begin(), line.end(), k);
  return StringView(b, e > b ? static_cast<size_t>(e - b) : 0);
}

// -d, -i, -f: the bytes in turn, those left out skipped on both sides, then the longer rest is larger.
int compare_filtered(StringView a, StringView b, const Key &k) {
  const unsigned char *p = reinterpret_cast<const unsigned char *>(a.data()), *pe = p + a.size();
  const unsigned char *q = reinterpret_cast<const unsigned char *>(b.data()), *qe = q + b.size();
  for (;; ++p, ++q) {
    while (p < pe && k.ignored(*p)) ++p;
    while (q < qe && k.ignored(*q)) ++q;
    if (p == pe || q == qe) break;
    if (int d = k.translate(*p) - k.translate(*q)) return d < 0 ? -1 : 1;
  }
  return (p < pe) - (q < qe);
}

// What -d -i -f leave of a key, for the orderings that look at the text as a whole (-V).
solo::String filtered(StringView s, const Key &k) {
  solo::String out;
  for (char c : s)
    if (!k.ignored(static_cast<unsigned char>(c)))
      out.push(static_cast<char>(k.translate(static_cast<unsigned char>(c))));
  return out;
}

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

// -M: after blanks, the C locale's month abbreviations in any case (JAN 1 .. DEC 12); anything else is 0.
int month_of(StringView s) {
  static const char names[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
  size_t i = 0;
  while (i < s.size() && is_blank(s[i])) ++i;
  if (s.size() - i < 3) return 0;
  for (int m = 0; m < 12; ++m)
    if (upper(s[i]) == names[3 * m] && upper(s[i + 1]) == names[3 * m + 1] && upper(s[i + 2]) == names[3 * m + 2])
      return m + 1;
  return 0;
}

// -h: the power a number's suffix names (K or k 1, M 2, ... Y 8), negative for a negative number; 0 without
// a suffix, and for a number with no nonzero digit (0K is 0). The suffix is the byte right after the
// digits (and a '.' with the fraction's digits).
int unit_order(StringView s) {
  static const char units[] = "KMGTPEZY"; // R and Q are not units in 9.1
  size_t i = 0;
  while (i < s.size() && is_blank(s[i])) ++i;
  bool negative = i < s.size() && s[i] == '-';
  i += negative;
  char max_digit = 0;
  while (i < s.size() && is_digit(s[i])) max_digit = s[i] > max_digit ? s[i] : max_digit, ++i;
  if (i < s.size() && s[i] == '.')
    for (++i; i < s.size() && is_digit(s[i]); ++i) max_digit = s[i] > max_digit ? s[i] : max_digit;
  if (max_digit <= '0' || i == s.size()) return 0;
  int order = s[i] == 'k' ? 1 : 0;
  for (int u = 0; u < 8 && order == 0; ++u)
    if (s[i] == units[u]) order = u + 1;
  return negative ? -order : order;
}

// -V: GNU's version order, the one ls -v uses (version_compare.hpp).
int compare_versions(StringView a, StringView b) {
  int c = tool::version_compare(a, b);
  return c < 0 ? -1 : c > 0;
}

// One key's comparison, before -r.
int compare_key_forward(StringView ka, StringView kb, const Key &k) {
  if (k.numeric) return compare_numbers(ka, kb);
  if (k.general) return tool::compare_general_numbers(tool::parse_general_number(ka), tool::parse_general_number(kb));
  if (k.human) {
    int d = unit_order(ka) - unit_order(kb);
    return d ? (d < 0 ? -1 : 1) : compare_numbers(ka, kb);
  }
  if (k.month) {
    int d = month_of(ka) - month_of(kb);
    return d < 0 ? -1 : d > 0;
  }
  if (k.version) {
    if (!k.ignores() && !k.fold) return compare_versions(ka, kb);
    solo::String fa = filtered(ka, k), fb = filtered(kb, k);
    return compare_versions(fa, fb);
  }
  if (k.ignores() || k.fold) return compare_filtered(ka, kb, k);
  return compare_bytes(ka, kb);
}

int compare_key(StringView ka, StringView kb, const Key &k) {
  int c = compare_key_forward(ka, kb, k);
  return k.reverse ? -c : c;
}

// The keys in turn, from key `first` on; 0 when all are equal.
int compare_keys(StringView a, StringView b, size_t first = 0) {
  for (size_t i = first; i < order.keys.size(); ++i)
    if (int c = compare_key(key_of(a, order.keys[i]), key_of(b, order.keys[i]), order.keys[i])) return c;
  return 0;
}

// GNU's order: the keys; when they tie (and neither -s nor -u is given), the whole lines as bytes, reversed
// by a global -r.
int compare(StringView a, StringView b) {
  if (!order.keys.empty()) {
    int c = compare_keys(a, b);
    if (c != 0 || order.stable || order.unique) return c;
  }
  int c = compare_bytes(a, b);
  return order.reverse ? -c : c;
}

// ---- lines ---------------------------------------------------------------------------------------------------

// A line of the input, with what its comparisons need most: for plain byte order its first eight bytes as a
// big-endian number (most comparisons end there, without touching the text); with keys, where its first key
// is (found once, not in every comparison), and for a numeric first key its number, parsed once: the digits
// before the point (`key`, leading zeros left out), how many follow it, and the sign; for a -g first key the
// index of its value in general_keys.
struct Line {
  const char *text;
  size_t size;
  union {
    uint64_t prefix;
    struct {
      uint32_t offset, size;
    } key;
  };
  uint32_t fraction; // -n: digits after the point; -g: the index in general_keys
  bool negative;
  StringView view() const { return StringView(text, size); }
  StringView first_key() const { return StringView(text + key.offset, key.size); }
};

solo::Vector<tool::GeneralNumber> general_keys; // each line's first key under -g, read once

uint64_t prefix_of(StringView s) {
  unsigned char bytes[8] = {};
  __builtin_memcpy(bytes, s.data(), s.size() < 8 ? s.size() : 8);
  uint64_t v;
  __builtin_memcpy(&v, bytes, 8);
  return std::endian::native == std::endian::little ? __builtin_bswap64(v) : v;
}

// Plain byte order, the case worth making fast: the prefixes decide unless they are equal.
bool plain_less(const Line &a, const Line &b) {
  if (a.prefix != b.prefix) return a.prefix < b.prefix;
  return a.view() < b.view();
}

// The numbers parse_number found, by value.
int compare_parsed(const Line &a, const Line &b) {
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  int c = 0;
  if (a.key.size != b.key.size)
    c = a.key.size < b.key.size ? -1 : 1; // more digits before the point: larger
  else if (int d = __builtin_memcmp(a.text + a.key.offset, b.text + b.key.offset, a.key.size))
    c = d < 0 ? -1 : 1;
  else {
    const char *fa = a.text + a.key.offset + a.key.size + 1, *fb = b.text + b.key.offset + b.key.size + 1;
    c = compare_bytes_raw(fa, fa + a.fraction, fb, fb + b.fraction);
  }
  return a.negative ? -c : c;
}

// compare() for two lines whose first keys are found already.
int compare_lines(const Line &a, const Line &b) {
  const Key &first = order.keys[0];
  int c = first.numeric   ? compare_parsed(a, b)
          : first.general ? tool::compare_general_numbers(general_keys[a.fraction], general_keys[b.fraction])
                          : compare_key_forward(a.first_key(), b.first_key(), first);
  if (c != 0) return first.reverse ? -c : c;
  if ((c = compare_keys(a.view(), b.view(), 1))) return c;
  if (order.stable || order.unique) return 0;
  c = compare_bytes(a.view(), b.view());
  return order.reverse ? -c : c;
}

void sort_lines(solo::Vector<Line> &lines) {
  if (order.keys.empty()) {
    // Without keys, equal lines are identical, so the order among them cannot show: std::sort will do.
    if (order.reverse)
      std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return plain_less(b, a); });
    else
      std::sort(lines.begin(), lines.end(), plain_less);
    return;
  }
  // A merge sort: fewer comparisons than a quicksort's (and a key comparison is costly), and stable, which
  // -s and -u need (the first of equal keys is the first in the input).
  std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return compare_lines(a, b) < 0; });
}

// The lines of `text`, each ended by `eol` (the last one perhaps not). Lines of 4 GiB or more are not indexed
// by key offsets: they are refused (EFBIG) rather than compared wrongly.
solo::Vector<Line> split_lines(StringView text, char eol) {
  solo::Vector<Line> lines;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find(eol, start);
    if (end == StringView::npos) end = text.size();
    StringView line = text.substr(start, end - start);
    Line l{line.data(), line.size(), {}, 0, false};
    if (order.keys.empty()) {
      l.prefix = prefix_of(line);
    } else {
      if (line.size() > UINT32_MAX) die(solo::format("a line is too long: {}", Errno::EFBIG).value());
      StringView k = key_of(line, order.keys[0]);
      if (order.keys[0].numeric) {
        Number n = parse_number(k.begin(), k.end());
        k = StringView(n.whole, static_cast<size_t>(n.whole_end - n.whole));
        l.fraction = static_cast<uint32_t>(n.fraction_end - n.fraction);
        l.negative = n.negative;
      } else if (order.keys[0].general) {
        if (general_keys.size() >= UINT32_MAX) die(solo::format("too many lines: {}", Errno::EFBIG).value());
        l.fraction = static_cast<uint32_t>(general_keys.size());
        general_keys.push(tool::parse_general_number(k));
      }
      l.key = {static_cast<uint32_t>(k.data() - line.data()), static_cast<uint32_t>(k.size())};
    }
    lines.push(l);
    start = end + 1;
  }
  return lines;
}

// ---- command line --------------------------------------------------------------------------------------------

[[noreturn]] void bad_key(StringView reason, StringView spec) {
  solo::println(solo::io::stderr, "{}: {}: invalid field specification '{}'", tool::program, reason, spec);
  solo::exit(2);
}

// A field or character number: digits, as many as given (a huge one means "the end").
StringView count(StringView s, size_t &value, StringView what) {
  size_t digits = 0;
  value = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') {
    unsigned d = static_cast<unsigned>(s[digits++] - '0');
    value = value > (SIZE_MAX - d) / 10 ? SIZE_MAX : value * 10 + d;
  }
  if (digits == 0) {
    solo::println(solo::io::stderr, "{}: {}: invalid count at start of '{}'", tool::program, what, s);
    solo::exit(2);
  }
  return s.substr(digits);
}

// The ordering letters that are both options and key modifiers; false for another letter.
bool set_ordering(Key &k, char c) {
  switch (c) {
  case 'd':
    k.dictionary = true;
    return true;
  case 'i':
    k.printable = true;
    return true;
  case 'f':
    k.fold = true;
    return true;
  case 'g':
    k.general = true;
    return true;
  case 'h':
    k.human = true;
    return true;
  case 'M':
    k.month = true;
    return true;
  case 'V':
    k.version = true;
    return true;
  }
  return false;
}

// At most one way of comparing per key (-d/-i count with -V as one), as GNU's sort insists; its message
// lists the key's letters but b and r. -d wins over -i.
void check_compatible(Key &k) {
  if (k.dictionary) k.printable = false;
  if (k.numeric + k.general + k.human + k.month + (k.version || k.ignores()) <= 1) return;
  char letters[10];
  size_t n = 0;
  if (k.dictionary) letters[n++] = 'd';
  if (k.fold) letters[n++] = 'f';
  if (k.general) letters[n++] = 'g';
  if (k.human) letters[n++] = 'h';
  if (k.printable) letters[n++] = 'i';
  if (k.month) letters[n++] = 'M';
  if (k.numeric) letters[n++] = 'n';
  if (k.version) letters[n++] = 'V';
  die(solo::format("options '-{}' are incompatible", StringView(letters, n)).value());
}

// The modifier letters after a position.
StringView modifiers(StringView s, Key &k, bool at_start) {
  for (; !s.empty(); s.remove_prefix(1)) {
    if (s[0] == 'b')
      (at_start ? k.skip_start_blanks : k.skip_end_blanks) = true;
    else if (s[0] == 'n')
      k.numeric = true;
    else if (s[0] == 'r')
      k.reverse = true;
    else if (!set_ordering(k, s[0]))
      break;
  }
  return s;
}

// -k POS1[,POS2], POS being F[.C][bnr]: GNU's syntax, numbers from 1, C 0 at the end meaning "the end of F".
Key parse_key(StringView spec) {
  Key k;
  StringView s = count(spec, k.sword, "invalid number at field start");
  if (k.sword-- == 0) bad_key("field number is zero", spec);
  if (s.starts_with('.')) {
    s = count(s.substr(1), k.schar, "invalid number after '.'");
    if (k.schar-- == 0) bad_key("character offset is zero", spec);
  }
  s = modifiers(s, k, true);
  if (s.starts_with(',')) {
    s = count(s.substr(1), k.eword, "invalid number after ','");
    if (k.eword-- == 0) bad_key("field number is zero", spec);
    if (s.starts_with('.')) s = count(s.substr(1), k.echar, "invalid number after '.'");
    s = modifiers(s, k, false);
  }
  if (!s.empty()) bad_key("stray character in field spec", spec);
  return k;
}

// Reads a whole input; for a file without a final end of line, adds one so that files never run together.
void read_input(StringView name, solo::String &text, char eol) {
  solo::Fd owned;
  int fd = 0;
  if (name != "-") {
    auto f = solo::io::openat(sys::at_fdcwd, solo::CStr(name.data()), sys::OpenFlags::ReadOnly);
    if (!f) die(solo::format("cannot read: {}: {}", name, f.error()).value());
    owned = std::move(*f);
    fd = owned.get();
  }
  size_t start = text.size();
  if (auto r = solo::io::read_append(fd, text); !r) die(solo::format("read failed: {}: {}", name, r.error()).value());
  if (text.size() > start && text.view().back() != eol) text.push(eol);
}

// -c: where the first line out of order is; 0 when there is none.
int check(StringView name, StringView text, char eol, bool quiet) {
  auto lines = split_lines(text, eol);
  for (size_t i = 1; i < lines.size(); ++i) {
    int c = compare(lines[i - 1].view(), lines[i].view());
    if (c > 0 || (c == 0 && order.unique)) {
      if (quiet) return 1;
      solo::print(solo::io::stderr, "{}: {}:{}: disorder: {}", tool::program, name, i + 1, lines[i].view());
      solo::io::stderr.put(eol);
      (void)solo::io::stderr.flush();
      return 1;
    }
  }
  return 0;
}

// ---- -m --------------------------------------------------------------------------------------------------

// One input of a merge, read a block at a time: `line` is its current line (without the end of line).
struct Cursor {
  solo::Fd owned;
  int fd = 0;
  StringView name;
  solo::String buffer; // what is read and not yet taken; a whole input when it was loaded before -o opened
  size_t start = 0;
  bool eof = false;
  StringView line;

  // The next line into `line`; false at the end.
  bool next(char eol) {
    for (;;) {
      StringView rest = buffer.view().substr(start);
      if (size_t end = rest.find(eol); end != StringView::npos) {
        line = rest.substr(0, end);
        start += end + 1;
        return true;
      }
      if (eof) {
        if (rest.empty()) return false;
        line = rest; // the last line, without an end of line
        start = buffer.size();
        return true;
      }
      buffer.erase(0, start);
      start = 0;
      size_t have = buffer.size();
      buffer.resize(have + 64 * 1024);
      auto r = solo::io::read(fd, buffer.data() + have, 64 * 1024);
      if (!r) die(solo::format("read failed: {}: {}", name, r.error()).value());
      buffer.resize(have + *r);
      eof = *r == 0;
    }
  }
};

// Opens each input (all before the output, so a missing one stops the merge before -o truncates anything); an
// input that is the output file itself is read whole first, as it is about to be overwritten.
solo::Vector<Cursor> open_inputs(char **names, int n, StringView output) {
  sys::Stat out_st;
  bool out_exists = !output.empty() && sys::newfstatat(sys::at_fdcwd, solo::CStr(output.data()), out_st).has_value();
  solo::Vector<Cursor> cursors;
  for (int i = 0; i < n; ++i) {
    Cursor c;
    c.name = names[i];
    if (c.name != "-") {
      auto f = solo::io::openat(sys::at_fdcwd, solo::CStr(names[i]), sys::OpenFlags::ReadOnly);
      if (!f) die(solo::format("cannot read: {}: {}", c.name, f.error()).value());
      c.owned = std::move(*f);
      c.fd = c.owned.get();
    }
    sys::Stat st;
    if (out_exists && sys::fstat(c.fd, st).has_value() && st.st_dev == out_st.st_dev && st.st_ino == out_st.st_ino) {
      if (auto r = solo::io::read_append(c.fd, c.buffer); !r)
        die(solo::format("read failed: {}: {}", c.name, r.error()).value());
      c.eof = true;
    }
    cursors.push(std::move(c));
  }
  return cursors;
}

// Merges inputs that are sorted already, a line of each in memory: the least current line goes out next
// (the earliest input's among equal ones); -u leaves out a line equal to the one written before it.
void merge_inputs(solo::Vector<Cursor> &cursors, solo::io::Stream &out, char eol) {
  solo::Vector<Cursor *> live;
  for (Cursor &c : cursors)
    if (c.next(eol)) live.push(&c);
  solo::String last;
  bool any = false;
  while (!live.empty()) {
    size_t least = 0;
    for (size_t i = 1; i < live.size(); ++i)
      if (compare(live[i]->line, live[least]->line) < 0) least = i;
    Cursor &c = *live[least];
    if (!(order.unique && any && compare(last, c.line) == 0)) {
      out.Sink::write(c.line.data(), c.line.size());
      out.put(eol);
      if (order.unique) {
        last.clear();
        last.append(c.line);
        any = true;
      }
    }
    if (!c.next(eol)) live.erase(live.begin() + static_cast<ptrdiff_t>(least));
  }
}

} // namespace

static const char usage[] = " [OPTION]... [FILE]...\nWrite sorted concatenation of all FILE(s) to standard output.\n\n"
                            "With no FILE, or when FILE is -, read standard input.\n\n"
                            "  -b, --ignore-leading-blanks  ignore leading blanks\n"
                            "  -d, --dictionary-order       consider only blanks, letters and digits\n"
                            "  -f, --ignore-case            fold lower case to upper case\n"
                            "  -g, --general-numeric-sort   compare as floating-point numbers (strtold's)\n"
                            "  -h, --human-numeric-sort     compare numbers with unit suffixes (2K, 1G)\n"
                            "  -i, --ignore-nonprinting     consider only printable characters\n"
                            "  -M, --month-sort             compare month names (JAN < ... < DEC)\n"
                            "  -n, --numeric-sort           compare according to string numerical value\n"
                            "  -V, --version-sort           compare version numbers within text\n"
                            "  -r, --reverse                reverse the result of comparisons\n"
                            "  -c, --check                  check for sorted input; do not sort\n"
                            "  -C                           like -c, but report nothing\n"
                            "  -m, --merge                  merge sorted files; do not sort\n"
                            "  -k, --key=KEYDEF             sort via a key; KEYDEF gives location and type\n"
                            "  -o, --output=FILE            write result to FILE instead of standard output\n"
                            "  -s, --stable                 stabilize sort by disabling last-resort comparison\n"
                            "  -t, --field-separator=SEP    use SEP instead of non-blank to blank transition\n"
                            "  -u, --unique                 with -c, check for strict ordering;\n"
                            "                                 without -c, output only the first of an equal run\n"
                            "  -z, --zero-terminated        line delimiter is NUL, not newline\n\n"
                            "KEYDEF is F[.C][OPTS][,F[.C][OPTS]] for start and stop position, where F is a\n"
                            "field number and C a character position in the field; both are origin 1, and\n"
                            "the stop position defaults to the line's end.  OPTS is one or more of b, d, f, g,\n"
                            "h, i, M, n, r, V.";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'b', "ignore-leading-blanks"},
                                  {'n', "numeric-sort"},
                                  {'r', "reverse"},
                                  {'c', "check"},
                                  {'k', "key", true},
                                  {'o', "output", true},
                                  {'s', "stable"},
                                  {'t', "field-separator", true},
                                  {'u', "unique"},
                                  {'z', "zero-terminated"},
                                  {'d', "dictionary-order"},
                                  {'f', "ignore-case"},
                                  {'i', "ignore-nonprinting"},
                                  {'g', "general-numeric-sort"},
                                  {'h', "human-numeric-sort"},
                                  {'M', "month-sort"},
                                  {'V', "version-sort"},
                                  {'C', nullptr},
                                  {'m', "merge"}};
  Key global; // -b -n -r: for keys without modifiers of their own, and the whole line without keys
  bool check_only = false, quiet = false, merge = false;
  char eol = '\n';
  StringView output;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  char **operands = argv + 1; // filled by keep_operand
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'b':
      global.skip_start_blanks = global.skip_end_blanks = true;
      break;
    case 'n':
      global.numeric = true;
      break;
    case 'r':
      global.reverse = true;
      break;
    case 'c':
      if (quiet) die("options '-cC' are incompatible");
      check_only = true;
      break;
    case 'C':
      if (check_only && !quiet) die("options '-cC' are incompatible");
      check_only = quiet = true;
      break;
    case 'm':
      merge = true;
      break;
    case 'k':
      order.keys.push(parse_key(p.value()));
      break;
    case 'o':
      if (!output.empty() && output != p.value()) die("multiple output files specified");
      output = p.value();
      break;
    case 's':
      order.stable = true;
      break;
    case 't': {
      StringView t = p.value();
      if (t.empty()) die("empty tab");
      char tab = t == "\\0" ? '\0' : t[0];
      if (t.size() > 1 && t != "\\0") die(solo::format("multi-character tab '{}'", t).value());
      if (order.has_tab && order.tab != tab) die("incompatible tabs");
      order.has_tab = true;
      order.tab = tab;
      break;
    }
    case 'u':
      order.unique = true;
      break;
    case 'z':
      eol = '\0';
      break;
    default:
      if (set_ordering(global, static_cast<char>(o))) break;
      if (int status = tool::common_option(o, p, argv, n, usage, 2); status >= 0) return status;
    }
  }
  if (check_only && !output.empty()) die(quiet ? "options '-Co' are incompatible" : "options '-co' are incompatible");
  if (check_only && n > 1) die(solo::format("extra operand '{}' not allowed with -c", operands[1]).value());
  if (n == 0) operands[n++] = tool::dash;
  // Keys without modifiers take the global ones; without keys, global modifiers make the whole line a key.
  order.reverse = global.reverse;
  for (Key &k : order.keys)
    if (!k.has_ordering()) {
      k.skip_start_blanks = global.skip_start_blanks;
      k.skip_end_blanks = global.skip_end_blanks;
      k.numeric = global.numeric;
      k.reverse = global.reverse;
      k.dictionary = global.dictionary;
      k.printable = global.printable;
      k.fold = global.fold;
      k.general = global.general;
      k.human = global.human;
      k.month = global.month;
      k.version = global.version;
    }
  Key unreversed = global;
  unreversed.reverse = false;
  if (order.keys.empty() && unreversed.has_ordering()) order.keys.push(global);
  for (Key &k : order.keys) check_compatible(k);
  tool::lock_down();

  solo::String text;
  solo::Vector<Cursor> cursors;
  solo::Vector<Line> lines;
  if (merge && !check_only) {
    cursors = open_inputs(operands, n, output);
  } else {
    for (int i = 0; i < n; ++i) read_input(operands[i], text, eol);
    if (check_only) return check(operands[0], text, eol, quiet);
    lines = split_lines(text, eol);
    sort_lines(lines);
  }

  // The output opens only now, so that it may be one of the inputs.
  solo::Fd file;
  int fd = 1;
  if (!output.empty()) {
    auto f = solo::io::openat(sys::at_fdcwd, solo::CStr(output.data()),
                              sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::Truncate, 0666);
    if (!f) die(solo::format("open failed: {}: {}", output, f.error()).value());
    file = std::move(*f);
    fd = file.get();
  }
  static char buffer[128 * 1024];
  solo::io::Stream out(fd, buffer, sizeof buffer, solo::io::Stream::Mode::Full);
  if (merge) merge_inputs(cursors, out, eol);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (order.unique && i > 0 && compare(lines[i - 1].view(), lines[i].view()) == 0) continue;
    out.Sink::write(lines[i].text, lines[i].size);
    out.put(eol);
  }
  if (auto r = out.flush(); !r)
    die(solo::format("write failed: {}: {}", output.empty() ? "standard output" : output, r.error()).value());
  return 0;
}
