// The C++ half of process start-up: _start (arch/<arch>/start.S) jumps here with the initial stack pointer.
//
// Initial stack, as the kernel lays it out (System V ABI, identical on x86-64, aarch64 and riscv64):
//   sp[0]                 argc
//   sp[1 .. argc]         argv[0 .. argc-1]
//   sp[argc + 1]          NULL
//   ...                   envp[], then NULL
//   ...                   auxv (type, value) pairs, ending with AT_NULL
#include <solo/exit.hpp>
#include <solo/process.hpp>
#include <solo/sys/process.hpp>

// The program's main, whichever of `int main()`, `int main(int, char**)` or `int main(int, char**, char**)` it
// declares: extra argument registers are simply ignored by a main that takes fewer, on every supported ABI.
// The asm label reaches main without declaring it ourselves (a C++ program may not).
int solo_program_main(int, char **, char **) __asm__("main");

// The end of solo::exit (lib/include/solo/exit.hpp). Without lib/io/stream.cpp in the program there is nothing to
// flush, so these weak definitions do no flushing; stream.cpp's strong ones replace them when it is linked. They
// live here, in the object every program links, so that looking them up never pulls stream.cpp in.
[[gnu::weak]] void solo::io::detail::flush_standard_streams() noexcept {}
[[gnu::weak]] void solo::io::detail::flush_and_exit(int status) noexcept { solo::sys::exit_group(status); }

extern "C" [[noreturn]] void __solo_start(long *sp) {
  int argc = static_cast<int>(sp[0]);
  char **argv = reinterpret_cast<char **>(sp + 1);
  char **envp = argv + argc + 1;
  solo::process::set(argc, argv, envp); // the auxiliary vector after envp is found when first asked for
  solo::exit(solo_program_main(argc, argv, envp));
}
