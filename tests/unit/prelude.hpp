// Included first by every unit test: the host headers (and doctest) before solo, so solo's errno.hpp can take
// back the host's errno macros for solo::Errno's names.
#pragma once

#include <doctest/doctest.h>
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

#include <solo.hpp>

// What the emulator this test runs under gives (qemu/emulators.list), to expect exactly that.
#include "../hermetic/emulator.hpp"
