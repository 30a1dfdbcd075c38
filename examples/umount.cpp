// umount: detaches the filesystem mounted at each TARGET (or from each SOURCE, found in /proc/self/mounts);
// -l detaches it now and cleans up once it is no longer busy, -f forces, -R unmounts what is mounted below it
// first, -v says what was unmounted, -n is accepted (there is no mtab to keep). The messages are util-linux's,
// and so is the status: each operand's (32 for a failure, 1 for a non-root user's "not mounted") added up.
#include "lockdown.hpp"
#include "mount_table.hpp"
#include "tiny_tool.hpp"

#include <solo/sys/process.hpp>
#include <solo/sys/stat.hpp>
#include <solo/sys/system.hpp>
#include <solo/vector.hpp>

namespace {

namespace sys = solo::sys;
constexpr int usage_failure = 1, umount_failure = 32;

struct Found {
  bool mounted = false;
  solo::String source, target;
};

// The mount last made at `name`, or else the last one of `name` as a source.
Found find(solo::StringView table, solo::StringView name) {
  Found by_target, by_source;
  tool::mounts::each(table, [&](const tool::mounts::Entry &e) {
    if (e.target.view() == name) by_target = {true, solo::String::from(e.source), solo::String::from(e.target)};
    if (e.source.view() == name) by_source = {true, solo::String::from(e.source), solo::String::from(e.target)};
    return true;
  });
  return by_target.mounted ? static_cast<Found &&>(by_target) : static_cast<Found &&>(by_source);
}

int say(solo::StringView name, solo::StringView what, int status) {
  solo::println(solo::io::stderr, "umount: {}: {}", name, what);
  return status;
}

int detach(const Found &f, sys::UmountFlags flags, bool verbose, bool by_source) {
  if (auto r = sys::umount2(f.target.c_str(), flags); !r) {
    switch (r.error()) {
    case solo::Errno::EBUSY:
      return say(f.target, "target is busy.", umount_failure);
    case solo::Errno::EINVAL:
      return say(f.target, "not mounted.", umount_failure);
    case solo::Errno::EPERM:
      return say(f.target, "must be superuser to unmount.", umount_failure);
    default:
      solo::println(solo::io::stderr, "umount: {}: umount failed: {}.", f.target, r.error());
      return umount_failure;
    }
  }
  if (verbose) {
    if (!by_source)
      solo::println("umount: {} unmounted", f.target);
    else
      solo::println("umount: {} ({}) unmounted", f.target, f.source);
  }
  return 0;
}

int unmount(const char *name, sys::UmountFlags flags, bool recursive, bool verbose) {
  auto table = tool::mounts::read();
  Found f = find(table, name);
  bool by_source = f.mounted && !(f.target.view() == solo::StringView(name));
  bool root = sys::getuid() == 0 && sys::geteuid() == 0;
  if (!f.mounted) {
    sys::Stat st;
    if (auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(name), st); !r) {
      // A non-root user's umount looks the name up itself before asking the kernel.
      if (!root) {
        solo::println(solo::io::stderr, "umount: {}: {}", name, r.error());
        return usage_failure;
      }
      return say(name, "no mount point specified.", umount_failure);
    }
    if (recursive) return say(name, "not mounted", usage_failure);
    return say(name, "not mounted.", root ? umount_failure : usage_failure);
  }
  if (!root) return say(f.target, "must be superuser to unmount.", umount_failure);
  if (!recursive) return detach(f, flags, verbose, by_source);
  // Below it first, the latest mounts first: what was mounted last may sit on what was mounted before.
  solo::Vector<Found> below;
  tool::mounts::each(table, [&](const tool::mounts::Entry &e) {
    solo::StringView t = e.target, top = f.target;
    bool under =
        t == top || (t.size() > top.size() && t.substr(0, top.size()) == top && (top == "/" || t[top.size()] == '/'));
    if (under) below.push_back({true, solo::String::from(e.source), solo::String::from(e.target)});
    return true;
  });
  for (size_t i = below.size(); i-- > 0;)
    if (int status = detach(below[i], flags, verbose, false); status != 0) return status;
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {
      {'l', "lazy"}, {'f', "force"}, {'R', "recursive"}, {'v', "verbose"}, {'n', "no-mtab"},
  };
  auto flags = sys::UmountFlags::None;
  bool recursive = false, verbose = false;
  int count = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case solo::OptionParser::Operand:
      tool::keep_operand(argv, count, p.value());
      break;
    case solo::OptionParser::Help:
      solo::println("\nUsage:\n {0} [-hV]\n {0} -a [options]\n {0} [options] <source> | <directory>",
                    tool::base_name(argv[0]));
      return 0;
    case solo::OptionParser::Version:
      return tool::version(), 0;
    case solo::OptionParser::Error:
      return tool::usage_error(p);
    case 'l':
      flags |= sys::UmountFlags::Detach;
      break;
    case 'f':
      flags |= sys::UmountFlags::Force;
      break;
    case 'R':
      recursive = true;
      break;
    case 'v':
      verbose = true;
      break;
    default:
      break;
    }
  }
  tool::lock_down();
  if (count == 0) {
    solo::println(solo::io::stderr, "umount: bad usage");
    tool::try_help();
    return usage_failure;
  }
  int status = 0;
  for (int i = 0; i < count; ++i) status += unmount(argv[1 + i], flags, recursive, verbose);
  return tool::flushed(status, usage_failure);
}
