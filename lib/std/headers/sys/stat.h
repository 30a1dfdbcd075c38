// Not part of solo (see lib/std/README.md).
#error "<sys/stat.h> is not available in solo: use solo::sys::newfstatat, statx, fstat (<solo/sys/stat.hpp>)"
