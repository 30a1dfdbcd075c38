#include <solo/detail/link.hpp>
#include <solo/process.hpp>

extern "C" void __solo_process_step(long *sp);

namespace solo::process {

namespace {
// Zero-initialised (no .data): the start-up step below sets them before any constructor or main runs, in a
// program that reads them.
int arg_count;
char **arg_vector;
char **env_vector;
} // namespace

void set(int argc, char **argv, char **envp) noexcept {
  arg_count = argc;
  arg_vector = argv;
  env_vector = envp;
}

int argc() noexcept {
  SOLO_LINK_WITH(__solo_process_step);
  return arg_count;
}
char **argv() noexcept {
  SOLO_LINK_WITH(__solo_process_step);
  return arg_vector;
}
char **envp() noexcept {
  SOLO_LINK_WITH(__solo_process_step);
  return env_vector;
}

} // namespace solo::process

// sp[0] is argc, argv follows, then envp after argv's NULL (the initial stack, see crt/start.cpp).
extern "C" [[gnu::no_stack_protector]] void __solo_process_step(long *sp) {
  SOLO_STEP(__solo_process_step, SOLO_STEP_START);
  auto argc = static_cast<int>(sp[0]);
  auto **argv = reinterpret_cast<char **>(sp + 1);
  solo::process::set(argc, argv, argv + argc + 1);
}
