// The run-time helpers clang has i386 code call for 64-bit integer arithmetic it does not inline (the libgcc
// names: __udivdi3 and friends, each taking and returning 64-bit values on the stack and in edx:eax, as cdecl
// does). solo programs link no compiler runtime, so they are here. Built with -fno-builtin and without the stack
// protector (crt's rules, cmake/solo.cmake): nothing in them may turn into a call of themselves, so division is a
// shift-and-subtract loop and the shifts are done on 32-bit halves.
#include <stdint.h>

namespace {

struct Halves {
  uint32_t low, high;
};
[[gnu::always_inline]] inline Halves split(uint64_t v) {
  return {static_cast<uint32_t>(v), static_cast<uint32_t>(v >> 32 >> 0)};
}

// Unsigned n / d with the remainder in rem, one quotient bit per step; d != 0 (a zero divisor stops the
// program: the result would be undefined).
[[gnu::always_inline]] inline uint64_t divide(uint64_t n, uint64_t d, uint64_t &rem) {
  if (d == 0) __builtin_trap();
  if (d > n) {
    rem = n;
    return 0;
  }
  unsigned shift = static_cast<unsigned>(__builtin_clzll(d) - __builtin_clzll(n));
  uint64_t q = 0;
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

[[gnu::always_inline]] inline uint64_t magnitude(int64_t v) {
  return v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
}

} // namespace

extern "C" {

uint64_t __udivdi3(uint64_t n, uint64_t d) {
  uint64_t rem;
  return divide(n, d, rem);
}
uint64_t __umoddi3(uint64_t n, uint64_t d) {
  uint64_t rem;
  divide(n, d, rem);
  return rem;
}
// Signed: the quotient truncates toward zero, the remainder takes the dividend's sign.
int64_t __divdi3(int64_t n, int64_t d) {
  uint64_t rem;
  uint64_t q = divide(magnitude(n), magnitude(d), rem);
  return static_cast<int64_t>((n < 0) != (d < 0) ? 0 - q : q);
}
int64_t __moddi3(int64_t n, int64_t d) {
  uint64_t rem;
  divide(magnitude(n), magnitude(d), rem);
  return static_cast<int64_t>(n < 0 ? 0 - rem : rem);
}
uint64_t __udivmoddi4(uint64_t n, uint64_t d, uint64_t *rem) {
  uint64_t r;
  uint64_t q = divide(n, d, r);
  if (rem) *rem = r;
  return q;
}

// Shifts by 0..63 (a larger count is undefined in C++ and never asked for).
uint64_t __ashldi3(uint64_t v, int count) {
  Halves h = split(v);
  unsigned c = static_cast<unsigned>(count) & 63;
  if (c == 0) return v;
  uint32_t low = c >= 32 ? 0 : h.low << c;
  uint32_t high = c >= 32 ? h.low << (c - 32) : (h.high << c) | (h.low >> (32 - c));
  return (static_cast<uint64_t>(high) << 32) | low;
}
uint64_t __lshrdi3(uint64_t v, int count) {
  Halves h = split(v);
  unsigned c = static_cast<unsigned>(count) & 63;
  if (c == 0) return v;
  uint32_t high = c >= 32 ? 0 : h.high >> c;
  uint32_t low = c >= 32 ? h.high >> (c - 32) : (h.low >> c) | (h.high << (32 - c));
  return (static_cast<uint64_t>(high) << 32) | low;
}
int64_t __ashrdi3(int64_t v, int count) {
  Halves h = split(static_cast<uint64_t>(v));
  unsigned c = static_cast<unsigned>(count) & 63;
  if (c == 0) return v;
  int32_t shigh = static_cast<int32_t>(h.high);
  uint32_t high = c >= 32 ? static_cast<uint32_t>(shigh >> 31) : static_cast<uint32_t>(shigh >> c);
  uint32_t low = c >= 32 ? static_cast<uint32_t>(shigh >> (c - 32)) : (h.low >> c) | (h.high << (32 - c));
  return static_cast<int64_t>((static_cast<uint64_t>(high) << 32) | low);
}

} // extern "C"
