// The order of life across three files (lifecycle.cpp, lifecycle_a.cpp, lifecycle_b.cpp): .preinit_array,
// constructors by priority then link order, .init_array called with argc/argv/envp, main; then atexit handlers
// and static destructors newest first (a function-local static registered between two atexit calls runs
// between them), then .fini_array last entry first (destructor priorities). tests/hermetic/CMakeLists.txt
// compares the whole output.
#include "lifecycle.hpp"

#include <solo/process.hpp>

void say(const char *what) {
  (void)solo::io::out(what);
  (void)solo::io::out("\n");
}

namespace {
bool args_ok(int argc, char **argv, char **envp) {
  return argc == 1 && argv[0] && !argv[1] && envp == solo::process::envp() && argv == solo::process::argv();
}
void preinit(int argc, char **argv, char **envp) { say(args_ok(argc, argv, envp) ? "preinit args ok" : "preinit BAD"); }
void init(int argc, char **argv, char **envp) { say(args_ok(argc, argv, envp) ? "init_array args ok" : "init BAD"); }

[[gnu::section(".preinit_array"), gnu::used]] void (*const preinit_entry)(int, char **, char **) = preinit;
[[gnu::section(".init_array"), gnu::used]] void (*const init_entry)(int, char **, char **) = init;

struct Local {
  Local() { say("local static"); }
  ~Local() { say("~local static"); }
};
void h1() { say("atexit 1"); }
void h2() { say("atexit 2"); }
} // namespace

[[gnu::destructor]] void fini_default() { say("fini default"); }

int main() {
  say("main");
  (void)atexit(h1);
  static Local local;
  (void)atexit(h2);
  return 0;
}
