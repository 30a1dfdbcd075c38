// Conversions between 128-bit integers and double or float under the compiler runtime's names: clang calls
// them for the casts (crt/int128.hpp has the code).
#include "int128.hpp"

// Only the 64-bit targets have __int128 (and call these for it).
#ifdef __SIZEOF_INT128__

using namespace solo::crt;

extern "C" {
double __floattidf(i128 v) { return from_i128<double>(v); }
double __floatuntidf(u128 v) { return from_u128<double>(v); }
float __floattisf(i128 v) { return from_i128<float>(v); }
float __floatuntisf(u128 v) { return from_u128<float>(v); }
i128 __fixdfti(double x) { return to_i128(x); }
u128 __fixunsdfti(double x) { return to_u128(x); }
i128 __fixsfti(float x) { return to_i128(x); }
u128 __fixunssfti(float x) { return to_u128(x); }
}

#endif // __SIZEOF_INT128__
