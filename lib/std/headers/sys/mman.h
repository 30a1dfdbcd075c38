// Not part of solo (see lib/std/README.md).
#error "<sys/mman.h> is not available in solo: use solo::sys::mmap and friends (<solo/sys/memory.hpp>)"
