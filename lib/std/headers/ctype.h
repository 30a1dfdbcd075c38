// Not part of solo's set of standard headers (see lib/std/README.md); libc++'s own headers may still
// include it for their internal use.
#ifndef _SOLO_STD_INTERNAL
#error "<ctype.h> is not available in solo: no locales; bytes compare as bytes (LC_ALL=C), and solo::print formats without one"
#else
#include_next <ctype.h>
#endif
