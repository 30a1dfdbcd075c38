// Characters for the tools that count or show them (wc -m -w -L, quoted names): whether the locale is UTF-8,
// decoding one character as glibc's does (shortest form only, no surrogates, but the old five- and six-byte
// forms and values past U+10FFFF are characters, not printable ones), and what
// a character past ASCII looks like on a terminal. The widths are those of glibc's C.UTF-8 for the ranges
// below (combining marks and zero-width characters 0, East Asian wide and emoji 2, the C1 controls and
// non-characters not printable); a character outside them is taken as printable and one column wide, which
// glibc's full tables say otherwise for only some rare and unassigned code points.
#pragma once

#include <solo/env.hpp>
#include <solo/string_view.hpp>

namespace tool {

// Whether the locale's character set is UTF-8: the first of LC_ALL, LC_CTYPE, LANG that is set and not
// empty names it ("C.UTF-8", "en_US.utf8").
inline bool utf8_locale() {
  static int known = -1;
  if (known >= 0) return known;
  known = 0;
  for (const char *var : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    auto v = solo::env::get(var);
    if (!v || v->view().empty()) continue;
    solo::StringView s = v->view();
    for (size_t i = 0; i + 4 <= s.size(); ++i) {
      if ((s[i] | 0x20) != 'u' || (s[i + 1] | 0x20) != 't' || (s[i + 2] | 0x20) != 'f') continue;
      size_t j = i + 3;
      if (s[j] == '-' && j + 1 < s.size()) ++j;
      if (s[j] == '8') known = 1;
    }
    break;
  }
  return known;
}

// How long the UTF-8 character whose first byte is c is (0: c starts none).
inline size_t utf8_length(unsigned char c) {
  return c < 0x80 ? 1 : c < 0xc2 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : c < 0xf8 ? 4 : c < 0xfc ? 5 : c < 0xfe ? 6 : 0;
}

// The length of the well-formed UTF-8 character at the start of s, or 0; `code` gets its value.
inline size_t utf8_char(solo::StringView s, unsigned &code) {
  if (s.empty()) return 0;
  size_t n = utf8_length(static_cast<unsigned char>(s[0]));
  if (n == 0 || n > s.size()) return 0;
  code = n == 1 ? static_cast<unsigned char>(s[0]) : static_cast<unsigned char>(s[0]) & (0x7f >> n);
  for (size_t i = 1; i < n; ++i) {
    unsigned char k = static_cast<unsigned char>(s[i]);
    if ((k & 0xc0) != 0x80) return 0;
    code = code << 6 | (k & 0x3f);
  }
  static constexpr unsigned least[] = {0, 0, 0x80, 0x800, 0x10000, 0x200000, 0x4000000};
  if (code < least[n] || (code >= 0xd800 && code < 0xe000)) return 0;
  return n;
}

// Whether s (all that is left of a buffer) is the start of a character cut off by its end.
inline bool unfinished_utf8(solo::StringView s) {
  size_t n = utf8_length(static_cast<unsigned char>(s[0]));
  if (n <= s.size()) return false;
  for (size_t i = 1; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80) return false;
  return true;
}

struct CodeRange {
  unsigned first, last;
};

inline bool in(const CodeRange *r, size_t n, unsigned code) {
  for (size_t i = 0; i < n; ++i)
    if (code >= r[i].first && code <= r[i].last) return true;
  return false;
}

// Spaces that separate words for GNU's wc: glibc's iswspace past ASCII, and the no-break spaces GNU's wc adds.
inline bool is_space(unsigned code) {
  static constexpr CodeRange spaces[] = {{0xa0, 0xa0},     {0x1680, 0x1680}, {0x2000, 0x200a}, {0x2028, 0x2029},
                                         {0x202f, 0x202f}, {0x205f, 0x2060}, {0x3000, 0x3000}};
  return in(spaces, sizeof spaces / sizeof *spaces, code);
}

// Columns a character past ASCII takes: -1 when it is not printable.
inline int display_width(unsigned code) {
  static constexpr CodeRange unprintable[] = {{0x80, 0x9f}, {0xfdd0, 0xfdef}, {0xe0000, 0xe0000}};
  static constexpr CodeRange zero[] = {{0x300, 0x36f},   {0x483, 0x489},   {0x591, 0x5bd},     {0x610, 0x61a},
                                       {0x64b, 0x65f},   {0x200b, 0x200f}, {0x202a, 0x202e},   {0x2060, 0x2064},
                                       {0x20d0, 0x20f0}, {0x1ab0, 0x1aff}, {0x1dc0, 0x1dff},   {0xfe00, 0xfe0f},
                                       {0xfe20, 0xfe2f}, {0xfeff, 0xfeff}, {0xe0001, 0xe007f}, {0xe0100, 0xe01ef}};
  static constexpr CodeRange two[] = {{0x1100, 0x115f},   {0x2e80, 0x303e},   {0x3041, 0x33ff},  {0x3400, 0x4dbf},
                                      {0x4e00, 0x9fff},   {0xa000, 0xa4cf},   {0xac00, 0xd7a3},  {0xf900, 0xfaff},
                                      {0xfe30, 0xfe4f},   {0xff00, 0xff60},   {0xffe0, 0xffe6},  {0x1f300, 0x1f64f},
                                      {0x1f900, 0x1f9ff}, {0x20000, 0x2fffd}, {0x30000, 0x3fffd}};
  if (code > 0x10ffff || (code & 0xfffe) == 0xfffe || in(unprintable, sizeof unprintable / sizeof *unprintable, code))
    return -1;
  if (in(zero, sizeof zero / sizeof *zero, code)) return 0;
  return in(two, sizeof two / sizeof *two, code) ? 2 : 1;
}

} // namespace tool
