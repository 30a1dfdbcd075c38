// Mode::Trap's SIGSYS handler and the fail-closed end of lock_or_die (lib/sandbox/trap.cpp).
#pragma once

#include <solo/errno.hpp>
#include <solo/result.hpp>

namespace solo::sandbox::detail {

Result<void> install_trap_handler() noexcept;
[[noreturn]] void die_unlocked(Errno why) noexcept;

} // namespace solo::sandbox::detail
