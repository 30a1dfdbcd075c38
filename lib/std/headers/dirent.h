// Not part of solo (see lib/std/README.md).
#error "<dirent.h> is not available in solo: use solo::sys::Dir (<solo/sys/dir.hpp>)"
