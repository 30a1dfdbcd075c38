// mount: without operands (or with -l) lists the mount table as "SOURCE on TARGET type TYPE (OPTIONS)", -t
// keeping only the listed types; with SOURCE and TARGET mounts SOURCE there, the -o words that are mount(2)
// flags as flags and the rest as the filesystem's data (mount_options.hpp). --bind, --rbind, --move, -r, -w
// and the propagation words change what is asked for. The messages and statuses are util-linux's: 1 for bad
// usage, 32 for a failed mount. Not here: /etc/fstab (-a, a lone operand), type probing, loop devices,
// mount.TYPE helpers, utab.
#include "lockdown.hpp"
#include "mount_options.hpp"
#include "mount_table.hpp"
#include "tiny_tool.hpp"

#include <solo/sys/process.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using tool::mount_options::Flags;

constexpr int usage_failure = 1, mount_failure = 32;

// The listing replaces control characters with '?', as util-linux does for names it prints.
solo::String printable(solo::StringView s) {
  solo::String out;
  for (char c : s) out.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? '?' : c);
  return out;
}

// Whether TYPE passes the -t list: "a,b" keeps those types; a word starting "no" keeps every other type.
bool type_matches(solo::StringView type, solo::StringView list) {
  if (list.empty()) return true;
  bool negated = list.size() > 2 && list[0] == 'n' && list[1] == 'o';
  size_t at = 0;
  while (at <= list.size()) {
    size_t end = at;
    while (end < list.size() && list[end] != ',') ++end;
    solo::StringView word = list.substr(at, end - at);
    at = end + 1;
    if (negated && word.size() > 2 && word[0] == 'n' && word[1] == 'o') word = word.substr(2);
    if (word == type) return !negated;
  }
  return negated;
}

int list(solo::StringView types) {
  auto text = tool::mounts::read();
  tool::mounts::each(text, [&](const tool::mounts::Entry &e) {
    if (type_matches(e.type, types))
      solo::println("{} on {} type {} ({})", solo::StringView(printable(e.source)),
                    solo::StringView(printable(e.target)), solo::StringView(printable(e.type)),
                    solo::StringView(e.options));
    return true;
  });
  return tool::flushed(0, usage_failure);
}

bool exists(const char *path, bool &directory) {
  sys::Stat st;
  if (!sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st)) return false;
  directory = sys::is_directory(st.st_mode);
  return true;
}

// util-linux's words for a failed mount(2), then its hint about the kernel log.
int failed(const char *source, const char *target, const char *type, Flags flags, solo::Errno e) {
  auto say = [&](solo::StringView before, solo::StringView value = {}, solo::StringView after = {}) {
    solo::println(solo::io::stderr, "mount: {}: {}{}{}", target, before, value, after);
    solo::println(solo::io::stderr, "       dmesg(1) may have more information after failed mount system call.");
    return mount_failure;
  };
  bool directory = false;
  bool target_exists = exists(target, directory);
  bool remount = has(flags, Flags::Remount);
  // util-linux looks at the mount point before anything else.
  if (!target_exists) return say("mount point does not exist.");
  switch (e) {
  case solo::Errno::EPERM:
    return say(sys::geteuid() == 0 ? "permission denied." : "must be superuser to use mount.");
  case solo::Errno::ENOENT:
    if (!target_exists) return say("mount point does not exist.");
    return say("special device ", source ? source : "none", " does not exist.");
  case solo::Errno::ENOTDIR:
    if (target_exists && !directory) return say("mount point is not a directory.");
    return say("special device ", source ? source : "none", " does not exist (a path prefix is not a directory).");
  case solo::Errno::ENODEV:
    return say("unknown filesystem type '", type ? type : "", "'.");
  case solo::Errno::EINVAL:
    if (remount) return say("mount point not mounted or bad option.");
    return say("wrong fs type, bad option, bad superblock on ", source ? source : "none",
               ", missing codepage or helper program, or other error.");
  case solo::Errno::EBUSY:
    if (remount) return say("mount point is busy.");
    return say(source ? source : "none", " already mounted or mount point busy.");
  default:
    solo::println(solo::io::stderr, "mount: {}: mount(2) system call failed: {}.", target, e);
    solo::println(solo::io::stderr, "       dmesg(1) may have more information after failed mount system call.");
    return mount_failure;
  }
}

} // namespace

