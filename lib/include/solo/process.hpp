// The process's arguments and environment as the kernel passed them.
#pragma once

namespace solo::process {

int argc() noexcept;
char **argv() noexcept;
char **envp() noexcept;

// Start-up hands these over once, before main.
void set(int argc, char **argv, char **envp) noexcept;

} // namespace solo::process
