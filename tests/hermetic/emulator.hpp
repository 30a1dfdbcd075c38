// What the process runs on, as the test harness says (cmake/runners.cmake, qemu/emulators.list): SOLO_QEMU names
// the qemu-user emulator and SOLO_QEMU_GIVES lists what that emulator gives the guest beyond what no emulator
// here does, so that a test expects exactly that instead of accepting whatever it finds. Without SOLO_QEMU the
// process runs on a real kernel (natively, or booted under qemu-system), which gives everything:
//   vdso      a vDSO (AT_SYSINFO_EHDR)             aslr      a PIE at a fresh random base in every run
//   openat2   openat2                              execveat  execveat
//   clone3    clone3                               clone_vm  CLONE_VM really shares memory (not a fork)
//   io_uring  io_uring_setup/enter/register        seccomp   seccomp
//   preadv2   preadv2/pwritev2                     sigaction_layout  rt_sigaction's struct as the kernel's
//   threads_after_fork  threads in a child forked from a threaded process
// Shared by the hermetic and the unit tests (both have solo's environment).
#pragma once

#include <solo/env.hpp>
#include <solo/string_view.hpp>

namespace emulator {

// The emulator's name, or "" on a real kernel.
inline solo::StringView name() {
  auto n = solo::env::get("SOLO_QEMU");
  return n ? n->view() : solo::StringView();
}

inline bool real_kernel() { return name().empty(); }

// Whether the word `feature` is in the space-separated `list`.
constexpr bool listed(solo::StringView list, solo::StringView feature) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && list[i] == ' ') ++i;
    size_t start = i;
    while (i < list.size() && list[i] != ' ') ++i;
    if (solo::StringView(list.data() + start, i - start) == feature && i > start) return true;
  }
  return false;
}

inline bool gives(solo::StringView feature) {
  if (real_kernel()) return true;
  auto list = solo::env::get("SOLO_QEMU_GIVES");
  return list && listed(list->view(), feature);
}

} // namespace emulator
