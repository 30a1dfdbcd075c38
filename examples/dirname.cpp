// dirname: each NAME without its last component: "a/b//c/" gives "a/b", a name without a slash gives ".",
// one in the root gives "/". -z ends each with NUL, not newline.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

namespace {

solo::StringView directory_of(solo::StringView name) {
  auto strip_slashes = [](solo::StringView s) {
    while (s.size() > 1 && s.ends_with('/')) s.remove_suffix(1);
    return s;
  };
  solo::StringView s = strip_slashes(name);
  size_t slash = s.rfind('/');
  if (slash == solo::StringView::npos) return ".";
  s = strip_slashes(s.substr(0, slash + 1));
  return s;
}

} // namespace

static const char usage[] = " [OPTION] NAME...\n"
                            "Output each NAME with its last non-slash component and trailing slashes\n"
                            "removed; if NAME contains no /'s, output '.' (meaning the current directory).\n\n"
                            "  -z, --zero     end each output line with NUL, not newline";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'z', "zero"}};
  char end = '\n';
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    if (o == 'z')
      end = '\0';
    else if (int status = tool::common_option(o, p, argv, n, usage); status >= 0)
      return status;
  }
  if (n == 0) return tool::usage_error("missing operand");
  tool::lock_down();
  auto &out = solo::io::stdout;
  for (int i = 0; i < n; ++i) {
    out.write(directory_of(argv[1 + i]));
    out.put(end);
  }
  return 0;
}
