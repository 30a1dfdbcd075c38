/* libc++ includes <features.h> on Linux to find out whether the C library is glibc (__GLIBC__). It is not:
   solo is the whole runtime, so this header says nothing. */
#pragma once
