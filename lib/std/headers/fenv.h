// Not part of solo's set of standard headers (see lib/std/README.md); libc++'s own headers may still
// include it for their internal use.
#ifndef _SOLO_STD_INTERNAL
#error "<fenv.h> is not available in solo: there is no C math library in solo (the compiler's __builtin_sqrt, __builtin_fabs ... work)"
#else
#include_next <fenv.h>
#endif
