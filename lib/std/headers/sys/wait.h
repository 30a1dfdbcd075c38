// Not part of solo (see lib/std/README.md).
#error "<sys/wait.h> is not available in solo: use solo::sys::wait4 and waitid (<solo/sys/wait.hpp>)"
