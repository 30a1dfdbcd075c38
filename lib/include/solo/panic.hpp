// Unrecoverable misuse: write a message to stderr and die by SIGABRT, so a parent sees a signal death.
#pragma once

namespace solo {

[[noreturn]] void panic(const char *message) noexcept;

} // namespace solo
