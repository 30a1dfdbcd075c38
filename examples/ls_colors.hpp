// ls --color: the LS_COLORS table (dircolors' format: `di=01;34:ln=01;36:*.tar=01;31:...`) and GNU's
// defaults for what it leaves out. A value may hold escapes: \a \b \e \f \n \r \t \v \? \_ (a space) \\ \^
// \NNN (octal) \xHH (hex), and ^X for a control character (^? is DEL).
#pragma once

#include <solo/string.hpp>
#include <solo/string_view.hpp>
#include <solo/vector.hpp>

namespace tool {

// The two-letter keys, in one order for the table below.
enum class ColorKey {
  Left,
  Right,
  End,
  Reset,
  Normal,
  File,
  Dir,
  Link,
  Fifo,
  Socket,
  Block,
  Char,
  Missing,
  Orphan,
  Exec,
  Door,
  SetUid,
  SetGid,
  Sticky,
  OtherWritable,
  StickyOtherWritable,
  Capability,
  MultiHardlink,
  ClearToEol,
  Count
};

struct LsColors {
  static constexpr const char *keys[] = {"lc", "rc", "ec", "rs", "no", "fi", "di", "ln", "pi", "so", "bd", "cd",
                                         "mi", "or", "ex", "do", "su", "sg", "st", "ow", "tw", "ca", "mh", "cl"};
  // GNU's built-in values (nullptr: not colored unless LS_COLORS says so).
  static constexpr const char *defaults[] = {"\033[", "m",     nullptr, "0",     nullptr, nullptr, "01;34", "01;36",
                                             "33",    "01;35", "01;33", "01;33", nullptr, nullptr, "01;32", "01;35",
                                             "37;41", "30;43", "37;44", "34;42", "30;42", nullptr, nullptr, "\033[K"};
  static_assert(sizeof keys / sizeof *keys == static_cast<size_t>(ColorKey::Count));
  static_assert(sizeof defaults / sizeof *defaults == static_cast<size_t>(ColorKey::Count));

  struct Value {
    solo::String text;
    bool set = false;
  };
  Value values[static_cast<size_t>(ColorKey::Count)];
  struct Suffix {
    solo::String suffix, text;
  };
  solo::Vector<Suffix> suffixes; // the last one given first: it wins, as GNU's
  bool link_as_target = false;   // ln=target: a link in its target's colors

  LsColors() {
    for (size_t i = 0; i < static_cast<size_t>(ColorKey::Count); ++i)
      if (defaults[i]) values[i].text.append(defaults[i]), values[i].set = true;
  }

  const Value &operator[](ColorKey k) const { return values[static_cast<size_t>(k)]; }
  // Colored: set to something other than "", "0" or "00".
  bool colored(ColorKey k) const {
    const Value &v = (*this)[k];
    solo::StringView t = v.text.view();
    return v.set && !(t.empty() || t == "0" || t == "00");
  }

  // The value of the suffix entry matching `name` (the last given of those that match), if any. Letters
  // match in either case, as GNU's 9.1 matches them.
  const solo::String *for_name(solo::StringView name) const {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    for (size_t i = suffixes.size(); i-- > 0;) {
      solo::StringView suffix = suffixes[i].suffix.view();
      if (suffix.size() > name.size()) continue;
      solo::StringView tail = name.substr(name.size() - suffix.size());
      bool same = true;
      for (size_t k = 0; same && k < suffix.size(); ++k) same = lower(tail[k]) == lower(suffix[k]);
      if (same) return &suffixes[i].text;
    }
    return nullptr;
  }

