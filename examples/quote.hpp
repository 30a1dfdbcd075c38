// Names in messages, quoted as GNU's tools quote them in the C locale, so that a name with spaces, quotes or
// control characters reads unambiguously (and compares byte for byte with GNU's messages):
//   tool::quote(s)    'NAME' with C escapes ('c\'d', 'a\nb', '\351'): operands in usage errors
//   tool::quotef(s)   NAME as is when nothing in it is special to a shell (':' included, as it separates
//                     the parts of a message), else shell-quoted: file names at the start of an error
//   tool::quoteaf(s)  always shell-quoted: file names inside a sentence ("cannot remove 'x'")
// Shell quoting is '...', with ' written '\'' and control or non-ASCII bytes as $'\n' / $'\351' outside the
// single quotes; a name whose only troublesome characters are quotes, spaces and colons gets "..." instead.
#pragma once

#include <solo/print.hpp>

namespace tool {

struct Quoted {
  solo::StringView text;
};
struct ShellQuoted {
  solo::StringView text;
  bool always;
  bool colon_special;
};

inline Quoted quote(solo::StringView s) { return {s}; }
inline ShellQuoted quotef(solo::StringView s) { return {s, false, true}; }
inline ShellQuoted quoteaf(solo::StringView s) { return {s, true, false}; }

namespace quoting {

inline bool printable(unsigned char c) { return c >= 0x20 && c < 0x7f; }

// The letter of a C escape for a control character, or 0 when it is written in octal.
inline char escape_letter(unsigned char c) {
  switch (c) {
  case '\a':
    return 'a';
  case '\b':
    return 'b';
  case '\f':
    return 'f';
  case '\n':
    return 'n';
  case '\r':
    return 'r';
  case '\t':
    return 't';
  case '\v':
    return 'v';
  default:
    return 0;
  }
}

inline void put_escaped(unsigned char c, solo::fmt::Sink &out) {
  out.put('\\');
  if (char letter = escape_letter(c)) {
    out.put(letter);
    return;
  }
  out.put(static_cast<char>('0' + (c >> 6)));
  out.put(static_cast<char>('0' + ((c >> 3) & 7)));
  out.put(static_cast<char>('0' + (c & 7)));
}

// Characters a shell would read specially anywhere in a word ('#' and '~' only at its start).
inline bool shell_special(unsigned char c, size_t position, bool colon_special) {
  if (!printable(c)) return true;
  switch (c) {
  case ' ':
  case '!':
  case '"':
  case '$':
  case '&':
  case '\'':
  case '(':
  case ')':
  case '*':
  case ';':
  case '<':
  case '=':
  case '>':
  case '?':
  case '[':
  case '\\':
  case '^':
  case '`':
  case '|':
    return true;
  case ':':
    return colon_special;
  case '#':
  case '~':
    return position == 0;
  default:
    return false;
  }
}

// Characters that read the same inside "..." for a shell and for C: with a single quote and nothing but
// these, the name is double-quoted.
inline bool double_quote_safe(unsigned char c) {
  if (!printable(c)) return false;
  switch (c) {
  case '!':
  case '"':
  case '$':
  case '&':
  case '(':
  case ')':
  case '*':
  case ';':
  case '<':
  case '=':
  case '>':
  case '?':
  case '[':
  case '\\':
  case '^':
  case '`':
  case '|':
    return false;
  default:
    return true;
  }
}

} // namespace quoting
} // namespace tool

template <> struct solo::Formatter<tool::Quoted> : solo::fmt::NoSpec {
  void format(const tool::Quoted &q, solo::fmt::Sink &out) const {
    out.put('\'');
    for (char ch : q.text) {
      auto c = static_cast<unsigned char>(ch);
      if (c == '\'' || c == '\\') {
        out.put('\\');
        out.put(ch);
      } else if (tool::quoting::printable(c)) {
        out.put(ch);
      } else {
        tool::quoting::put_escaped(c, out);
      }
    }
    out.put('\'');
  }
};

template <> struct solo::Formatter<tool::ShellQuoted> : solo::fmt::NoSpec {
  void format(const tool::ShellQuoted &q, solo::fmt::Sink &out) const {
    using namespace tool::quoting;
    bool special = q.text.empty(), single_quote = false, double_safe = true;
    for (size_t i = 0; i < q.text.size(); ++i) {
      auto c = static_cast<unsigned char>(q.text[i]);
      special |= shell_special(c, i, q.colon_special);
      single_quote |= c == '\'';
      double_safe &= double_quote_safe(c);
    }
    if (!special && !q.always) {
      out.write(q.text.data(), q.text.size());
      return;
    }
    if (single_quote && double_safe) {
      out.put('"');
      out.write(q.text.data(), q.text.size());
      out.put('"');
      return;
    }
    // '...' throughout; a run of unprintable bytes closes it for a $'...' and it reopens before the next byte.
    out.put('\'');
    bool open = true, in_dollar = false;
    for (char ch : q.text) {
      auto c = static_cast<unsigned char>(ch);
      if (!printable(c)) {
        if (!in_dollar) {
          if (open) out.put('\'');
          out.write("$'", 2);
          in_dollar = true;
          open = false;
        }
        put_escaped(c, out);
        continue;
      }
      if (in_dollar) {
        out.put('\'');
        in_dollar = false;
      }
      if (!open) {
        out.put('\'');
        open = true;
      }
      if (c == '\'')
        out.write("'\\''", 4);
      else
        out.put(ch);
    }
    if (in_dollar || open) out.put('\'');
  }
};
