// File names in messages, quoted the way GNU's tools quote them for a shell: `tool::Quoted{name}` prints a
// name as it is when every byte is harmless ("a/b.c"), and otherwise in single quotes, with a quote inside as
// '\'' and a byte that cannot be shown as $'\n' or $'\303' ("'a b'", "'x'$'\n''y'"); a name holding only a
// single quote as the odd one out goes in double quotes ("a'b"). `always` quotes every name (GNU's rm and cp
// say "cannot remove 'f'"). In a UTF-8 locale (LC_ALL, LC_CTYPE, LANG, in that order) a well-formed character
// past ASCII is shown as it is; in the C locale every byte past ASCII is escaped.
#pragma once

#include "utf8.hpp"

#include <solo/print.hpp>

namespace tool {

struct Quoted {
  solo::StringView name;
  bool always = false;
};

// How many bytes at the start of s show as they are (a printable character), 0 for a byte to escape.
inline size_t shown(solo::StringView s) {
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 0x20 && c < 0x7f;
  unsigned code;
  size_t n = utf8_locale() ? utf8_char(s, code) : 0;
  return n > 0 && display_width(code) >= 0 ? n : 0; // C1 controls and the like are escaped
}

// A byte a shell reads as itself anywhere in a word ('#' and '~' only after the first).
inline bool harmless(char c, size_t at) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  if (c == '#' || c == '~') return at > 0;
  return solo::StringView("%+,-./:@]_{}").find(c) != solo::StringView::npos;
}

} // namespace tool

template <> struct solo::Formatter<tool::Quoted> : solo::fmt::NoSpec {
  void format(const tool::Quoted &q, solo::fmt::Sink &out) const {
    solo::StringView s = q.name;
    bool plain = !s.empty(), escapes = false, single = false, double_special = false;
    for (size_t i = 0; i < s.size();) {
      size_t n = tool::shown(s.substr(i));
      if (n == 0) {
        escapes = true, plain = false, ++i;
        continue;
      }
      if (n == 1 && !tool::harmless(s[i], i)) {
        plain = false;
        if (s[i] == '\'') single = true;
        if (solo::StringView("\"$`\\!").find(s[i]) != solo::StringView::npos) double_special = true;
      }
      i += n;
    }
    if (plain && !q.always) return out.write(s.data(), s.size());
    if (!single || escapes || double_special) {
      // Single quotes, with $'...' stretches for the bytes shown as escapes.
      bool dollar = false;
      out.put('\'');
      for (size_t i = 0; i < s.size();) {
        size_t n = tool::shown(s.substr(i));
        if (n == 0) {
          if (!dollar) out.write("'$'", 3), dollar = true;
          unsigned char c = static_cast<unsigned char>(s[i++]);
          size_t at = solo::StringView("\a\b\t\n\v\f\r").find(static_cast<char>(c));
          out.put('\\');
          if (at != solo::StringView::npos) {
            out.put("abtnvfr"[at]);
          } else {
            out.put(static_cast<char>('0' + (c >> 6)));
            out.put(static_cast<char>('0' + ((c >> 3) & 7)));
            out.put(static_cast<char>('0' + (c & 7)));
          }
          continue;
        }
        if (s[i] == '\'') {
          out.write("'\\''", 4);
          dollar = false;
        } else {
          if (dollar) out.write("''", 2), dollar = false;
          out.write(s.data() + i, n);
        }
        i += n;
      }
      out.put('\'');
      return;
    }
    out.put('"'); // only a single quote among the special bytes: double quotes keep it readable
    out.write(s.data(), s.size());
    out.put('"');
  }
};

namespace tool {

// A name in a message the way GNU's quote() shows it ("env: 'a\tb': No such file or directory"): always in
// quotes, a backslash, the quote and a byte that cannot be shown as C escapes. In a UTF-8 locale the quotes are
// ‘ and ’ (as gnulib chooses for that character set) and only the backslash is escaped among printables.
struct CQuoted {
  solo::StringView name;
};

} // namespace tool

template <> struct solo::Formatter<tool::CQuoted> : solo::fmt::NoSpec {
  void format(const tool::CQuoted &q, solo::fmt::Sink &out) const {
    bool utf8 = tool::utf8_locale();
    solo::StringView open = utf8 ? "\u2018" : "'", close = utf8 ? "\u2019" : "'";
    out.write(open.data(), open.size());
    solo::StringView s = q.name;
    for (size_t i = 0; i < s.size();) {
      size_t n = tool::shown(s.substr(i));
      if (n == 0) {
        unsigned char c = static_cast<unsigned char>(s[i++]);
        size_t at = solo::StringView("\a\b\t\n\v\f\r").find(static_cast<char>(c));
        out.put('\\');
        if (at != solo::StringView::npos) {
          out.put("abtnvfr"[at]);
        } else {
          out.put(static_cast<char>('0' + (c >> 6)));
          out.put(static_cast<char>('0' + ((c >> 3) & 7)));
          out.put(static_cast<char>('0' + (c & 7)));
        }
        continue;
      }
      if (s[i] == '\\' || (!utf8 && s[i] == '\'')) out.put('\\');
      out.write(s.data() + i, n);
      i += n;
    }
    out.write(close.data(), close.size());
  }
};
