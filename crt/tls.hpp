// The main thread's thread pointer and TLS block (crt/tls.cpp).
#pragma once

#include "elf.hpp"

namespace solo::crt {

// When the program has a PT_TLS segment, or `need_tcb` (x86-64's canary lives in the TCB): lays out the TLS
// block, copies .tdata into it (.tbss stays zero) and installs the thread pointer. Otherwise does nothing:
// the thread pointer stays unset. Dies on failure: nothing could run without it.
void init_main_thread(bool need_tcb) noexcept;

} // namespace solo::crt
