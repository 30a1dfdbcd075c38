// A freestanding program for any architecture, built without solo's library (only its header-only system
// calls): toolchain/solo-syscalls must read its manifest whatever machine it runs on.
#include <solo/sys/raw.hpp>

namespace nr = solo::sys::nr;

extern "C" [[noreturn]] void _start() {
  solo::sys::raw(nr::write, 1, "foreign\n", 8);
  solo::sys::raw(nr::getppid);
  solo::sys::raw(nr::exit_group, 0);
  __builtin_unreachable();
}
