// struct stat on i386: the kernel's own (stat64) has 32-bit times, so solo never asks for it: fstat and
// fstatat go through statx (arch/generic/calls_ilp32.hpp), which fills solo's 64-bit Stat.
#pragma once

#include "../generic/stat_ilp32.hpp"
