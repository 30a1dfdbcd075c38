// The run-time helpers the ARM EABI has compilers call (the ARM "Run-time ABI" document, RTABI): integer
// division (ARMv7-A has no divide instruction in its baseline), 64-bit shifts, and conversions between 64-bit
// integers and floating point that VFP has no instruction for. solo programs link no compiler runtime, so they
// are here. Built with -fno-builtin and without the stack protector (crt's rules, cmake/solo.cmake): nothing in
// them may turn into a call of themselves, so the divisions are written as shift-and-subtract loops.
#include <stdint.h>

namespace {

// Unsigned n / d and n % d, one quotient bit per step; d != 0.
template <class U> [[gnu::always_inline]] inline U divide(U n, U d, U &rem) {
  constexpr unsigned bits = sizeof(U) * 8;
  if (d > n) {
    rem = n;
    return 0;
  }
  // Align d's top bit with n's, then subtract back down.
  unsigned shift = static_cast<unsigned>(sizeof(U) == 8 ? __builtin_clzll(d) - __builtin_clzll(n)
                                                        : __builtin_clz(static_cast<unsigned>(d)) -
                                                              __builtin_clz(static_cast<unsigned>(n)));
  (void)bits;
  U q = 0;
  d <<= shift;
  for (unsigned i = 0; i <= shift; ++i) {
    q <<= 1;
    if (n >= d) {
      n -= d;
      q |= 1;
    }
    d >>= 1;
  }
  rem = n;
  return q;
}

// A divide by zero has no defined result; the RTABI lets the helper return anything after __aeabi_idiv0.
// solo stops the program instead of returning garbage.
[[noreturn, gnu::always_inline]] inline void divide_by_zero() { __builtin_trap(); }

} // namespace

extern "C" {

// The RTABI's {quotient, remainder} pairs come back in r0 and r1 (32-bit) or r0:r1 and r2:r3 (64-bit):
// a 64-bit return value fills r0:r1, the low word being r0.
unsigned __aeabi_uidiv(unsigned n, unsigned d) {
  if (d == 0) divide_by_zero();
  unsigned rem;
  return divide(n, d, rem);
}
int __aeabi_idiv(int n, int d) {
  if (d == 0) divide_by_zero();
  unsigned rem;
  unsigned un = n < 0 ? 0u - static_cast<unsigned>(n) : static_cast<unsigned>(n);
  unsigned ud = d < 0 ? 0u - static_cast<unsigned>(d) : static_cast<unsigned>(d);
  unsigned q = divide(un, ud, rem);
  return static_cast<int>((n < 0) != (d < 0) ? 0u - q : q);
}
uint64_t __aeabi_uidivmod(unsigned n, unsigned d) {
  if (d == 0) divide_by_zero();
  unsigned rem;
  unsigned q = divide(n, d, rem);
  return q | (uint64_t{rem} << 32);
}
uint64_t __aeabi_idivmod(int n, int d) {
  if (d == 0) divide_by_zero();
  unsigned rem;
  unsigned un = n < 0 ? 0u - static_cast<unsigned>(n) : static_cast<unsigned>(n);
  unsigned ud = d < 0 ? 0u - static_cast<unsigned>(d) : static_cast<unsigned>(d);
  unsigned q = divide(un, ud, rem);
  // The quotient rounds toward zero; the remainder takes the dividend's sign.
  unsigned sq = (n < 0) != (d < 0) ? 0u - q : q;
  unsigned sr = n < 0 ? 0u - rem : rem;
  return sq | (uint64_t{sr} << 32);
}

// The 64-bit ones' results fill four registers: the C part returns the quotient and stores the remainder, the
// assembly entry points (below) load it into r2:r3.
[[gnu::used]] uint64_t __solo_uldivmod(uint64_t n, uint64_t d, uint64_t *rem) {
  if (d == 0) divide_by_zero();
  return divide(n, d, *rem);
}
[[gnu::used]] int64_t __solo_ldivmod(int64_t n, int64_t d, int64_t *rem) {
  if (d == 0) divide_by_zero();
  uint64_t un = n < 0 ? 0ull - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  uint64_t ud = d < 0 ? 0ull - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
  uint64_t r;
  uint64_t q = divide(un, ud, r);
  *rem = static_cast<int64_t>(n < 0 ? 0ull - r : r);
  return static_cast<int64_t>((n < 0) != (d < 0) ? 0ull - q : q);
}

// Shifts of a 64-bit value by 0-63 (the compiler inlines constant shifts; these serve variable ones).
uint64_t __aeabi_llsl(uint64_t v, int n) {
  uint32_t lo = static_cast<uint32_t>(v), hi = static_cast<uint32_t>(v >> 32);
  if (n >= 32) return uint64_t{lo << (n - 32)} << 32;
  if (n == 0) return v;
  return (uint64_t{(hi << n) | (lo >> (32 - n))} << 32) | (lo << n);
}
uint64_t __aeabi_llsr(uint64_t v, int n) {
  uint32_t lo = static_cast<uint32_t>(v), hi = static_cast<uint32_t>(v >> 32);
  if (n >= 32) return hi >> (n - 32);
  if (n == 0) return v;
  return (uint64_t{hi >> n} << 32) | ((lo >> n) | (hi << (32 - n)));
}
int64_t __aeabi_lasr(int64_t v, int n) {
  uint32_t lo = static_cast<uint32_t>(v);
  int32_t hi = static_cast<int32_t>(static_cast<uint64_t>(v) >> 32);
  if (n >= 32) return static_cast<int64_t>(hi >> (n - 32));
  if (n == 0) return v;
  uint32_t low = (lo >> n) | (static_cast<uint32_t>(hi) << (32 - n));
  return static_cast<int64_t>((static_cast<uint64_t>(static_cast<uint32_t>(hi >> n)) << 32) | low);
}

// 64-bit integers to double: the high word times 2^32 is exact, so adding the low word rounds once.
[[gnu::pcs("aapcs")]] double __aeabi_ul2d(uint64_t v) {
  return static_cast<double>(static_cast<uint32_t>(v >> 32)) * 4294967296.0 +
         static_cast<double>(static_cast<uint32_t>(v));
}
[[gnu::pcs("aapcs")]] double __aeabi_l2d(int64_t v) {
  return static_cast<double>(static_cast<int32_t>(static_cast<uint64_t>(v) >> 32)) * 4294967296.0 +
         static_cast<double>(static_cast<uint32_t>(v));
}
// To float: through a double that holds the value exactly, or with its bits beyond 53 folded into a sticky bit
// (still below float's rounding position), so the one rounding to float is the correct one.
[[gnu::pcs("aapcs")]] float __aeabi_ul2f(uint64_t v) {
  if (v >> 53) {
    unsigned k = 11;
    uint64_t kept = (v >> k) | ((v & ((uint64_t{1} << k) - 1)) != 0);
    return static_cast<float>(__aeabi_ul2d(kept) * 2048.0);
  }
  return static_cast<float>(__aeabi_ul2d(v));
}
[[gnu::pcs("aapcs")]] float __aeabi_l2f(int64_t v) {
  uint64_t magnitude = v < 0 ? 0ull - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  float f = __aeabi_ul2f(magnitude);
  return v < 0 ? -f : f;
}

// Double and float to 64-bit integers, rounding toward zero. Out-of-range values have no defined result in C;
// these saturate, as VFP's own 32-bit conversions do (NaN gives 0).
[[gnu::pcs("aapcs")]] uint64_t __aeabi_d2ulz(double d) {
  if (!(d > 0)) return 0;
  if (d >= 18446744073709551616.0) return ~uint64_t{0};
  uint32_t hi = static_cast<uint32_t>(d / 4294967296.0);
  uint32_t lo = static_cast<uint32_t>(d - static_cast<double>(hi) * 4294967296.0);
  return (uint64_t{hi} << 32) | lo;
}
[[gnu::pcs("aapcs")]] int64_t __aeabi_d2lz(double d) {
  if (d != d) return 0;
  if (d >= 9223372036854775808.0) return INT64_MAX;
  if (d <= -9223372036854775808.0) return INT64_MIN;
  uint64_t m = __aeabi_d2ulz(d < 0 ? -d : d);
  return d < 0 ? static_cast<int64_t>(0ull - m) : static_cast<int64_t>(m);
}
[[gnu::pcs("aapcs")]] uint64_t __aeabi_f2ulz(float f) { return __aeabi_d2ulz(static_cast<double>(f)); }
[[gnu::pcs("aapcs")]] int64_t __aeabi_f2lz(float f) { return __aeabi_d2lz(static_cast<double>(f)); }

} // extern "C"