  // Decodes one value or suffix up to `stop` (or the end), moving `s` past it; false for a bad escape.
  static bool decode(solo::StringView &s, char stop, solo::String &out) {
    while (!s.empty() && s[0] != stop && s[0] != ':') {
      char c = s[0];
      s.remove_prefix(1);
      if (c == '^') {
        if (s.empty()) return false;
        char x = s[0];
        s.remove_prefix(1);
        if (x == '?') {
          out.push_back('\x7f');
        } else if (x >= '@' && x <= '~') {
          out.push_back(static_cast<char>(x & 037));
        } else {
          return false;
        }
      } else if (c == '\\') {
        if (s.empty()) return false;
        char x = s[0];
        s.remove_prefix(1);
        if (x >= '0' && x <= '7') {
          unsigned v = static_cast<unsigned>(x - '0');
          for (int n = 1; n < 3 && !s.empty() && s[0] >= '0' && s[0] <= '7'; ++n, s.remove_prefix(1))
            v = v * 8 + static_cast<unsigned>(s[0] - '0');
          out.push_back(static_cast<char>(v));
        } else if (x == 'x' || x == 'X') {
          unsigned v = 0;
          int n = 0;
          for (; n < 2 && !s.empty(); ++n, s.remove_prefix(1)) {
            char h = s[0];
            unsigned d = h >= '0' && h <= '9'   ? static_cast<unsigned>(h - '0')
                         : h >= 'a' && h <= 'f' ? static_cast<unsigned>(h - 'a' + 10)
                         : h >= 'A' && h <= 'F' ? static_cast<unsigned>(h - 'A' + 10)
                                                : 16u;
            if (d == 16) break;
            v = v * 16 + d;
          }
          out.push_back(static_cast<char>(v));
        } else {
          static constexpr solo::StringView from = "abefnrtv?_", to = "\a\b\033\f\n\r\t\v\x7f ";
          size_t i = from.find(x);
          out.push_back(i == solo::StringView::npos ? x : to[i]); // \\, \^, \: and the like are themselves
        }
      } else {
        out.push_back(c);
      }
    }
    return true;
  }

  // Reads LS_COLORS. On an error, `bad_key` names an unknown key (empty for a syntax error) and the
  // result is false: GNU then prints its messages and colors nothing.
  bool parse(solo::StringView spec, solo::String &bad_key) {
    while (!spec.empty()) {
      if (spec[0] == ':') {
        spec.remove_prefix(1);
        continue;
      }
      if (spec[0] == '*') {
        spec.remove_prefix(1);
        Suffix entry;
        if (!decode(spec, '=', entry.suffix) || spec.empty() || spec[0] != '=') return false;
        spec.remove_prefix(1);
        if (!decode(spec, ':', entry.text)) return false;
        suffixes.push(std::move(entry));
        continue;
      }
      if (spec.size() < 3 || spec[2] != '=') return false;
      solo::StringView key = spec.substr(0, 2);
      spec.remove_prefix(3);
      size_t i = 0;
      while (i < static_cast<size_t>(ColorKey::Count) && key != keys[i]) ++i;
      if (i == static_cast<size_t>(ColorKey::Count)) {
        bad_key.append(key);
        return false;
      }
      Value &v = values[i];
      v.text.clear();
      v.set = true;
      if (!decode(spec, ':', v.text)) { // GNU's words for a bad value: the key is unrecognized
        bad_key.append(key);
        return false;
      }
      if (static_cast<ColorKey>(i) == ColorKey::Link) link_as_target = v.text.view() == "target";
    }
    return true;
  }
};

// Whether TERM (or COLORTERM) names a terminal that takes colors, as GNU decides without LS_COLORS: the
// patterns of dircolors' built-in database (`dircolors -p`: COLORTERM ?*, TERM xterm*, *color*, ...).
inline bool term_takes_colors(solo::StringView term, solo::StringView colorterm) {
  if (!colorterm.empty()) return true;
  static constexpr solo::StringView exact[] = {"Eterm",   "ansi",   "cons25",  "console", "cygwin",     "dtterm",
                                               "gnome",   "hurd",   "jfbterm", "konsole", "kterm",      "linux",
                                               "linux-c", "mlterm", "putty",   "st",      "terminator", "vt100"};
  for (solo::StringView e : exact)
    if (term == e) return true;
  for (solo::StringView p :
       {solo::StringView("rxvt"), solo::StringView("screen"), solo::StringView("tmux"), solo::StringView("xterm")})
    if (term.starts_with(p)) return true;
  if (term.find("color") != solo::StringView::npos || term.find("direct") != solo::StringView::npos) return true;
  // con[0-9]*x[0-9]*
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (term.starts_with("con") && term.size() > 3 && digit(term[3]))
    for (size_t i = 4; i + 1 < term.size(); ++i)
      if (term[i] == 'x' && digit(term[i + 1])) return true;
  return false;
}

} // namespace tool
