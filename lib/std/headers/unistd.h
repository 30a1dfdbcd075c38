// Not part of solo (see lib/std/README.md).
#error "<unistd.h> is not available in solo: use solo::sys (<solo.hpp>): read, write, close, fork, execve ... as typed calls returning solo::Result"
