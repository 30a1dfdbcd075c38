// realpath: each FILE's canonical absolute name (canonical.hpp): all but the last component must exist by
// default, -e all of them, -m none. -s tidies the name without resolving links, -L resolves ".." before them;
// --relative-to=DIR prints names relative to DIR, --relative-base=DIR only those inside DIR (others stay
// absolute). Errors name the file and the run fails at the end (status 1), unless -q keeps them quiet.
#include "canonical.hpp"
#include "lockdown.hpp"
#include "quote.hpp"
#include "tiny_tool.hpp"

namespace {

// Whether `dir` is `path` or one of its ancestors, by whole components.
bool within(solo::StringView dir, solo::StringView path) {
  if (dir == "/") return true;
  return path.starts_with(dir) && (path.size() == dir.size() || path[dir.size()] == '/');
}

// `path` relative to `dir`, both canonical: ".." for each component of `dir` past what they share.
void put_relative(solo::io::Stream &out, solo::StringView path, solo::StringView dir) {
  size_t common = 0; // the length of the shared leading components, at a slash or the end
  for (size_t i = 0;; ++i) {
    bool path_end = i == path.size() || path[i] == '/', dir_end = i == dir.size() || dir[i] == '/';
    if (path_end && dir_end) common = i;
    if (i == path.size() || i == dir.size() || path[i] != dir[i]) break;
  }
  bool wrote = false;
  for (size_t i = common; i < dir.size(); ++i) {
    if (dir[i] != '/' || i + 1 == dir.size()) continue;
    out.write(wrote ? "/.." : "..");
    wrote = true;
  }
  solo::StringView rest = path.substr(common);
  while (rest.starts_with('/')) rest.remove_prefix(1);
  if (!rest.empty()) {
    if (wrote) out.put('/');
    out.write(rest);
    wrote = true;
  }
  if (!wrote) out.put('.');
}

} // namespace

static const char usage[] = " [OPTION]... FILE...\n"
                            "Print the resolved absolute file name;\n"
                            "all but the last component must exist\n\n"
                            "  -e, --canonicalize-existing  all components of the path must exist\n"
                            "  -m, --canonicalize-missing   no path components need exist or be a directory\n"
                            "  -L, --logical                resolve '..' components before symlinks\n"
                            "  -P, --physical               resolve symlinks as encountered (default)\n"
                            "  -q, --quiet                  suppress most error messages\n"
                            "      --relative-to=DIR        print the resolved path relative to DIR\n"
                            "      --relative-base=DIR      print absolute paths unless paths below DIR\n"
                            "  -s, --strip, --no-symlinks   don't expand symlinks\n"
                            "  -z, --zero                   end each output line with NUL, not newline";

int main(int argc, char **argv) {
  tool::program = argv[0];
  constexpr int relative_to_id = 1000, relative_base_id = 1001;
  const solo::Option options[] = {{'e', "canonicalize-existing"},
                                  {'m', "canonicalize-missing"},
                                  {'L', "logical"},
                                  {'P', "physical"},
                                  {'q', "quiet"},
                                  {'s', "strip"},
                                  {'s', "no-symlinks"},
                                  {'z', "zero"},
                                  {0, "relative-to", true, relative_to_id},
                                  {0, "relative-base", true, relative_base_id}};
  tool::MustExist must = tool::MustExist::AllButLast;
  bool logical = false, follow = true, quiet = false;
  char end = '\n';
  const char *relative_to = nullptr, *relative_base = nullptr;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'e':
      must = tool::MustExist::Existing;
      break;
    case 'm':
      must = tool::MustExist::Missing;
      break;
    case 'L':
      logical = true;
      break;
    case 'P':
      logical = false;
      break;
    case 'q':
      quiet = true;
      break;
    case 's':
      follow = false;
      break;
    case 'z':
      end = '\0';
      break;
    case relative_to_id:
      relative_to = p.value().data();
      break;
    case relative_base_id:
      relative_base = p.value().data();
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  if (n == 0) return tool::usage_error("missing operand");
  tool::lock_down();
  auto resolve = [&](const char *name) { return tool::canonicalize(name, must, follow, logical); };
  solo::String to, base;
  auto resolve_dir = [&](const char *dir, solo::String &into) {
    auto r = resolve(dir);
    if (!r) {
      solo::println(solo::io::stderr, "{}: {}: {}", tool::program, tool::quotef(dir), r.error());
      return false;
    }
    into = std::move(*r);
    return true;
  };
  if (relative_to && !resolve_dir(relative_to, to)) return 1;
  if (relative_base && !resolve_dir(relative_base, base)) return 1;
  if (relative_base && !relative_to) to = base.clone();
  // A --relative-to outside --relative-base: every name is printed absolute.
  bool relative = relative_to || relative_base;
  if (relative_to && relative_base && !within(base.view(), to.view())) relative = false;
  auto &out = solo::io::stdout;
  int status = 0;
  for (int i = 0; i < n; ++i) {
    const char *name = argv[1 + i];
    auto r = resolve(name);
    if (!r) {
      if (!quiet) solo::println(solo::io::stderr, "{}: {}: {}", tool::program, tool::quotef(name), r.error());
      status = 1;
      continue;
    }
    if (relative && (!relative_base || within(base.view(), r->view())))
      put_relative(out, r->view(), to.view());
    else
      out.write(r->view());
    out.put(end);
  }
  return status;
}
