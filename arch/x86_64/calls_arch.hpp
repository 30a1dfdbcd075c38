// The word-width-dependent system calls on this 64-bit architecture: the common LP64 forms.
#pragma once

#include <syscall_numbers.hpp>

#include "../generic/calls_lp64.hpp"
