/* The C library functions of <stdlib.h> that solo defines: the allocator (crt/malloc.cpp), abort, exit, _Exit
   and atexit (crt/). libc++'s <stdlib.h> wrapper adds std::abs and std::div overloads on top; div, ldiv and
   lldiv are defined here, since they are one division each. */
#pragma once

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
  int quot, rem;
} div_t;
typedef struct {
  long quot, rem;
} ldiv_t;
typedef struct {
  long long quot, rem;
} lldiv_t;

static inline div_t div(int a, int b) {
  div_t r = {a / b, a % b};
  return r;
}
static inline ldiv_t ldiv(long a, long b) {
  ldiv_t r = {a / b, a % b};
  return r;
}
static inline lldiv_t lldiv(long long a, long long b) {
  lldiv_t r = {a / b, a % b};
  return r;
}

void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *p, size_t size);
void *aligned_alloc(size_t align, size_t size);
void free(void *p);

[[noreturn]] void abort(void);
[[noreturn]] void exit(int status);
[[noreturn]] void _Exit(int status);
int atexit(void (*handler)(void));

#ifdef __cplusplus
}
#endif
