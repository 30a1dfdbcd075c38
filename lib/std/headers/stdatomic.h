// Not part of solo's set of standard headers (see lib/std/README.md); libc++'s own headers may still
// include it for their internal use.
#ifndef _SOLO_STD_INTERNAL
#error "<stdatomic.h> is not available in solo: it is outside solo's set of standard headers (lib/std/README.md)"
#else
#include_next <stdatomic.h>
#endif
