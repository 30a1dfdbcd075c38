// struct stat on aarch64: the asm-generic layout.
#pragma once

#include "../generic/stat_generic.hpp"
