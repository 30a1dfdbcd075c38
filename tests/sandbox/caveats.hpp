// The linker's corner cases for the manifest (tests/sandbox/caveats.sh builds these files in several ways):
// inline and template functions emitted in two translation units (COMDAT), functions nothing calls, and two
// identical functions that identical-code folding merges. Each marker call is one the rest of solo never makes.
#pragma once

#include <solo/sys/process.hpp>

namespace nr = solo::sys::nr;

inline long inline_used() { return solo::sys::raw(nr::getuid); }
inline long inline_unused() { return solo::sys::raw(nr::getgid); }
template <class T> long template_used(T) { return solo::sys::raw(nr::geteuid); }
template <class T> long template_unused(T) { return solo::sys::raw(nr::getegid); }

long from_other_unit(); // caveats_other.cpp: uses the inline and template functions too
long unused_function(); // caveats_other.cpp: nothing calls it
long twin_a();          // caveats_other.cpp: identical twins, folded by --icf=all
long twin_b();
