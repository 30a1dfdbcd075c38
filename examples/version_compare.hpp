// Version order of names, as GNU's ls -v and sort -V define it (coreutils' "Details about version sort"):
// runs of digits compare as numbers and the rest byte by byte with letters before other bytes and `~` before
// everything, even the end; "." then ".." then other dot names come first; a trailing suffix such as ".tar.gz"
// (each part a dot, a letter or `~`, then letters, digits or `~`) is ignored unless the names tie without it.
// Checked against GNU's ls -v on names built to hit each rule (tests/tools/ls.sh).
#pragma once

#include <solo/string_view.hpp>

namespace tool {

namespace version_detail {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The weight of the byte at `i` outside a run of digits: the end (-1) sorts after `~` (-2) and before
// everything else; letters before the other bytes; a digit (0) ends the non-digit part.
inline int weight(solo::StringView s, size_t i) {
  if (i == s.size()) return -1;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (is_digit(s[i])) return 0;
  if (is_alpha(s[i])) return c;
  if (c == '~') return -2;
  return c + 256;
}

// The length of `s` without its suffix: the longest tail of parts ".X..." where X is a letter or `~` and
// the rest letters, digits or `~`. A dot name can be all suffix (".bashrc" is compared as "" first).
inline size_t without_suffix(solo::StringView s) {
  size_t kept = 0;
  for (size_t i = 0;;) {
    while (i + 1 < s.size() && s[i] == '.' && (is_alpha(s[i + 1]) || s[i + 1] == '~'))
      for (i += 2; i < s.size() && (is_alpha(s[i]) || is_digit(s[i]) || s[i] == '~'); ++i) {
      }
    if (i >= s.size()) return kept;
    kept = ++i; // not a suffix after all: everything up to here is kept
  }
}

// Alternating non-digit parts (by weight) and digit runs (by value: leading zeros skipped, then the longer
// run, then the first differing digit).
inline int compare_parts(solo::StringView a, solo::StringView b) {
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    while ((i < a.size() && !is_digit(a[i])) || (j < b.size() && !is_digit(b[j]))) {
      int x = weight(a, i), y = weight(b, j);
      if (x != y) return x - y;
      ++i, ++j;
    }
    while (i < a.size() && a[i] == '0') ++i;
    while (j < b.size() && b[j] == '0') ++j;
    int first_difference = 0;
    for (; i < a.size() && j < b.size() && is_digit(a[i]) && is_digit(b[j]); ++i, ++j)
      if (!first_difference) first_difference = a[i] - b[j];
    if (i < a.size() && is_digit(a[i])) return 1;
    if (j < b.size() && is_digit(b[j])) return -1;
    if (first_difference) return first_difference;
  }
  return 0;
}

} // namespace version_detail

// <0, 0 or >0. Names that differ only where version order sees no difference (leading zeros) compare equal:
// callers break such ties by byte order.
inline int version_compare(solo::StringView a, solo::StringView b) {
  using namespace version_detail;
  if (a.empty() || b.empty()) return a.empty() ? (b.empty() ? 0 : -1) : 1;
  // ".", "..", then other names starting with a dot, then the rest.
  if ((a[0] == '.') != (b[0] == '.')) return a[0] == '.' ? -1 : 1;
  if (a[0] == '.') {
    for (solo::StringView special : {solo::StringView("."), solo::StringView("..")}) {
      if (a == special || b == special) return a == b ? 0 : a == special ? -1 : 1;
    }
  }
  size_t a_kept = without_suffix(a), b_kept = without_suffix(b);
  int r = compare_parts(a.substr(0, a_kept), b.substr(0, b_kept));
  if (r != 0 || (a_kept == a.size() && b_kept == b.size())) return r;
  return compare_parts(a, b);
}

} // namespace tool
