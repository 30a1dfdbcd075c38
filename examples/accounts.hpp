// Names of users and groups, from /etc/passwd and /etc/group as files (NAME:PASSWORD:ID:... lines; the
// first line for an id or name wins, as the C library's files backend reads them). For stat, id, chown.
#pragma once

#include <solo/io/read_all.hpp>
#include <solo/parse.hpp>
#include <solo/string.hpp>

namespace tool {

class Accounts {
public:
  // The database's lines (an unreadable file reads as empty: every lookup fails).
  explicit Accounts(const char *path) {
    if (auto text = solo::io::read_file(solo::CStr(path))) text_ = std::move(*text);
  }

  struct Entry {
    solo::StringView name;
    unsigned id = 0;
    solo::StringView fields[5]; // what follows the id: passwd's gid, gecos, home, shell; group's members
  };

  // Calls visit(entry) for each well-formed line until it returns true; returns whether one did.
  template <class Visit> bool each(Visit visit) const {
    solo::StringView all = text_.view();
    while (!all.empty()) {
      size_t nl = all.find('\n');
      solo::StringView line = all.substr(0, nl);
      all.remove_prefix(nl == solo::StringView::npos ? all.size() : nl + 1);
      Entry e;
      solo::StringView parts[8];
      size_t count = 0;
      while (count < 8) {
        size_t colon = line.find(':');
        parts[count++] = line.substr(0, colon);
        if (colon == solo::StringView::npos) break;
        line.remove_prefix(colon + 1);
      }
      if (count < 3 || parts[0].empty()) continue;
      auto id = solo::parse_int<unsigned>(parts[2]);
      if (!id) continue;
      e.name = parts[0];
      e.id = *id;
      for (size_t i = 3; i < count && i - 3 < 5; ++i) e.fields[i - 3] = parts[i];
      if (visit(e)) return true;
    }
    return false;
  }

  bool by_id(unsigned id, Entry &out) const {
    return each([&](const Entry &e) { return e.id == id ? (out = e, true) : false; });
  }
  bool by_name(solo::StringView name, Entry &out) const {
    return each([&](const Entry &e) { return e.name == name ? (out = e, true) : false; });
  }

private:
  solo::String text_;
};

} // namespace tool
