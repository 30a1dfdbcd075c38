// 128-bit division, remainder, checked multiplication, shifts and product under the compiler runtime's names:
// clang calls them for `/`, `%` on __int128, for __builtin_mul_overflow on it, and for `<<`, `>>` and `*` when
// it optimises for size (crt/int128.hpp has the code).
#include "int128.hpp"

// Only the 64-bit targets have __int128 (and call these for it).
#ifdef __SIZEOF_INT128__

using solo::crt::i128;
using solo::crt::u128;

extern "C" {
u128 __udivti3(u128 n, u128 d) {
  u128 rem;
  return solo::crt::divide(n, d, rem);
}
u128 __umodti3(u128 n, u128 d) {
  u128 rem;
  (void)solo::crt::divide(n, d, rem);
  return rem;
}
i128 __divti3(i128 n, i128 d) { return solo::crt::divide_signed(n, d); }
i128 __modti3(i128 n, i128 d) { return solo::crt::remainder_signed(n, d); }
u128 __ashlti3(u128 v, int n) { return solo::crt::shift_left(v, n); }
u128 __lshrti3(u128 v, int n) { return solo::crt::shift_right(v, n); }
i128 __ashrti3(i128 v, int n) { return solo::crt::shift_right_signed(v, n); }
u128 __multi3(u128 a, u128 b) { return solo::crt::multiply(a, b); }
i128 __muloti4(i128 a, i128 b, int *overflow) {
  bool o;
  i128 r = solo::crt::multiply_checked(a, b, o);
  *overflow = o ? 1 : 0;
  return r;
}
}

#endif // __SIZEOF_INT128__
