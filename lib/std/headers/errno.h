// Not part of solo's set of standard headers (see lib/std/README.md); libc++'s own headers may still
// include it for their internal use.
#ifndef _SOLO_STD_INTERNAL
#error "<errno.h> is not available in solo: there is no errno; errors are values (solo::Result, solo::Errno in <solo/result.hpp>)"
#else
#include_next <errno.h>
#endif
