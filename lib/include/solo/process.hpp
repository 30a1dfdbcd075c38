// The process's arguments and environment as the kernel passed them.
#pragma once

namespace solo::process {

int argc() noexcept;
char **argv() noexcept;
char **envp() noexcept;

// Start-up hands these over before the constructors run, in a program that calls any of the three (a start-up
// step, lib/process/process.cpp); a hosted program (the unit tests) calls it itself.
void set(int argc, char **argv, char **envp) noexcept;

} // namespace solo::process
