// Not part of solo's set of standard headers (see lib/std/README.md); libc++'s own headers may still
// include it for their internal use.
#ifndef _SOLO_STD_INTERNAL
#error "<assert.h> is not available in solo: stop a program with solo::panic (<solo/panic.hpp>): a message, then SIGABRT"
#else
#include_next <assert.h>
#endif
