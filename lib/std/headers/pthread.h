// Not part of solo (see lib/std/README.md).
#error "<pthread.h> is not available in solo: solo has no threads yet"
