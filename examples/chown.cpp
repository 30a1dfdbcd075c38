// chown: changes the owner and/or group of each FILE to OWNER[:GROUP] (names from /etc/passwd and /etc/group,
// or numbers; "OWNER:" takes OWNER's login group, ":GROUP" the group alone), or to --reference=RFILE's;
// --from=OWNER:GROUP changes only the files that have them. -R walks trees (ownership.hpp has the walk and
// the messages, shared with chgrp).
#include "decimal_text.hpp"
#include "ownership.hpp"

namespace {

namespace own = tool::ownership;

// An id written as a number: decimal as strtoul reads it, not negative, and not -1 (which means "unchanged").
bool numeric_id(solo::StringView s, unsigned &id) {
  tool::DecimalText d = tool::read_decimal(s);
  if (!d.valid || d.negative || d.overflow || d.magnitude >= own::unchanged) return false;
  id = static_cast<unsigned>(d.magnitude);
  return true;
}

struct Spec {
  unsigned uid = own::unchanged, gid = own::unchanged;
  own::Name user, group; // set for names, not for numbers (messages print the number then)
};

// OWNER[:GROUP] split at `separator` (or not at all, at npos). Returns the error's text, or null.
const char *parse_at(const own::Settings &s, solo::StringView text, size_t separator, Spec &out) {
  out = Spec{};
  bool has_separator = separator != solo::StringView::npos;
  solo::StringView u = text.substr(0, separator);
  solo::StringView g = has_separator ? text.substr(separator + 1) : solo::StringView();
  if (!u.empty()) {
    tool::Accounts::Entry e;
    if (!s.passwd.by_name(u, e)) {
      if (has_separator && g.empty()) return "invalid spec"; // a login group needs a user that has a name
      if (!numeric_id(u, out.uid)) return "invalid user";
    } else {
      out.uid = e.id;
      out.user.set(u);
      if (has_separator && g.empty()) {
        auto gid = solo::parse_int<unsigned>(e.fields[0]);
        out.gid = gid ? *gid : 0;
        out.group.present = true;
        own::id_name(s.groups, out.gid, out.group.text);
      }
    }
  }
  if (!g.empty()) {
    tool::Accounts::Entry e;
    if (s.groups.by_name(g, e)) {
      out.gid = e.id;
      out.group.set(g);
    } else if (!numeric_id(g, out.gid)) {
      return "invalid group";
    }
  }
  return nullptr;
}

// GNU's reading of a spec: at its first ':', or when it has none but a '.', first as a whole user name and
// then split at the '.', with a warning, since that old form is not POSIX's. Returns 0, or 1 after saying why.
int parse_spec(const own::Settings &s, const char *text, Spec &out) {
  solo::StringView t = text;
  const char *error;
  if (size_t colon = t.find(':'); colon != solo::StringView::npos || t.find('.') == solo::StringView::npos) {
    error = parse_at(s, t, colon, out);
  } else if ((error = parse_at(s, t, solo::StringView::npos, out)) != nullptr) {
    Spec split;
    if (!parse_at(s, t, t.find('.'), split)) {
      solo::println(solo::io::stderr, "{}: warning: '.' should be ':': {}", tool::program, tool::quote(text));
      out = std::move(split);
      error = nullptr;
    }
  }
  if (!error) return 0;
  solo::println(solo::io::stderr, "{}: {}: {}", tool::program, error, tool::quote(text));
  return 1;
}

} // namespace

static const tool::ownership::Help help = {
    " [OPTION]... [OWNER][:[GROUP]] FILE...\n  or:  chown [OPTION]... --reference=RFILE FILE...\n"
    "Change the owner and/or group of each FILE to OWNER and/or GROUP.\n"
    "With --reference, change the owner and group of each FILE to those of RFILE.\n\n",
    "      --from=CURRENT_OWNER:CURRENT_GROUP\n"
    "                         change the owner and/or group of each file only if\n"
    "                         its current owner and/or group match those specified\n"
    "                         here.  Either may be omitted, in which case a match\n"
    "                         is not required for the omitted attribute\n",
    "      --reference=RFILE  use RFILE's owner and group rather than\n"
    "                         specifying OWNER:GROUP values\n"};

int main(int argc, char **argv) {
  own::Settings s;
  int n = 0;
  const char *reference = nullptr;
  auto from = [&](solo::StringView value) {
    Spec required;
    if (parse_spec(s, value.data(), required) != 0) return 1;
    s.required_uid = required.uid, s.required_gid = required.gid;
    return -1;
  };
  if (int status = own::parse(argc, argv, true, help, s, n, reference, from); status >= 0) return status;
  char **files = argv + 1;
  if (reference) {
    solo::sys::Stat st;
    if (int status = own::read_reference(reference, st); status >= 0) return status;
    s.uid = st.st_uid, s.gid = st.st_gid;
    s.user.present = s.group.present = true;
    own::id_name(s.passwd, s.uid, s.user.text);
    own::id_name(s.groups, s.gid, s.group.text);
  } else {
    Spec spec;
    if (parse_spec(s, files[0], spec) != 0) return 1;
    s.uid = spec.uid, s.gid = spec.gid;
    s.user = std::move(spec.user), s.group = std::move(spec.group);
    // A group by name without an owner is told of as "ownership of F ... to :GROUP", as GNU's does.
    if (!s.user.present && s.group.present) s.user.set("");
    ++files, --n;
  }
  return own::run(s, files, n);
}
