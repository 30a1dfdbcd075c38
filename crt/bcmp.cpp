// clang turns `memcmp(a, b, n) == 0` into bcmp, which only has to say "equal or not"; memcmp's answer does that.
#include <stddef.h>

extern "C" int memcmp(const void *, const void *, size_t);

extern "C" int bcmp(const void *a, const void *b, size_t n) { return memcmp(a, b, n); }
