// strcmp and strncmp, which clang calls for __builtin_strcmp / __builtin_strncmp on run-time strings.
#include "c_string.hpp"

extern "C" {
int strcmp(const char *a, const char *b) { return solo::crt::strcmp(a, b); }
int strncmp(const char *a, const char *b, size_t n) { return solo::crt::strncmp(a, b, n); }
}
