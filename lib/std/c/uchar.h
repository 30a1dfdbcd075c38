/* libc++'s character traits name mbstate_t, which the C library provides in <uchar.h> (or <wchar.h>). solo has
   no multibyte conversions: the type only, no functions. */
#pragma once

typedef struct {
  unsigned int __state[2];
} mbstate_t;
