// binary16 conversions under the compiler runtime's names (crt/half.hpp has the code).
#include "half.hpp"

using namespace solo::crt;

extern "C" {
float __extendhfsf2(_Float16 h) { return half_to_float(__builtin_bit_cast(uint16_t, h)); }
_Float16 __truncsfhf2(float x) { return __builtin_bit_cast(_Float16, to_half(x)); }
_Float16 __truncdfhf2(double x) { return __builtin_bit_cast(_Float16, to_half(x)); }
}
