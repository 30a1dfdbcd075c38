// Not part of solo (see lib/std/README.md).
#error "<fcntl.h> is not available in solo: use solo::sys::openat and the fcntl_* calls (<solo/sys/file.hpp>, <solo/sys/fcntl.hpp>)"
