// readlink: what each symbolic link points to; with -f, -e or -m the whole name canonicalized instead (see
// canonical.hpp). Failures are silent (status 1) unless -v; -n leaves out the newline (one operand only),
// -z ends each name with NUL.
#include "canonical.hpp"
#include "lockdown.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

static const char usage[] = " [OPTION]... FILE...\n"
                            "Print value of a symbolic link or canonical file name\n\n"
                            "  -f, --canonicalize            all but the last component must exist\n"
                            "  -e, --canonicalize-existing   all components must exist\n"
                            "  -m, --canonicalize-missing    no component needs to exist\n"
                            "  -n, --no-newline              do not output the trailing delimiter\n"
                            "  -q, --quiet, -s, --silent     suppress most error messages (the default)\n"
                            "  -v, --verbose                 report error messages\n"
                            "  -z, --zero                    end each output line with NUL, not newline";

int main(int argc, char **argv) {
  namespace sys = solo::sys;
  tool::program = argv[0];
  const solo::Option options[] = {{'f', "canonicalize"},
                                  {'e', "canonicalize-existing"},
                                  {'m', "canonicalize-missing"},
                                  {'n', "no-newline"},
                                  {'q', "quiet"},
                                  {'s', "silent"},
                                  {'v', "verbose"},
                                  {'z', "zero"}};
  bool canonical = false, newline = true, verbose = false;
  tool::MustExist must = tool::MustExist::AllButLast;
  char end = '\n';
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'f':
      canonical = true, must = tool::MustExist::AllButLast;
      break;
    case 'e':
      canonical = true, must = tool::MustExist::Existing;
      break;
    case 'm':
      canonical = true, must = tool::MustExist::Missing;
      break;
    case 'n':
      newline = false;
      break;
    case 'q':
    case 's':
      verbose = false;
      break;
    case 'v':
      verbose = true;
      break;
    case 'z':
      end = '\0';
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (n == 0) return tool::usage_error("missing operand");
  if (n > 1 && !newline) {
    solo::println(solo::io::stderr, "{}: ignoring --no-newline with multiple arguments", tool::program);
    newline = true;
  }
  tool::lock_down();
  auto &out = solo::io::stdout;
  int status = 0;
  static char target[4096];
  for (int i = 0; i < n; ++i) {
    const char *name = argv[1 + i];
    solo::Errno failed = solo::Errno(0);
    if (canonical) {
      auto r = tool::canonicalize(name, must);
      if (r) {
        out.write(r->view());
      } else {
        failed = r.error();
      }
    } else {
      auto r = sys::readlinkat(sys::at_fdcwd, solo::CStr(name), target, sizeof target);
      if (r)
        out.write(solo::StringView(target, *r));
      else
        failed = r.error();
    }
    if (failed != solo::Errno(0)) {
      if (verbose) solo::println(solo::io::stderr, "{}: {}: {}", tool::program, tool::quotef(name), failed);
      status = 1;
      continue;
    }
    if (newline) out.put(end);
  }
  return status;
}
