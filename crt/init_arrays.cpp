// .preinit_array and .init_array (constructor priorities are honoured by the linker's sort), each function
// called with argc, argv, envp. crt/start.cpp links this step into every program; toolchain/solo-ld leaves
// it out of a program that has neither array.
#include <solo/detail/link.hpp>

using InitFunction = void (*)(int, char **, char **);
extern "C" {
// Defined by the linker around the sections of the same name (empty when a program has none).
[[gnu::visibility("hidden")]] extern const InitFunction __preinit_array_start[];
[[gnu::visibility("hidden")]] extern const InitFunction __preinit_array_end[];
[[gnu::visibility("hidden")]] extern const InitFunction __init_array_start[];
[[gnu::visibility("hidden")]] extern const InitFunction __init_array_end[];

// sp[0] is argc, argv follows, then envp after argv's NULL (the initial stack, see crt/start.cpp).
void __solo_init_arrays_step(long *sp) {
  SOLO_STEP(__solo_init_arrays_step, SOLO_STEP_INIT_ARRAYS);
  long argc = sp[0];
  auto **argv = reinterpret_cast<char **>(sp + 1);
  char **envp = argv + argc + 1;
  for (const InitFunction *f = __preinit_array_start; f < __preinit_array_end; ++f)
    (*f)(static_cast<int>(argc), argv, envp);
  for (const InitFunction *f = __init_array_start; f < __init_array_end; ++f) (*f)(static_cast<int>(argc), argv, envp);
}
}
