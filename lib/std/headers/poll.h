// Not part of solo (see lib/std/README.md).
#error "<poll.h> is not available in solo: use solo::sys::ppoll (<solo/sys/poll.hpp>)"
