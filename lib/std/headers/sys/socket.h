// Not part of solo (see lib/std/README.md).
#error "<sys/socket.h> is not available in solo: use solo::sys::socket and friends (<solo/sys/socket.hpp>)"
