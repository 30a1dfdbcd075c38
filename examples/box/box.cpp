// solo-box: the multi-call binary. The applet is the name it was run by (a link named cat runs cat), or,
// when that is not an applet's (solo-box itself, any other name), the first argument: `solo-box ls -l` runs
// ls with argv {"ls", "-l"}, so its messages name it as the tool would. --list prints the applets, one per
// line; --calls APPLET the system calls that applet locks itself down to (its own binary's, from
// applet_calls.inc), one number per line.
#include "lockdown.hpp"
#include "tiny_tool.hpp"

#include "applet_calls.inc"

#define APPLET(name, id) int solo_applet_##id(int, char **);
#include "applets.inc"
#undef APPLET

namespace {

struct Applet {
  const char *name;
  int (*run)(int, char **);
  const long *calls;
  size_t count;
};

#define APPLET(name, id) {name, solo_applet_##id, calls_##id, sizeof calls_##id / sizeof calls_##id[0]},
constexpr Applet applets[] = {
#include "applets.inc"
};
#undef APPLET

const Applet *find(solo::StringView name) {
  for (const Applet &a : applets)
    if (name == a.name) return &a;
  return nullptr;
}

int usage(const char *self, int status) {
  auto &out = status == 0 ? solo::io::stdout : solo::io::stderr;
  solo::println(out,
                "Usage: {} APPLET [ARG]...\n  or:  APPLET [ARG]...   (run by a link named APPLET)\n"
                "  or:  {} --list | --calls APPLET\n"
                "Runs one of the tools built into it; --list names them.",
                tool::base_name(self), tool::base_name(self));
  return status;
}

// Runs `a` as if it were its own binary: argv[0] is what it was called by, its lockdown its own list.
int run(const Applet &a, int argc, char **argv) {
  tool::applet_calls = {a.calls, a.count};
  tool::in_applet = true;
  return a.run(argc, argv);
}

} // namespace

int main(int argc, char **argv) {
  const char *self = argc > 0 ? argv[0] : "solo-box";
  if (const Applet *a = find(tool::base_name(self))) return run(*a, argc, argv);
  if (argc < 2) return usage(self, 1);
  solo::StringView first = argv[1];
  if (first == "--list") {
    for (const Applet &a : applets) solo::println("{}", a.name);
    return tool::flushed(0, 1);
  }
  if (first == "--calls") {
    const Applet *a = argc == 3 ? find(argv[2]) : nullptr;
    if (!a) {
      solo::println(solo::io::stderr, "{}: --calls takes one applet's name", tool::base_name(self));
      return 1;
    }
    for (size_t i = 0; i < a->count; ++i) solo::println("{}", a->calls[i]);
    return tool::flushed(0, 1);
  }
  if (first == "--help") return usage(self, 0);
  const Applet *a = find(first);
  if (!a) {
    // What a shell says for a command it cannot find, and its status.
    solo::println(solo::io::stderr, "{}: applet not found: {}", tool::base_name(self), first);
    return 127;
  }
  return run(*a, argc - 1, argv + 1);
}
