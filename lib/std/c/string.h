/* The C string functions solo defines (crt/mem*.cpp, crt/strlen.cpp, crt/memchr.cpp), which is all libc++'s
   <cstring> finds: its using-declarations of the others are skipped (libc++ marks them using_if_exists). The
   compiler also emits calls to these for copies, clears and its string builtins. */
#pragma once

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memcpy(void *__restrict dest, const void *__restrict src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
void *memset(void *dest, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);

#ifdef __cplusplus
}
#endif
