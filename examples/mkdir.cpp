// mkdir: creates directories. -p creates missing parents too and accepts directories that already exist;
// -m MODE (octal, or symbolic as chmod's: "u+rwx,go-w", "a=rx", "+t") sets the bits the mode names past the
// umask, as GNU's does: an octal mode names them all, a clause without [ugoa] only what the umask lets
// through; -v reports each one.
#include "lockdown.hpp"
#include "mode.hpp"
#include "tiny_tool.hpp"

#include <solo/sys/dir.hpp>
#include <solo/sys/stat.hpp>

namespace {

namespace sys = solo::sys;
using solo::Errno;

bool verbose = false;

void cannot_create(solo::StringView path, Errno e) {
  solo::println(solo::io::stderr, "{}: cannot create directory {}: {}", tool::program, tool::quote(path), e);
}

bool is_directory(const char *path) {
  sys::Stat st;
  return sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st) && sys::is_directory(st.st_mode);
}

// The bits -m's clauses set or clear (GNU's mode_bits): of the set-ID bits, those the mode decides.
unsigned named_bits(const tool::ModeChanges &changes, unsigned umask) {
  unsigned mode = 0777, bits = 0;
  for (const tool::ModeChange &c : changes) {
    unsigned omit = 06000 & ~c.mentioned; // a directory's set-ID bits stay unless named
    unsigned value = c.value;
    if (c.kind == tool::ModeChange::CopyExisting) {
      value &= mode;
      value |= (value & 0444 ? 0444u : 0u) | (value & 0222 ? 0222u : 0u) | (value & 0111 ? 0111u : 0u);
    } else if (c.kind == tool::ModeChange::ExecuteIfAny) {
      value |= 0111; // X is x for a directory
    }
    value &= (c.affected ? c.affected : ~umask) & ~omit;
    if (c.op == '=') {
      unsigned preserved = (c.affected ? ~c.affected : 0) | omit;
      bits |= tool::mode_all_bits & ~preserved;
      mode = (mode & preserved) | value;
    } else {
      bits |= value;
      mode = c.op == '+' ? mode | value : mode & ~value;
    }
  }
  return bits;
}

// One directory. With `fixed`, the result is what mkdir(2) would give without a umask, then -m's fix-up, as
// GNU's does: when the mode names a set-ID or sticky bit it first creates the directory without group and other
// write (so it is never writable by others before those bits are right), then sets the bits the mode names
// (`named`) that the kernel left different; others keep what mkdir(2) gave (e.g. set-group-ID inherited from
// the parent). So `-m +t` gives 1755 and `-m u+s` 4777, whatever the umask.
solo::Result<void> make(const char *path, unsigned mode, unsigned named, bool fixed) {
  unsigned first = named & 07000 ? mode & ~022u : mode;
  if (auto r = sys::mkdirat(sys::at_fdcwd, solo::CStr(path), first); !r) return r;
  if (verbose) solo::println("{}: created directory {}", tool::program, tool::quoteaf(path));
  if (!fixed) return {};
  sys::Stat st;
  if (auto r = sys::newfstatat(sys::at_fdcwd, solo::CStr(path), st); !r) return r;
  // mkdir(2) keeps the permissions and the sticky bit of its mode (here less the umask) and takes set-group-ID
  // from the parent, never set-user-ID.
  unsigned now = st.st_mode & tool::mode_all_bits, made = (first & 01777) | (now & 06000);
  unsigned wanted = (made ^ mode) & named ? mode | (made & ~named) : made;
  if (wanted == now) return {};
  return sys::fchmodat(sys::at_fdcwd, solo::CStr(path), wanted);
}

// -p: each missing ancestor with the default mode plus u+wx, so the next one can go inside (past the umask
// too: `umask 377; mkdir -p a/b` gives a 0700, as GNU's does), then the directory itself. `path` is modified
// in place while walking and restored.
bool make_parents(char *path, unsigned mode, unsigned named, bool fixed, unsigned umask) {
  unsigned parent_mode = (0777 & ~umask) | 0300;
  bool parent_fixed = (umask & 0300) != 0; // mkdir alone would let the umask take u+wx away
  for (char *p = path + 1; *p; ++p) {
    if (*p != '/' || p[-1] == '/') continue;
    *p = '\0';
    auto r = make(path, parent_mode, 0, parent_fixed);
    if (!r && !(r.error() == Errno::EEXIST && is_directory(path))) {
      cannot_create(path, r.error() == Errno::EEXIST ? Errno::ENOTDIR : r.error());
      *p = '/';
      return false;
    }
    *p = '/';
  }
  auto r = make(path, mode, named, fixed);
  if (!r && !(r.error() == Errno::EEXIST && is_directory(path))) {
    cannot_create(path, r.error());
    return false;
  }
  return true;
}

} // namespace

static const char usage[] = " [OPTION]... DIRECTORY...\nCreate the DIRECTORY(ies), if they do not already exist.\n\n"
                            "  -m, --mode=MODE   set file mode (as in chmod), not a=rwx - umask\n"
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
  unsigned mode = 0777 & ~umask, named = 0;
  if (mode_text) {
    tool::ModeChanges changes;
    if (!tool::compile_mode(mode_text, changes)) {
      solo::println(solo::io::stderr, "{}: invalid mode {}", argv[0], tool::quote(mode_text));
      return 1;
    }
    mode = tool::adjust_mode(0777, true, umask, changes);
    named = named_bits(changes, umask);
  }
  if (n == 0) return tool::usage_error("missing operand");
  tool::lock_down();
  int status = 0;
  for (int i = 0; i < n; ++i) {
    if (parents) {
      if (!make_parents(operands[i], mode, named, mode_text != nullptr, umask)) status = 1;
    } else if (auto r = make(operands[i], mode, named, mode_text != nullptr); !r) {
      cannot_create(operands[i], r.error());
      status = 1;
    }
  }
  return status;
}
