// Not part of solo's set of standard headers (see lib/std/README.md); libc++'s own headers may still
// include it for their internal use.
#ifndef _SOLO_STD_INTERNAL
#error "<time.h> is not available in solo: use solo::time (<solo/time.hpp>) for clocks and solo::io::sleep_for for sleeping"
#else
#include_next <time.h>
#endif
