// The main thread's thread pointer and TLS area (crt/tls.cpp); the layout of every thread's area, and the
// program's TLS image, are in solo/detail/tls_area.hpp.
#pragma once

#include "elf.hpp"

#include <solo/detail/tls_area.hpp>

#include <syscall_arch.hpp>
#include <syscall_numbers.hpp>

namespace solo::crt {

// Start-up cannot go on without a thread pointer it was asked for: no message helpers exist yet this early.
[[noreturn]] inline void start_failed() noexcept {
  arch::syscall1(arch::nr::exit_group, 127);
  __builtin_unreachable();
}

} // namespace solo::crt

// Installs the main thread's thread pointer (once: later calls return at once): a TLS area for the program's
// thread_local data, or when `need_tcb` (x86-64's canary lives in the TCB) at least a TCB; with neither it
// does nothing.
extern "C" void __solo_main_thread_setup(bool need_tcb) noexcept;
