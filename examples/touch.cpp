// touch: sets the access and modification times of each FILE (creating it, empty, unless -c or -h) to now,
// to -d DATE, to -t [[CC]YY]MMDDhhmm[.ss], or to -r FILE's; -a or -m (--time=) changes only one of them,
// -h a symbolic link itself. "-" is standard output. When no time is given the kernel's "now" is used, so
// that a user who may write the file but does not own it can still touch it (as with GNU's).
#include "date_input.hpp"
#include "lockdown.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/io/retry.hpp>
#include <solo/sys/stat.hpp>
#include <solo/time.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

bool touch(const char *file, const solo::Timespec *times, bool create, bool no_dereference) {
  bool standard_output = solo::StringView(file) == "-";
  solo::Fd fd;
  Errno open_error = Errno(0);
  if (!standard_output && create && !no_dereference) {
    auto r = solo::io::openat(sys::at_fdcwd, solo::CStr(file),
                              sys::OpenFlags::WriteOnly | sys::OpenFlags::Create | sys::OpenFlags::NonBlock |
                                  sys::OpenFlags::NoCtty | sys::OpenFlags::CloseOnExec,
                              0666);
    if (r)
      fd = std::move(*r);
    else
      open_error = r.error();
  }
  solo::Result<void> done;
  if (standard_output)
    done = sys::utimensat(1, nullptr, times);
  else if (fd.valid())
    done = sys::utimensat(fd, nullptr, times);
  else
    done = sys::utimensat(sys::at_fdcwd, solo::CStr(file), times,
                          no_dereference ? sys::AtFlags::SymlinkNoFollow : sys::AtFlags::None);
  if (done) return true;
  if (open_error != Errno(0) && open_error != Errno::EISDIR) {
    // GNU's wording covers both a file that cannot be created and one that cannot be written.
    solo::println(solo::io::stderr, "{}: cannot touch {}: {}", tool::program, tool::quoteaf(file), open_error);
    return false;
  }
  if (!create && done.error() == Errno::ENOENT) return true;
  solo::println(solo::io::stderr, "{}: setting times of {}: {}", tool::program, tool::quoteaf(file), done.error());
  return false;
}

} // namespace

static const char usage[] = " [OPTION]... FILE...\n"
                            "Update the access and modification times of each FILE to the current time.\n\n"
                            "  -a                     change only the access time\n"
                            "  -c, --no-create        do not create any files\n"
                            "  -d, --date=STRING      parse STRING and use it instead of current time\n"
                            "  -f                     (ignored)\n"
                            "  -h, --no-dereference   affect each symbolic link instead of any referenced file\n"
                            "  -m                     change only the modification time\n"
                            "  -r, --reference=FILE   use this file's times instead of current time\n"
                            "  -t STAMP               use [[CC]YY]MMDDhhmm[.ss] instead of current time\n"
                            "      --time=WORD        change the specified time: access, atime, use: -a;\n"
                            "                           modify, mtime: -m";

int main(int argc, char **argv) {
  tool::program = argv[0];
  constexpr int time_id = 1000;
  const solo::Option options[] = {{'a', nullptr},           {'c', "no-create"},      {'d', "date", true},
                                  {'f', nullptr},           {'h', "no-dereference"}, {'m', nullptr},
                                  {'r', "reference", true}, {'t', nullptr, true},    {0, "time", true, time_id}};
  bool access = false, modify = false, create = true, no_dereference = false;
  const char *date = nullptr, *stamp = nullptr, *reference = nullptr;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'a':
      access = true;
      break;
    case 'c':
      create = false;
      break;
    case 'd':
      date = p.value().data();
      break;
    case 'f':
      break;
    case 'h':
      no_dereference = true;
      break;
    case 'm':
      modify = true;
      break;
    case 'r':
      reference = p.value().data();
      break;
    case 't':
      stamp = p.value().data();
      break;
    case time_id: {
      solo::StringView w = p.value();
      auto is_prefix = [&](solo::StringView word) { return word.starts_with(w); }; // "" is one of all
      bool a = is_prefix("atime") || is_prefix("access") || is_prefix("use");
      bool m = is_prefix("mtime") || is_prefix("modify");
      if (a == m) {
        solo::println(solo::io::stderr, "{}: {} argument {} for '--time'", tool::program, a ? "ambiguous" : "invalid",
                      tool::quote(w));
        solo::println(solo::io::stderr, "Valid arguments are:\n  - 'atime', 'access', 'use'\n  - 'mtime', 'modify'");
        tool::try_help();
        return 1;
      }
      (a ? access : modify) = true;
      break;
    }
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if ((stamp != nullptr) + (date != nullptr || reference != nullptr) > 1)
    return tool::usage_error("cannot specify times from more than one source");
  if (n == 0) return tool::usage_error("missing file operand");
  solo::Timespec times[2];
  bool given = date || stamp || reference;
  if (reference) {
    sys::Stat st;
    auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(reference), st,
                             no_dereference ? sys::AtFlags::SymlinkNoFollow : sys::AtFlags::None);
    if (!r) {
      solo::println(solo::io::stderr, "{}: failed to get attributes of {}: {}", tool::program, tool::quoteaf(reference),
                    r.error());
      return 1;
    }
    times[0] = {st.st_atim.tv_sec, st.st_atim.tv_nsec};
    times[1] = {st.st_mtim.tv_sec, st.st_mtim.tv_nsec};
  }
  if (date || stamp) {
    tool::TimeZone tz = tool::TimeZone::load();
    solo::Timespec now = solo::time::clock_gettime(solo::time::Clock::Realtime).value_or(solo::Timespec{});
    if (reference) now = times[1];
    solo::Timespec t;
    bool ok = stamp ? tool::parse_posix_stamp(stamp, tz, now, t) : tool::parse_date(date, tz, now, t);
    if (!ok) {
      solo::println(solo::io::stderr, "{}: invalid date format {}", tool::program, tool::quote(stamp ? stamp : date));
      return 1;
    }
    times[0] = times[1] = t;
  }
  if (!given) times[0].tv_nsec = times[1].tv_nsec = sys::utime_now;
  if (access && !modify) times[1].tv_nsec = sys::utime_omit;
  if (modify && !access) times[0].tv_nsec = sys::utime_omit;
  tool::lock_down();
  // All-now times go to the kernel as a null pointer: the rule for writable files not owned.
  bool all_now = !given && !(access ^ modify);
  int status = 0;
  for (int i = 0; i < n; ++i)
    if (!touch(argv[1 + i], all_now ? nullptr : times, create, no_dereference)) status = 1;
  return status;
}
