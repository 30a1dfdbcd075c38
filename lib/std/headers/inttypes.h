// Not part of solo's set of standard headers (see lib/std/README.md); libc++'s own headers may still
// include it for their internal use.
#ifndef _SOLO_STD_INTERNAL
#error "<inttypes.h> is not available in solo: use <cstdint>; solo::print formats every integer type with {}"
#else
#include_next <inttypes.h>
#endif
