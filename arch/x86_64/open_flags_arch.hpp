// openat flags whose values are architecture-specific: x86_64 takes the asm-generic ones.
#pragma once

#include "../generic/open_flags_generic.hpp"
