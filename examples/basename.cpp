// basename: NAME without its directories and trailing slashes, and without SUFFIX when given. One NAME (and
// an optional SUFFIX operand), or with -a / -s every operand is a NAME; -z ends each with NUL, not newline.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

namespace {

// The last component as GNU's basename prints it: "/" for a name of slashes only, "" for "".
solo::StringView base_of(solo::StringView name) {
  if (!name.empty() && name.find_first_not_of('/') == solo::StringView::npos) return "/";
  return tool::last_component(name);
}

// SUFFIX comes off only when something is left of the name (basename .c .c prints ".c").
solo::StringView without_suffix(solo::StringView base, solo::StringView suffix) {
  if (suffix.size() < base.size() && base.ends_with(suffix)) base.remove_suffix(suffix.size());
  return base;
}

} // namespace

static const char usage[] = " NAME [SUFFIX]\n  or:  basename OPTION... NAME...\n"
                            "Print NAME with any leading directory components removed.\n"
                            "If specified, also remove a trailing SUFFIX.\n\n"
                            "  -a, --multiple       support multiple arguments and treat each as a NAME\n"
                            "  -s, --suffix=SUFFIX  remove a trailing SUFFIX; implies -a\n"
                            "  -z, --zero           end each output line with NUL, not newline";

int main(int argc, char **argv) {
  tool::program = argv[0];
  const solo::Option options[] = {{'a', "multiple"}, {'s', "suffix", true}, {'z', "zero"}};
  bool multiple = false;
  char end = '\n';
  solo::StringView suffix;
  int n = 0;
  solo::OptionParser p(argc, argv, options);
  p.stop_at_first_operand(); // as GNU's: `basename a -s` has the operand "-s"
  for (int o; (o = p.next()) != solo::OptionParser::End;) {
    switch (o) {
    case 'a':
      multiple = true;
      break;
    case 's':
      multiple = true;
      suffix = p.value();
      break;
    case 'z':
      end = '\0';
      break;
    default:
      if (int status = tool::common_option(o, p, argv, n, usage); status >= 0) return status;
    }
  }
  char **names = argv + 1;
  if (n == 0) return tool::usage_error("missing operand");
  if (!multiple) {
    if (n > 2) {
      solo::println(solo::io::stderr, "{}: extra operand '{}'", tool::program, names[2]);
      tool::try_help();
      return 1;
    }
    if (n == 2) suffix = names[1];
    n = 1;
  }
  tool::lock_down();
  auto &out = solo::io::stdout;
  for (int i = 0; i < n; ++i) {
    out.write(without_suffix(base_of(names[i]), suffix));
    out.put(end);
  }
  return 0;
}