// __aeabi_uldivmod(n in r0:r1, d in r2:r3): quotient in r0:r1, remainder in r2:r3. The C part gets a pointer
// to an 8-byte slot on the stack for the remainder (the fifth argument word, at sp); sp stays 8-byte aligned.
__asm__(".pushsection .text.__aeabi_uldivmod,\"ax\",%progbits\n"
        ".arm\n"
        ".globl __aeabi_uldivmod\n"
        ".type __aeabi_uldivmod,%function\n"
        "__aeabi_uldivmod:\n"
        "  push {r4, lr}\n"
        "  sub sp, sp, #16\n"
        "  add r4, sp, #8\n"
        "  str r4, [sp]\n"
        "  bl __solo_uldivmod\n"
        "  ldr r2, [sp, #8]\n"
        "  ldr r3, [sp, #12]\n"
        "  add sp, sp, #16\n"
        "  pop {r4, pc}\n"
        ".size __aeabi_uldivmod, . - __aeabi_uldivmod\n"
        ".popsection\n"
        ".pushsection .text.__aeabi_ldivmod,\"ax\",%progbits\n"
        ".arm\n"
        ".globl __aeabi_ldivmod\n"
        ".type __aeabi_ldivmod,%function\n"
        "__aeabi_ldivmod:\n"
        "  push {r4, lr}\n"
        "  sub sp, sp, #16\n"
        "  add r4, sp, #8\n"
        "  str r4, [sp]\n"
        "  bl __solo_ldivmod\n"
        "  ldr r2, [sp, #8]\n"
        "  ldr r3, [sp, #12]\n"
        "  add sp, sp, #16\n"
        "  pop {r4, pc}\n"
        ".size __aeabi_ldivmod, . - __aeabi_ldivmod\n"
        ".popsection\n");

// Half precision (_Float16) to and from float and double, under the names the ARM ABI gives them: the values
// travel as their 16 bits in a core register (crt/half.hpp has the conversions). Like every RTABI helper they
// follow the base procedure call standard, floating-point values in core registers, even in a hard-float
// program: hence pcs("aapcs") on each that takes or returns one.
#include "../../crt/half.hpp"

extern "C" {
[[gnu::pcs("aapcs")]] float __gnu_h2f_ieee(unsigned short h) { return solo::crt::half_to_float(h); }
[[gnu::pcs("aapcs")]] unsigned short __gnu_f2h_ieee(float x) { return solo::crt::to_half(x); }
[[gnu::pcs("aapcs")]] unsigned short __aeabi_d2h(double x) { return solo::crt::to_half(x); }
}
