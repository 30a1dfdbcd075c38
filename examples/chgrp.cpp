// chgrp: changes the group of each FILE to GROUP (a name from /etc/group, or a number) or to
// --reference=RFILE's. -R walks trees (ownership.hpp has the walk and the messages, shared with chown).
#include "decimal_text.hpp"
#include "ownership.hpp"

namespace {
namespace own = tool::ownership;
} // namespace

static const tool::ownership::Help help = {
    " [OPTION]... GROUP FILE...\n  or:  chgrp [OPTION]... --reference=RFILE FILE...\n"
    "Change the group of each FILE to GROUP.\n"
    "With --reference, change the group of each FILE to that of RFILE.\n\n",
    "",
    "      --reference=RFILE  use RFILE's group rather than specifying a\n"
    "                         GROUP value\n"};

int main(int argc, char **argv) {
  own::Settings s;
  int n = 0;
  const char *reference = nullptr;
  if (int status = own::parse(argc, argv, false, help, s, n, reference, [](solo::StringView) { return -1; });
      status >= 0)
    return status;
  char **files = argv + 1;
  if (reference) {
    solo::sys::Stat st;
    if (int status = own::read_reference(reference, st); status >= 0) return status;
    s.gid = st.st_gid;
    s.group.present = true;
    own::id_name(s.groups, s.gid, s.group.text);
  } else {
    // A name, else a number as strtoumax reads it (any gid, -1 too, which changes nothing); "" changes nothing.
    solo::StringView name = files[0];
    if (!name.empty()) {
      tool::Accounts::Entry e;
      tool::DecimalText d = tool::read_decimal(name);
      if (s.groups.by_name(name, e)) {
        s.gid = e.id;
      } else if (d.valid && !d.negative && !d.overflow && d.magnitude <= own::unchanged) {
        s.gid = static_cast<unsigned>(d.magnitude);
      } else {
        solo::println(solo::io::stderr, "{}: invalid group: {}", tool::program, tool::quote(name));
        return 1;
      }
      s.group.set(name);
    }
    ++files, --n;
  }
  return own::run(s, files, n);
}
