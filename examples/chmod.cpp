// chmod: changes modes: MODE is octal or symbolic clauses (mode.hpp), or --reference=RFILE's mode. -R
// changes whole trees (symbolic links met inside are left alone; ones named as operands are followed),
// refusing "/" unless --no-preserve-root; -c reports each change, -v each file, -f hides most errors.
// A mode like "-w" or "+x" is a mode, not an option. When the umask kept a mode from being what it says,
// chmod says so and fails, as GNU's does.
#include "lockdown.hpp"
#include "mode.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

#include <solo/string.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

struct Settings {
  tool::ModeChanges changes;
  bool recursive = false, changes_only = false, verbose = false, quiet = false, preserve_root = false;
  bool warn_umask = false;
  unsigned umask = 0;
  sys::Stat root{};
  bool have_root = false;
};

void report(const Settings &s, solo::StringView name, unsigned old_mode, unsigned new_mode, bool failed) {
  bool changed = (old_mode & 07777) != (new_mode & 07777);
  if (!(s.verbose || (s.changes_only && changed && !failed))) return;
  char before[10], after[10];
  tool::permission_string(old_mode, before);
  tool::permission_string(new_mode, after);
  if (failed)
    solo::println("failed to change mode of {} from {:04o} ({}) to {:04o} ({})", tool::quoteaf(name), old_mode & 07777,
                  before, new_mode & 07777, after);
  else if (changed)
    solo::println("mode of {} changed from {:04o} ({}) to {:04o} ({})", tool::quoteaf(name), old_mode & 07777, before,
                  new_mode & 07777, after);
  else
    solo::println("mode of {} retained as {:04o} ({})", tool::quoteaf(name), old_mode & 07777, before);
}

bool change(const Settings &s, const char *path, bool top);

bool walk(const Settings &s, const char *path) {
  auto dir = sys::Dir::open(sys::at_fdcwd, solo::CStr(path));
  if (!dir) {
    if (!s.quiet)
      solo::println(solo::io::stderr, "{}: cannot read directory {}: {}", tool::program, tool::quoteaf(path),
                    dir.error());
    return false;
  }
  bool ok = true;
  for (const sys::DirEntry &e : *dir) {
    if (e.is_dot_or_dotdot()) continue;
    solo::String child;
    child.append(path);
    if (!child.view().ends_with('/')) child.push('/');
    child.append(e.name().c_str());
    ok &= change(s, child.c_str(), false);
  }
  if (tool::read_failed(dir->error())) {
    if (!s.quiet)
      solo::println(solo::io::stderr, "{}: cannot read directory {}: {}", tool::program, tool::quoteaf(path),
                    dir->error());
    ok = false;
  }
  return ok;
}

bool change(const Settings &s, const char *path, bool top) {
  sys::Stat st;
  auto r =
      sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st, top ? sys::AtFlags::None : sys::AtFlags::SymlinkNoFollow);
  if (!r) {
    sys::Stat link;
    bool dangling = top && r.error() == Errno::ENOENT &&
                    sys::newfstatat(sys::at_fdcwd, solo::CStr(path), link, sys::AtFlags::SymlinkNoFollow);
    if (!s.quiet) {
      if (dangling)
        solo::println(solo::io::stderr, "{}: cannot operate on dangling symlink {}", tool::program,
                      tool::quoteaf(path));
      else
        solo::println(solo::io::stderr, "{}: cannot access {}: {}", tool::program, tool::quoteaf(path), r.error());
    }
    if (s.verbose) solo::println("{} could not be accessed", tool::quoteaf(path));
    return false;
  }
  if (sys::is_symlink(st.st_mode)) { // met inside a tree: neither it nor what it points to changes
    if (s.verbose) solo::println("neither symbolic link {} nor referent has been changed", tool::quoteaf(path));
    return true;
  }
  if (s.recursive && s.preserve_root && s.have_root && st.st_dev == s.root.st_dev && st.st_ino == s.root.st_ino) {
    if (solo::StringView(path) == "/")
      solo::println(solo::io::stderr, "{}: it is dangerous to operate recursively on {}", tool::program,
                    tool::quoteaf(path));
    else
      solo::println(solo::io::stderr, "{}: it is dangerous to operate recursively on {} (same as {})", tool::program,
                    tool::quoteaf(path), tool::quoteaf("/"));
    solo::println(solo::io::stderr, "{}: use --no-preserve-root to override this failsafe", tool::program);
    return false;
  }
  bool directory = sys::is_directory(st.st_mode);
  unsigned old_mode = st.st_mode & 07777;
  unsigned new_mode = tool::adjust_mode(old_mode, directory, s.umask, s.changes);
  bool ok = true;
  if (new_mode != old_mode) {
    if (auto c = sys::fchmodat(sys::at_fdcwd, solo::CStr(path), new_mode); !c) {
      if (!s.quiet)
        solo::println(solo::io::stderr, "{}: changing permissions of {}: {}", tool::program, tool::quoteaf(path),
                      c.error());
      report(s, path, old_mode, new_mode, true);
      ok = false;
    }
  }
  if (ok) {
    report(s, path, old_mode, new_mode, false);
    if (s.warn_umask) {
      unsigned naive = tool::adjust_mode(old_mode, directory, 0, s.changes);
      if (new_mode & ~naive) {
        char got[10], wanted[10];
        tool::permission_string(new_mode, got);
        tool::permission_string(naive, wanted);
        solo::println(solo::io::stderr, "{}: {}: new permissions are {}, not {}", tool::program, tool::quotef(path),
                      got, wanted);
        ok = false;
      }
    }
  }
  if (s.recursive && directory) ok &= walk(s, path);
  return ok;
}

