#include <solo/process.hpp>

namespace solo::process {

namespace {
// Zero-initialised (no .data): start-up sets them before any constructor or main runs.
int arg_count;
char **arg_vector;
char **env_vector;
} // namespace

void set(int argc, char **argv, char **envp) noexcept {
  arg_count = argc;
  arg_vector = argv;
  env_vector = envp;
}

int argc() noexcept { return arg_count; }
char **argv() noexcept { return arg_vector; }
char **envp() noexcept { return env_vector; }

} // namespace solo::process
