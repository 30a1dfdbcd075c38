// id: the user and group ids of this process (real and effective, and the supplementary groups) or of each
// USER named (from /etc/passwd, with the groups /etc/group lists them in), as
// "uid=0(root) gid=0(root) groups=0(root)", or one of them with -u, -g or -G; -n prints names, -r the real
// ids, -z separates with NUL.
#include "accounts.hpp"
#include "lockdown.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/sys/process.hpp>
#include <solo/vector.hpp>

namespace {

namespace sys = solo::sys;

void put_id(solo::io::Stream &out, unsigned id, tool::Accounts &db) {
  tool::Accounts::Entry e;
  solo::print(out, "{}", id);
  if (db.by_id(id, e)) solo::print(out, "({})", e.name);
}

// One id as -u, -g and -G print it: the number, or with -n the name (the number when there is none).
bool put_single(solo::io::Stream &out, unsigned id, tool::Accounts &db, bool names, const char *what) {
  tool::Accounts::Entry e;
  if (!names) return solo::print(out, "{}", id), true;
  if (db.by_id(id, e)) return solo::print(out, "{}", e.name), true;
  // What is printed so far goes out before the message, as GNU's error() flushes it first.
  (void)out.flush();
  solo::println(solo::io::stderr, "{}: cannot find name for {} ID {}", tool::program, what, id);
  solo::print(out, "{}", id);
  return false;
}

struct Identity {
  unsigned ruid, euid, rgid, egid;
  solo::Vector<unsigned> groups; // for -G: the real group, the effective one, the rest; without repeats
  solo::Vector<unsigned> listed; // for "groups=": the effective group, then the rest (GNU's two lists differ)
};

void add_group(solo::Vector<unsigned> &list, unsigned g) {
  for (unsigned x : list)
    if (x == g) return;
  list.push_back(g);
}

} // namespace

static const char usage[] = " [OPTION]... [USER]...\n"
                            "Print user and group information for each specified USER,\n"
                            "or (when USER omitted) for the current process.\n\n"
                            "  -a             ignore, for compatibility with other versions\n"
                            "  -g, --group    print only the effective group ID\n"
                            "  -G, --groups   print all group IDs\n"
                            "  -n, --name     print a name instead of a number, for -ugG\n"
                            "  -r, --real     print the real ID instead of the effective ID, with -ugG\n"
                            "  -u, --user     print only the effective user ID\n"
                            "  -z, --zero     delimit entries with NUL characters, not whitespace;\n"
                            "                   not permitted in default format";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'a', nullptr}, {'g', "group"}, {'G', "groups"}, {'n', "name"},
                                  {'r', "real"},  {'u', "user"},  {'z', "zero"}};
  bool user = false, group = false, all_groups = false, names = false, real = false, zero = false;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'a':
      break;
    case 'g':
      group = true;
      break;
    case 'G':
      all_groups = true;
      break;
    case 'n':
      names = true;
      break;
    case 'r':
      real = true;
      break;
    case 'u':
      user = true;
      break;
    case 'z':
      zero = true;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (user + group + all_groups > 1) {
    solo::println(solo::io::stderr, "{}: cannot print \"only\" of more than one choice", tool::program);
    return 1;
  }
  bool default_format = !(user || group || all_groups);
  if (default_format && (names || real)) {
    solo::println(solo::io::stderr, "{}: cannot print only names or real IDs in default format", tool::program);
    return 1;
  }
  if (default_format && zero) {
    solo::println(solo::io::stderr, "{}: option --zero not permitted in default format", tool::program);
    return 1;
  }
  tool::Accounts passwd("/etc/passwd"), group_db("/etc/group");
  // This process's own groups, asked before the lockdown.
  Identity self;
  self.ruid = sys::getuid(), self.euid = sys::geteuid(), self.rgid = sys::getgid(), self.egid = sys::getegid();
  static unsigned list[65536];
  int count = n == 0 ? sys::getgroups(65536, list).value_or(0) : 0;
  tool::lock_down();
  auto &out = solo::io::stdout;
  char separator = zero ? '\0' : ' ', end = zero ? '\0' : '\n';
  int status = 0;
  for (int i = 0; i < (n == 0 ? 1 : n); ++i) {
    Identity who;
    bool for_user = n > 0;
    if (!for_user) {
      who.ruid = self.ruid, who.euid = self.euid, who.rgid = self.rgid, who.egid = self.egid;
      add_group(who.groups, who.rgid);
      add_group(who.groups, who.egid);
      add_group(who.listed, who.egid);
      for (int k = 0; k < count; ++k) add_group(who.groups, list[k]), add_group(who.listed, list[k]);
    } else {
      // A name, or else a number that names a user.
      solo::StringView name = argv[1 + i];
      tool::Accounts::Entry e;
      bool found = passwd.by_name(name, e);
      if (!found) {
        auto number = solo::parse_int<unsigned>(name);
        found = number && !name.starts_with('+') && passwd.by_id(*number, e);
      }
      if (!found) {
        solo::println(solo::io::stderr, "{}: {}: no such user", tool::program, tool::quote(name));
        status = 1;
        continue;
      }
      auto gid = solo::parse_int<unsigned>(e.fields[0]);
      who.ruid = who.euid = e.id;
      who.rgid = who.egid = gid ? *gid : 0;
      add_group(who.groups, who.rgid);
      solo::StringView login = e.name;
      group_db.each([&](const tool::Accounts::Entry &g) {
        solo::StringView members = g.fields[0];
        while (!members.empty()) {
          size_t comma = members.find(',');
          if (members.substr(0, comma) == login) add_group(who.groups, g.id);
          members.remove_prefix(comma == solo::StringView::npos ? members.size() : comma + 1);
        }
        return false;
      });
    }
    if (user) {
      if (!put_single(out, real ? who.ruid : who.euid, passwd, names, "user")) status = 1;
      out.put(end);
    } else if (group) {
      if (!put_single(out, real ? who.rgid : who.egid, group_db, names, "group")) status = 1;
      out.put(end);
    } else if (all_groups) {
      for (size_t k = 0; k < who.groups.size(); ++k) {
        if (k) out.put(separator);
        if (!put_single(out, who.groups[k], group_db, names, "group")) status = 1;
      }
      out.put(end);
    } else {
      solo::print("uid=");
      put_id(out, who.ruid, passwd);
      solo::print(" gid=");
      put_id(out, who.rgid, group_db);
      if (who.euid != who.ruid) {
        solo::print(" euid=");
        put_id(out, who.euid, passwd);
      }
      if (who.egid != who.rgid) {
        solo::print(" egid=");
        put_id(out, who.egid, group_db);
      }
      solo::print(" groups=");
      const solo::Vector<unsigned> &listed = for_user ? who.groups : who.listed;
      for (size_t k = 0; k < listed.size(); ++k) {
        if (k) out.put(',');
        put_id(out, listed[k], group_db);
      }
      out.put('\n');
    }
  }
  return status;
}
