// strcpy, stpcpy, strncpy, strcat, strncat: what clang calls for their builtins when it cannot turn them
// into memcpy (it does when the source's length is known).
#include "c_string.hpp"

extern "C" {
char *strcpy(char *__restrict dest, const char *__restrict src) { return solo::crt::strcpy(dest, src); }
char *stpcpy(char *__restrict dest, const char *__restrict src) { return solo::crt::stpcpy(dest, src); }
char *strncpy(char *__restrict dest, const char *__restrict src, size_t n) { return solo::crt::strncpy(dest, src, n); }
char *strcat(char *__restrict dest, const char *__restrict src) { return solo::crt::strcat(dest, src); }
char *strncat(char *__restrict dest, const char *__restrict src, size_t n) { return solo::crt::strncat(dest, src, n); }
}
