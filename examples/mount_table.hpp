// The mount table as the kernel lists it in /proc/self/mounts: one line per mount, "SOURCE TARGET FSTYPE
// OPTIONS 0 0", where the kernel writes a space, tab, newline and backslash inside a field as a backslash and
// three octal digits (\040, \011, \012, \134). Shared by mount (the listing) and umount (what is mounted where).
#pragma once

#include <solo/io/read_all.hpp>
#include <solo/string.hpp>
#include <solo/string_view.hpp>

namespace tool::mounts {

struct Entry {
  solo::String source, target, type, options;
};

// A field with its octal escapes undone.
inline solo::String unescape(solo::StringView field) {
  solo::String out;
  auto octal = [](char d) { return d >= '0' && d <= '7'; };
  for (size_t i = 0; i < field.size(); ++i) {
    char c = field[i];
    if (c == '\\' && i + 3 < field.size() && octal(field[i + 1]) && octal(field[i + 2]) && octal(field[i + 3])) {
      c = static_cast<char>((field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 + (field[i + 3] - '0'));
      i += 3;
    }
    out.push_back(c);
  }
  return out;
}

// Calls fn(const Entry &) for each line of `text`, in order; stops early when fn returns false.
template <class Fn> void each(solo::StringView text, Fn fn) {
  size_t at = 0;
  while (at < text.size()) {
    size_t end = at;
    while (end < text.size() && text[end] != '\n') ++end;
    solo::StringView line = text.substr(at, end - at);
    at = end + 1;
    solo::StringView fields[4];
    size_t n = 0, i = 0;
    while (n < 4 && i < line.size()) {
      while (i < line.size() && line[i] == ' ') ++i;
      size_t start = i;
      while (i < line.size() && line[i] != ' ') ++i;
      if (i > start) fields[n++] = line.substr(start, i - start);
    }
    if (n < 4) continue;
    Entry e{unescape(fields[0]), unescape(fields[1]), unescape(fields[2]), unescape(fields[3])};
    if (!fn(static_cast<const Entry &>(e))) return;
  }
}

// The whole of /proc/self/mounts (empty when it cannot be read).
inline solo::String read() {
  auto text = solo::io::read_file("/proc/self/mounts");
  return text ? static_cast<solo::String &&>(*text) : solo::String();
}

} // namespace tool::mounts
