// floor, ceil, trunc, round, rint, nearbyint and the l/ll forms of lround and lrint, for double and float:
// clang calls them for the builtins (and for llvm's rounding intrinsics where the target has no instruction).
#include "c_math.hpp"

using namespace solo::crt;

extern "C" {
double floor(double x) { return floor_of(x); }
float floorf(float x) { return floor_of(x); }
double ceil(double x) { return ceil_of(x); }
float ceilf(float x) { return ceil_of(x); }
double trunc(double x) { return truncate(x); }
float truncf(float x) { return truncate(x); }
double round(double x) { return round_half_away(x); }
float roundf(float x) { return round_half_away(x); }
double rint(double x) { return round_half_even(x); }
float rintf(float x) { return round_half_even(x); }
// nearbyint is rint without the inexact flag, and solo keeps no flags.
double nearbyint(double x) { return round_half_even(x); }
float nearbyintf(float x) { return round_half_even(x); }
long lround(double x) { return to_long(round_half_away(x)); }
long lroundf(float x) { return to_long(round_half_away(x)); }
long long llround(double x) { return to_long(round_half_away(x)); }
long long llroundf(float x) { return to_long(round_half_away(x)); }
long lrint(double x) { return to_long(round_half_even(x)); }
long lrintf(float x) { return to_long(round_half_even(x)); }
long long llrint(double x) { return to_long(round_half_even(x)); }
long long llrintf(float x) { return to_long(round_half_even(x)); }
}
