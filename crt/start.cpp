// The C++ half of process start-up: _start (arch/<arch>/start.S) comes here with the initial stack pointer,
// directly for a -no-pie binary, through __solo_start_pie (crt/relocate.cpp) for a static PIE.
//
// Initial stack, as the kernel lays it out (System V ABI, identical on x86-64, aarch64 and riscv64):
//   sp[0]                 argc
//   sp[1 .. argc]         argv[0 .. argc-1]
//   sp[argc + 1]          NULL
//   ...                   envp[], then NULL
//   ...                   auxv (type, value) pairs, ending with AT_NULL
//
// Order: thread pointer and TLS (before any code that may read the canary or a thread_local), the canary,
// .preinit_array, .init_array (both with argc, argv, envp), main, exit. crt/ is compiled without the stack
// protector: this code runs before the canary exists.
//
// Only what a program uses costs anything: the canary is set up through a weak reference to
// crt/stack_chk.cpp, which is linked only when some function is protected (it references __stack_chk_fail);
// the TLS code runs (and is reached) only when the binary has a PT_TLS segment or needs a TCB for the canary.
#include "elf.hpp"
#include "tls.hpp"

#include <solo/exit.hpp>
#include <solo/process.hpp>
#include <thread_arch.hpp>

// The program's main, whichever of `int main()`, `int main(int, char**)` or `int main(int, char**, char**)` it
// declares: extra argument registers are simply ignored by a main that takes fewer, on every supported ABI.
// The asm label reaches main without declaring it ourselves (a C++ program may not).
int solo_program_main(int, char **, char **) __asm__("main");

// crt/stack_chk.cpp, when linked: stores the canary.
extern "C" [[gnu::weak]] void __solo_init_canary(unsigned long value);

using InitFunction = void (*)(int, char **, char **);
extern "C" {
// Defined by the linker around the sections of the same name (empty when a program has none).
[[gnu::visibility("hidden")]] extern const InitFunction __preinit_array_start[];
[[gnu::visibility("hidden")]] extern const InitFunction __preinit_array_end[];
[[gnu::visibility("hidden")]] extern const InitFunction __init_array_start[];
[[gnu::visibility("hidden")]] extern const InitFunction __init_array_end[];
}

extern "C" [[noreturn, gnu::visibility("hidden")]] void __solo_start(long *sp) {
  using namespace solo::crt;
  int argc = static_cast<int>(sp[0]);
  char **argv = reinterpret_cast<char **>(sp + 1);
  char **envp = argv + argc + 1;
  solo::process::set(argc, argv, envp); // solo::auxv finds the vector after envp when first asked

  const elf::Phdr *phdrs = nullptr;
  size_t count = 0;
  const unsigned long *random = nullptr;
  for (const unsigned long *a = elf::auxv_from_stack(sp); a[0]; a += 2) {
    if (a[0] == elf::at_phdr) phdrs = reinterpret_cast<const elf::Phdr *>(a[1]);
    if (a[0] == elf::at_phnum) count = a[1];
    if (a[0] == elf::at_random) random = reinterpret_cast<const unsigned long *>(a[1]);
  }
  bool canary = __solo_init_canary != nullptr;
  init_main_thread(phdrs, count, canary && solo::arch::canary_in_tcb);
  if (canary) __solo_init_canary(*random);

  for (const InitFunction *f = __preinit_array_start; f < __preinit_array_end; ++f) (*f)(argc, argv, envp);
  for (const InitFunction *f = __init_array_start; f < __init_array_end; ++f) (*f)(argc, argv, envp);
  solo::exit(solo_program_main(argc, argv, envp));
}
