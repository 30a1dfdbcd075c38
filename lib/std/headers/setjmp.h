// Not part of solo's set of standard headers (see lib/std/README.md); libc++'s own headers may still
// include it for their internal use.
#ifndef _SOLO_STD_INTERNAL
#error "<setjmp.h> is not available in solo: no setjmp/longjmp (nothing unwinds in solo)"
#else
#include_next <setjmp.h>
#endif
