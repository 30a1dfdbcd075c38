// strlen, memchr, strchr, strrchr (and their BSD names index, rindex), strstr, strspn, strcspn, strpbrk:
// clang calls them for the builtins of the same names on run-time strings (crt/c_string.hpp has the code).
#include "c_string.hpp"

extern "C" {
size_t strlen(const char *s) { return solo::crt::strlen(s); }
void *memchr(const void *s, int c, size_t n) { return solo::crt::memchr(s, c, n); }
char *strchr(const char *s, int c) { return solo::crt::strchr(s, c); }
char *strrchr(const char *s, int c) { return solo::crt::strrchr(s, c); }
char *index(const char *s, int c) { return solo::crt::strchr(s, c); }
char *rindex(const char *s, int c) { return solo::crt::strrchr(s, c); }
char *strstr(const char *haystack, const char *needle) { return solo::crt::strstr(haystack, needle); }
size_t strspn(const char *s, const char *accept) { return solo::crt::strspn(s, accept); }
size_t strcspn(const char *s, const char *reject) { return solo::crt::strcspn(s, reject); }
char *strpbrk(const char *s, const char *accept) { return solo::crt::strpbrk(s, accept); }
}
