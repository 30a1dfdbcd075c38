// One program per start-up or exit step (solo/detail/link.hpp), each using exactly one feature, so that each
// step is seen linked and run on its own: built with -DSTEP_<name>, it prints what only that step makes
// happen, with nothing but a raw write (no streams: they would bring their own step), and exits 0.
//   none         no feature: main's status through exit_group alone
//   exit         solo::exit called by the program (the exit steps run over an empty table)
//   tls          thread_local data (-fno-stack-protector: no canary step beside it)
//   init         a constructor (.init_array): it ran before main
//   fini         a destructor function (.fini_array): it runs after main
//   atexit       an atexit handler: it runs after main
//   process      solo::process::argv(): saved before main
//   flush        solo::io::stdout: buffered text is flushed at exit
#include <solo/exit.hpp>
#include <solo/sys/rw.hpp>

// No canary step beside the one under test (stack protection has its own tests; solo's own stack-protected
// code can still bring it in, as the formatting does for `flush`).
#pragma clang attribute push(__attribute__((no_stack_protector)), apply_to = function)

namespace {
[[maybe_unused]] void say(const char *text) {
  size_t n = 0;
  while (text[n]) ++n;
  (void)solo::sys::write(1, text, n);
}
} // namespace

#if defined(STEP_tls)
thread_local int counter = 41;
thread_local long zeros[8];
int main() {
  ++counter;
  bool zero = true;
  for (long z : zeros) zero = zero && z == 0;
  say(counter == 42 && zero ? "tls ok\n" : "tls BAD\n");
  return 0;
}
#elif defined(STEP_init)
namespace {
volatile int seed = 1; // read at run time: the constructor cannot be folded into static data
int constructed = 0;
struct Constructed {
  Constructed() { constructed = seed; }
} object;
} // namespace
int main() {
  say(constructed ? "init ok\n" : "init BAD\n");
  return 0;
}
#elif defined(STEP_fini)
[[gnu::destructor]] void at_fini() { say("fini ran\n"); }
int main() {
  say("main\n");
  return 0;
}
#elif defined(STEP_atexit)
extern "C" int atexit(void (*)());
int main() {
  (void)atexit([] { say("atexit ran\n"); });
  say("main\n");
  return 0;
}
#elif defined(STEP_process)
#include <solo/process.hpp>
int main(int argc, char **argv) {
  say(solo::process::argc() == argc && solo::process::argv() == argv ? "process ok\n" : "process BAD\n");
  return 0;
}
#elif defined(STEP_flush)
#include <solo/print.hpp>
int main() {
  solo::print("flushed at exit\n"); // stdout to a pipe is fully buffered: nothing is written before exit
  return 0;
}
#elif defined(STEP_exit)
int main() {
  say("main\n");
  solo::exit(5);
}
#else
int main() {
  say("main\n");
  return 0;
}
#endif

#pragma clang attribute pop