// A mode written like an option ("-w", "-rx", "-011"): the letters and digits a mode has after a '-'.
bool mode_like(const char *a) {
  if (a[0] != '-' || a[1] == '\0') return false;
  for (const char *p = a + 1; *p; ++p)
    if (solo::StringView("rwxXstugoa,+-=01234567").find(*p) == solo::StringView::npos) return false;
  return true;
}

} // namespace

static const char usage[] = " [OPTION]... MODE[,MODE]... FILE...\n  or:  chmod [OPTION]... OCTAL-MODE FILE...\n"
                            "  or:  chmod [OPTION]... --reference=RFILE FILE...\n"
                            "Change the mode of each FILE to MODE.\n\n"
                            "  -c, --changes          like verbose but report only when a change is made\n"
                            "  -f, --silent, --quiet  suppress most error messages\n"
                            "  -v, --verbose          output a diagnostic for every file processed\n"
                            "      --no-preserve-root  do not treat '/' specially (the default)\n"
                            "      --preserve-root    fail to operate recursively on '/'\n"
                            "      --reference=RFILE  use RFILE's mode instead of MODE values\n"
                            "  -R, --recursive        change files and directories recursively";

int main(int argc, char **argv) {
  tool::program = argv[0];
  constexpr int reference_id = 1000, preserve_id = 1001, no_preserve_id = 1002;
  const solo::Option options[] = {{'c', "changes"},
                                  {'f', "silent"},
                                  {'f', "quiet"},
                                  {'v', "verbose"},
                                  {'R', "recursive"},
                                  {0, "reference", true, reference_id},
                                  {0, "preserve-root", false, preserve_id},
                                  {0, "no-preserve-root", false, no_preserve_id}};
  Settings s;
  const char *reference = nullptr;
  // Modes written as options are taken out of argv first, joined by commas as GNU's joins them.
  solo::String dashed;
  int kept = 1;
  bool after_dashes = false;
  for (int i = 1; i < argc; ++i) {
    if (!after_dashes && solo::StringView(argv[i]) == "--") after_dashes = true;
    if (!after_dashes && mode_like(argv[i])) {
      if (!dashed.empty()) dashed.push(',');
      dashed.append(argv[i]);
      continue;
    }
    argv[kept++] = argv[i];
  }
  argc = kept;
  argv[argc] = nullptr;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'c':
      s.changes_only = true;
      break;
    case 'f':
      s.quiet = true;
      break;
    case 'v':
      s.verbose = true;
      break;
    case 'R':
      s.recursive = true;
      break;
    case reference_id:
      reference = p.value().data();
      break;
    case preserve_id:
      s.preserve_root = true;
      break;
    case no_preserve_id:
      s.preserve_root = false;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  char **operands = argv + 1;
  const char *mode_text = nullptr;
  if (!dashed.empty()) {
    mode_text = dashed.c_str();
  } else if (!reference) {
    if (n == 0) return tool::usage_error("missing operand");
    mode_text = operands[0];
    ++operands, --n;
  }
  if (n == 0) {
    if (mode_text && !reference && dashed.empty()) { // only a mode given as an operand is named
      solo::println(solo::io::stderr, "{}: missing operand after {}", tool::program, tool::quote(mode_text));
      tool::try_help();
      return 1;
    }
    return tool::usage_error("missing operand");
  }
  if (reference) {
    sys::Stat st;
    if (auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(reference), st); !r) {
      solo::println(solo::io::stderr, "{}: failed to get attributes of {}: {}", tool::program, tool::quoteaf(reference),
                    r.error());
      return 1;
    }
    s.changes.push_back(
        {'=', tool::ModeChange::Ordinary, tool::mode_all_bits, st.st_mode & 07777u, tool::mode_all_bits});
  } else if (!tool::compile_mode(mode_text, s.changes)) {
    solo::println(solo::io::stderr, "{}: invalid mode: {}", tool::program, tool::quote(mode_text));
    tool::try_help();
    return 1;
  }
  s.umask = sys::umask(0);
  (void)sys::umask(s.umask);
  s.warn_umask = !reference && tool::uses_umask(s.changes);
  if (s.recursive && s.preserve_root) s.have_root = bool(sys::newfstatat(sys::at_fdcwd, solo::CStr("/"), s.root));
  tool::lock_down();
  int status = 0;
  for (int i = 0; i < n; ++i)
    if (!change(s, operands[i], true)) status = 1;
  return status;
}
