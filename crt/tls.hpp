// The main thread's thread pointer and TLS area (crt/tls.cpp; the layout of every thread's area is in
// solo/detail/tls_area.hpp).
#pragma once

#include "elf.hpp"

#include <solo/detail/tls_area.hpp>

namespace solo::crt {

// When the program has a PT_TLS segment, or `need_tcb` (x86-64's canary lives in the TCB): lays out the main
// thread's TLS area and installs the thread pointer. Otherwise does nothing: the thread pointer stays unset.
// Dies on failure: nothing could run without it.
void init_main_thread(bool need_tcb) noexcept;

} // namespace solo::crt
