/* libc++'s <cmath>, which some of its headers include for their own use (hash tables size their buckets
   with it), needs the number classes of <math.h>. solo has no C math library: no functions are declared.
   The values are the usual ones. */
#pragma once

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4
