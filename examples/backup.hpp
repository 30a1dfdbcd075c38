// Backups of a file about to be replaced (ln -b, mv -b), GNU's way: --backup=CONTROL (or $VERSION_CONTROL
// for -b) chooses none/off, simple/never (NAME + suffix: -S, $SIMPLE_BACKUP_SUFFIX, or "~"), numbered/t
// (NAME.~N~, one more than the highest there) or existing/nil (numbered when NAME already has numbered
// backups, simple otherwise; the default).
#pragma once

#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/env.hpp>
#include <solo/io.hpp>
#include <solo/parse.hpp>
#include <solo/string.hpp>
#include <solo/sys/dir.hpp>

namespace tool {

enum class Backup { None, Simple, Numbered, Existing };

// CONTROL as a unique abbreviation of a name; false (with GNU's message) when it is none or ambiguous.
inline bool parse_backup(solo::StringView text, Backup &out, const char *what = "backup type") {
  struct Name {
    const char *name;
    Backup backup;
  };
  static constexpr Name names[] = {{"none", Backup::None},         {"off", Backup::None},
                                   {"simple", Backup::Simple},     {"never", Backup::Simple},
                                   {"existing", Backup::Existing}, {"nil", Backup::Existing},
                                   {"numbered", Backup::Numbered}, {"t", Backup::Numbered}};
  const Name *found = nullptr;
  bool ambiguous = false;
  for (const Name &n : names) {
    solo::StringView name = n.name;
    if (name == text) return out = n.backup, true;
    if (name.starts_with(text)) {
      if (found && found->backup != n.backup) ambiguous = true;
      found = &n;
    }
  }
  if (!found || ambiguous) {
    solo::println(solo::io::stderr, "{}: {} argument {} for {}", program, ambiguous ? "ambiguous" : "invalid",
                  quote(text), quote(what));
    solo::println(solo::io::stderr, "Valid arguments are:\n  - 'none', 'off'\n  - 'simple', 'never'\n"
                                    "  - 'existing', 'nil'\n  - 'numbered', 't'");
    try_help();
    return false;
  }
  out = found->backup;
  return true;
}

// -b without a CONTROL: $VERSION_CONTROL, else existing. False when the variable holds no valid name.
inline bool default_backup(Backup &out) {
  auto v = solo::env::get("VERSION_CONTROL");
  if (!v || v->c_str()[0] == '\0') return out = Backup::Existing, true;
  return parse_backup(v->c_str(), out, "$VERSION_CONTROL");
}

inline solo::StringView backup_suffix(const char *option) {
  if (option) return option;
  auto v = solo::env::get("SIMPLE_BACKUP_SUFFIX");
  if (v && v->c_str()[0] != '\0') return v->c_str();
  return "~";
}

// The name `path`'s backup gets: NAME.~N~ when numbered (N one past the highest in its directory), else
// NAME + suffix.
inline solo::Result<solo::String> backup_name(solo::StringView path, Backup kind, solo::StringView suffix) {
  namespace sys = solo::sys;
  solo::String name;
  if (auto r = name.try_append(path); !r) return r.error();
  if (kind == Backup::Numbered || kind == Backup::Existing) {
    size_t slash = path.rfind('/');
    solo::StringView base = slash == solo::StringView::npos ? path : path.substr(slash + 1);
    solo::String dir;
    dir.append(slash == solo::StringView::npos ? solo::StringView(".") : path.substr(0, slash + 1));
    unsigned long highest = 0;
    if (auto d = sys::Dir::open(sys::at_fdcwd, dir.cstr())) {
      for (const sys::DirEntry &e : *d) {
        solo::StringView n = e.name().c_str();
        if (!n.starts_with(base) || n.size() < base.size() + 4) continue;
        n.remove_prefix(base.size());
        if (!n.starts_with(".~") || !n.ends_with('~')) continue;
        solo::StringView digits = n.substr(2, n.size() - 3);
        if (digits.empty() || digits[0] == '0' || digits.find_first_not_of("0123456789") != solo::StringView::npos)
          continue;
        if (auto v = solo::parse_int<unsigned long>(digits); v && *v > highest) highest = *v;
      }
    }
    if (kind == Backup::Numbered || highest > 0) {
      char buf[24];
      name.append(".~");
      name.append(solo::io::to_decimal_unsigned(highest + 1, buf));
      name.append("~");
      return name;
    }
  }
  name.append(suffix);
  return name;
}

} // namespace tool
