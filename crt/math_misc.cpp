// sqrt, fmod, frexp and ldexp (scalbn) for double and float: what clang calls for those builtins (sqrt
// because C's sqrt may set errno; solo has none, so it is the instruction).
#include "c_math.hpp"

using namespace solo::crt;

extern "C" {
double sqrt(double x) { return square_root(x); }
float sqrtf(float x) { return square_root(x); }
double fmod(double x, double y) { return remainder_trunc(x, y); }
float fmodf(float x, float y) { return remainder_trunc(x, y); }
double frexp(double x, int *e) { return split_exponent(x, e); }
float frexpf(float x, int *e) { return split_exponent(x, e); }
double ldexp(double x, int n) { return scale(x, n); }
float ldexpf(float x, int n) { return scale(x, n); }
double scalbn(double x, int n) { return scale(x, n); }
float scalbnf(float x, int n) { return scale(x, n); }
}
