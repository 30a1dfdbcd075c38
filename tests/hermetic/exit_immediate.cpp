// _exit, _Exit and solo::sys::exit_group end the process at once: no handler, destructor or .fini_array runs.
// Argument: which of the three; the exit status is 5 in each case.
#include <solo/io.hpp>
#include <solo/sys/process.hpp>

extern "C" {
int atexit(void (*)());
[[noreturn]] void _exit(int);
[[noreturn]] void _Exit(int);
}

namespace {
struct Static {
  ~Static() { (void)solo::io::out("static destructor ran\n"); }
} object;
void handler() { (void)solo::io::out("atexit handler ran\n"); }
} // namespace

[[gnu::destructor]] void fini() { (void)solo::io::out("fini_array ran\n"); }

int main(int argc, char **argv) {
  (void)atexit(handler);
  (void)solo::io::out("main\n");
  char how = argc > 1 ? argv[1][0] : 'x';
  if (how == '_') _exit(5);
  if (how == 'E') _Exit(5);
  solo::sys::exit_group(5);
}
