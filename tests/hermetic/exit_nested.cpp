// A handler that calls exit again: the remaining handlers, static destructors and .fini_array still run, each
// exactly once, and the process ends with the inner exit's status (3).
#include <solo/exit.hpp>
#include <solo/io.hpp>

extern "C" int atexit(void (*)());

namespace {
void say(const char *what) {
  (void)solo::io::out(what);
  (void)solo::io::out("\n");
}
struct Static {
  ~Static() { say("~static"); }
} object;
void h1() { say("atexit 1"); }
void h2() {
  say("atexit 2 calls exit(3)");
  solo::exit(3);
}
void h3() { say("atexit 3"); }
} // namespace

[[gnu::destructor]] void fini() { say("fini"); }

int main() {
  (void)atexit(h1);
  (void)atexit(h2);
  (void)atexit(h3);
  say("main");
  return 0;
}
