// Not part of solo's set of standard headers (see lib/std/README.md); libc++'s own headers may still
// include it for their internal use.
#ifndef _SOLO_STD_INTERNAL
#error "<uchar.h> is not available in solo: no wide or multibyte characters; text is bytes (std::string_view, solo::String)"
#else
#include_next <uchar.h>
#endif
