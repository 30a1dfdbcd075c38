// env -S STRING: one argument split into several the way GNU's env splits it, for the #! line of a script
// (which the kernel hands over as a single argument). Blanks separate; '...' is literal but for \\ and \';
// "..." and the unquoted text know the escapes \f \n \r \t \v \" \' \# \$ \\, and \_ (a space inside double
// quotes, a separator outside); \c outside quotes ends the string; # at the start of a word begins a comment;
// ${NAME} is NAME's value in env's own environment (before -i and -u). Anything else is an error, said as
// GNU's env says it.
#pragma once

#include <solo/env.hpp>
#include <solo/print.hpp>
#include <solo/string.hpp>
#include <solo/vector.hpp>

namespace tool {

using SplitWords = solo::Vector<solo::String, solo::mem::UntilExit>;

namespace detail {

inline bool is_blank(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

inline bool name_char(char c, bool first) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

} // namespace detail

// Returns false after printing the reason (the caller exits with 125).
inline bool split_string(solo::StringView s, SplitWords &words, const char *program) {
  solo::String word;
  bool have = false; // a word is open (possibly empty: '' is an empty argument)
  char quote = 0;
  auto finish_word = [&] {
    if (have) words.push(solo::move(word));
    word = solo::String();
    have = false;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quote == '\'') {
      if (c == '\'') {
        quote = 0;
      } else if (c == '\\' && i + 1 < s.size() && (s[i + 1] == '\\' || s[i + 1] == '\'')) {
        word.push(s[++i]);
      } else {
        word.push(c);
      }
      continue;
    }
    if (quote == '"' && c == '"') {
      quote = 0;
      continue;
    }
    if (quote == 0) {
      if (detail::is_blank(c)) {
        finish_word();
        continue;
      }
      if (c == '#' && !have) break; // a comment, to the end
      if (c == '\'' || c == '"') {
        quote = c;
        have = true;
        continue;
      }
    }
    if (c == '\\') {
      if (i + 1 == s.size()) {
        solo::println(solo::io::stderr, "{}: invalid backslash at end of string in -S", program);
        return false;
      }
      char e = s[++i];
      size_t control = solo::StringView("fnrtv").find(e);
      if (control != solo::StringView::npos) {
        word.push("\f\n\r\t\v"[control]);
      } else if (e == '_') {
        if (quote) {
          word.push(' ');
        } else {
          finish_word();
          continue;
        }
      } else if (e == 'c') {
        if (quote) {
          solo::println(solo::io::stderr, "{}: '\\c' must not appear in double-quoted -S string", program);
          return false;
        }
        break;
      } else if (solo::StringView("\"'#$\\").find(e) != solo::StringView::npos) {
        word.push(e);
      } else {
        solo::println(solo::io::stderr, "{}: invalid sequence '\\{}' in -S", program, solo::StringView(&e, 1));
        return false;
      }
      have = true;
      continue;
    }
    if (c == '$') {
      size_t end = i + 2;
      bool ok = i + 1 < s.size() && s[i + 1] == '{' && end < s.size() && detail::name_char(s[end], true);
      while (ok && end < s.size() && detail::name_char(s[end], false)) ++end;
      if (!ok || end >= s.size() || s[end] != '}') {
        solo::println(solo::io::stderr, "{}: only ${{VARNAME}} expansion is supported, error at: {}", program,
                      s.substr(i));
        return false;
      }
      if (auto value = solo::env::get(s.substr(i + 2, end - i - 2))) word.append(value->view());
      have = true;
      i = end;
      continue;
    }
    word.push(c);
    have = true;
  }
  if (quote) {
    solo::println(solo::io::stderr, "{}: no terminating quote in -S string", program);
    return false;
  }
  finish_word();
  return true;
}

} // namespace tool
