// mkdir: creates directories. -p creates missing parents too and accepts directories that already exist;
// -m MODE (octal) gives the new directories exactly that mode, whatever the umask; -v reports each one.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include <solo/parse.hpp>
#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

bool verbose = false;

void cannot_create(solo::StringView path, Errno e) {
  solo::println(solo::io::stderr, "{}: cannot create directory '{}': {}", tool::program, path, e);
}

bool is_directory(const char *path) {
  sys::Stat st;
  return sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st) && sys::is_directory(st.st_mode);
}

// One directory; `exact` applies the mode past the umask (for -m).
solo::Result<void> make(const char *path, unsigned mode, bool exact) {
  if (auto r = sys::mkdirat(sys::at_fdcwd, solo::CStr(path), mode); !r) return r;
  if (verbose) solo::println("{}: created directory '{}'", tool::program, path);
  if (exact) return sys::fchmodat(sys::at_fdcwd, solo::CStr(path), mode);
  return {};
}

// -p: each missing ancestor with the default mode plus u+wx, so the next one can go inside (past the umask
// too: `umask 377; mkdir -p a/b` gives a 0700, as GNU's does), then the directory itself. `path` is modified
// in place while walking and restored.
bool make_parents(char *path, unsigned mode, bool exact, unsigned umask) {
  unsigned parent_mode = (0777 & ~umask) | 0300;
  bool parent_exact = (umask & 0300) != 0; // mkdir alone would let the umask take u+wx away again
  for (char *p = path + 1; *p; ++p) {
    if (*p != '/' || p[-1] == '/') continue;
    *p = '\0';
    auto r = make(path, parent_mode, parent_exact);
    if (!r && !(r.error() == Errno::EEXIST && is_directory(path))) {
      cannot_create(path, r.error() == Errno::EEXIST ? Errno::ENOTDIR : r.error());
      *p = '/';
      return false;
    }
    *p = '/';
  }
  auto r = make(path, mode, exact);
  if (!r && !(r.error() == Errno::EEXIST && is_directory(path))) {
    cannot_create(path, r.error());
    return false;
  }
  return true;
}

} // namespace

static const char usage[] = " [OPTION]... DIRECTORY...\nCreate the DIRECTORY(ies), if they do not already exist.\n\n"
                            "  -m, --mode=MODE   set file mode (octal), not a=rwx - umask\n"
                            "  -p, --parents     no error if existing, make parent directories as needed\n"
                            "  -v, --verbose     print a message for each created directory";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'p', "parents"}, {'m', "mode", true}, {'v', "verbose"}};
  int n = 0;
  bool parents = false;
  const char *mode_text = nullptr;
  solo::OptionParser p(argc, argv, options);
  char **operands = argv + 1; // filled by keep_operand
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'p':
      parents = true;
      break;
    case 'm':
      mode_text = p.value().data();
      break;
    case 'v':
      verbose = true;
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  unsigned umask = sys::umask(0);
  (void)sys::umask(umask);
  unsigned mode = 0777 & ~umask;
  if (mode_text) {
    auto m = solo::parse_int<unsigned>(mode_text, 8);
    if (!m || *m > 07777 || mode_text[0] == '-' || mode_text[0] == '+') {
      solo::println(solo::io::stderr, "{}: invalid mode '{}'", argv[0], mode_text);
      return 1;
    }
    mode = *m;
  }
  if (n == 0) return tool::usage_error("missing operand");
  tool::lock_down();
  int status = 0;
  for (int i = 0; i < n; ++i) {
    if (parents) {
      if (!make_parents(operands[i], mode, mode_text != nullptr, umask)) status = 1;
    } else if (auto r = make(operands[i], mode, mode_text != nullptr); !r) {
      cannot_create(operands[i], r.error());
      status = 1;
    }
  }
  return status;
}
