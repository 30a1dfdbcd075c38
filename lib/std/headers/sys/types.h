// Not part of solo (see lib/std/README.md).
#error "<sys/types.h> is not available in solo: solo's types are in <solo/types.hpp> and the headers of each call"