int main(int argc, char **argv) {
  tool::program = argv[0];
  enum : int { Bind = 256, Rbind, Move, Shared, Rshared, Private, Rprivate, Slave, Rslave, Unbindable, Runbindable };
  const solo::Option options[] = {
      {'t', "types", true},
      {'o', "options", true},
      {'r', "read-only"},
      {'w', "rw"},
      {'w', "read-write"},
      {'v', "verbose"},
      {'l', "show-labels"},
      {'n', "no-mtab"},
      {'B', "bind", false, Bind},
      {'R', "rbind", false, Rbind},
      {'M', "move", false, Move},
      {0, "make-shared", false, Shared},
      {0, "make-rshared", false, Rshared},
      {0, "make-private", false, Private},
      {0, "make-rprivate", false, Rprivate},
      {0, "make-slave", false, Slave},
      {0, "make-rslave", false, Rslave},
      {0, "make-unbindable", false, Unbindable},
      {0, "make-runbindable", false, Runbindable},
  };
  solo::StringView types;
  tool::mount_options::Parsed want;
  bool verbose = false, propagation_option = false;
  const char *operands[3] = {};
  int count = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case solo::OptionParser::Operand:
      if (count < 3) operands[count] = p.value().data();
      ++count;
      break;
    case solo::OptionParser::Help:
      solo::println("\nUsage:\n {0} [-lhV]\n {0} -a [options]\n {0} [options] [--source] <source> | [--target] "
                    "<directory>\n {0} [options] <source> <directory>\n {0} <operation> <mountpoint> [<target>]",
                    tool::base_name(argv[0]));
      return 0;
    case solo::OptionParser::Version:
      return tool::version(), 0;
    case solo::OptionParser::Error:
      return tool::usage_error(p);
    case 't':
      types = p.value();
      break;
    case 'o':
      tool::mount_options::parse(p.value(), want);
      break;
    case 'r':
      want.flags |= Flags::ReadOnly;
      break;
    case 'w':
      want.flags &= ~Flags::ReadOnly;
      break;
    case 'v':
      verbose = true;
      break;
    case Bind:
      want.flags |= Flags::Bind;
      break;
    case Rbind:
      want.flags |= Flags::Bind | Flags::Rec;
      break;
    case Move:
      want.flags |= Flags::Move;
      break;
    case 'l':
    case 'n':
      break;
    default: {
      static constexpr Flags propagation[] = {
          Flags::Shared, Flags::Shared | Flags::Rec, Flags::Private,    Flags::Private | Flags::Rec,
          Flags::Slave,  Flags::Slave | Flags::Rec,  Flags::Unbindable, Flags::Unbindable | Flags::Rec};
      want.propagation |= propagation[o - Shared];
      propagation_option = true;
    }
    }
  }
  tool::lock_down();
  if (count == 0 && want.flags == Flags::None && want.propagation == Flags::None) return list(types);
  if (count > 2) {
    solo::println(solo::io::stderr, "mount: bad usage");
    tool::try_help();
    return usage_failure;
  }
  bool remount = has(want.flags, Flags::Remount);
  if (count == 1 && !remount && !propagation_option) {
    solo::println(solo::io::stderr, "mount: {}: can't find in /etc/fstab.", operands[0]);
    return usage_failure;
  }
  if (count == 0) {
    solo::println(solo::io::stderr, "mount: bad usage");
    tool::try_help();
    return usage_failure;
  }
  const char *source = count == 2 ? operands[0] : nullptr;
  const char *target = operands[count - 1];
  // util-linux refuses a non-root user before any call (a user mount needs an fstab entry saying "user").
  if (sys::getuid() != 0 || sys::geteuid() != 0) return failed(source, target, nullptr, want.flags, solo::Errno::EPERM);
  bool changes_only_propagation = count == 1 && !remount;
  if (!changes_only_propagation) {
    bool moving = has(want.flags, Flags::Bind) || has(want.flags, Flags::Move) || remount;
    const char *type = types.empty() ? (moving ? "none" : nullptr) : types.data();
    const char *data = want.data.empty() ? nullptr : want.data.c_str();
    if (auto r = sys::mount(source ? source : "none", target, type, want.flags, data); !r)
      return failed(source, target, type, want.flags, r.error());
    // The kernel ignores the other flags of a bind mount: util-linux applies them with a second call.
    Flags rest = want.flags & ~(Flags::Bind | Flags::Rec);
    if (has(want.flags, Flags::Bind) && !remount && rest != Flags::None)
      if (auto r = sys::mount("none", target, nullptr, Flags::Remount | Flags::Bind | rest); !r)
        return failed(source, target, type, want.flags | Flags::Remount, r.error());
  }
  if (want.propagation != Flags::None) {
    if (auto r = sys::mount("none", target, nullptr, want.propagation); !r) {
      solo::println(solo::io::stderr, "mount: {}: not mount point or bad option.", target);
      solo::println(solo::io::stderr, "       dmesg(1) may have more information after failed mount system call.");
      return mount_failure;
    }
  }
  if (verbose) {
    if (changes_only_propagation)
      solo::println("mount: {} propagation flags changed.", target);
    else if (has(want.flags, Flags::Move))
      solo::println("mount: {} moved to {}.", source, target);
    else if (has(want.flags, Flags::Bind))
      solo::println("mount: {} bound on {}.", source, target);
    else
      solo::println("mount: {} mounted on {}.", source ? source : "none", target);
  }
  return tool::flushed(0, usage_failure);
}
