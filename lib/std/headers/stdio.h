// Not part of solo's set of standard headers (see lib/std/README.md); libc++'s own headers may still
// include it for their internal use.
#ifndef _SOLO_STD_INTERNAL
#error "<stdio.h> is not available in solo: no C stdio; use solo::print / solo::println (<solo/print.hpp>) and solo::io (<solo/io.hpp>)"
#else
#include_next <stdio.h>
#endif
