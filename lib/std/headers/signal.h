// Not part of solo's set of standard headers (see lib/std/README.md); libc++'s own headers may still
// include it for their internal use.
#ifndef _SOLO_STD_INTERNAL
#error "<signal.h> is not available in solo: use solo::signal (<solo/signal.hpp>)"
#else
#include_next <signal.h>
#endif
