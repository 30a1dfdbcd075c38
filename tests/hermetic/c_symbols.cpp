// Every C symbol clang may call on its own in a solo program, forced: the builtins on run-time values (which
// clang lowers to calls of the C functions), 128-bit integer arithmetic and conversions, binary16
// conversions. Built at -O0, -O2 and -Os for each architecture (tests/hermetic/CMakeLists.txt): each build
// must link with nothing undefined (binary.c_symbols_*) and give the right answers. The exhaustive
// comparisons with a C library are tests/unit/c_symbols_test.cpp.
#include "check.hpp"

#include <stddef.h>
#include <stdint.h>

extern "C" {
void free(void *);
}

namespace {

// Run-time values the optimizer cannot see through.
volatile const char *volatile text = "hello, solo world";
volatile const char *volatile other = "hello, solo";
volatile const char *volatile word = "solo";
volatile int letter = 'o';
volatile size_t five = 5;
volatile double two_and_half = 2.5, minus_two_and_half = -2.5, seven = 7.0, three = 3.0;
volatile float one_and_half = 1.5f;
volatile const wchar_t *volatile wide = L"wide text";

const char *s(volatile const char *volatile &p) { return const_cast<const char *>(p); }

void strings() {
  const char *t = s(text), *o = s(other), *w = s(word);
  CHECK_EQ(__builtin_strlen(t), 17);
  CHECK(__builtin_memchr(t, letter, five) == t + 4);
  CHECK(__builtin_memchr(t, 'z', five) == nullptr);
  CHECK(__builtin_strchr(t, letter) == t + 4);
  CHECK(__builtin_strchr(t, 0) == t + 17);
  CHECK(__builtin_strrchr(t, letter) == t + 13);
  CHECK(__builtin_index(t, letter) == t + 4);
  CHECK(__builtin_rindex(t, letter) == t + 13);
  CHECK(__builtin_strcmp(t, o) > 0);
  CHECK(__builtin_strcmp(o, t) < 0);
  CHECK(__builtin_strcmp(t, t) == 0);
  CHECK(__builtin_strncmp(t, o, 11) == 0);
  CHECK(__builtin_strncmp(t, o, 12) > 0);
  CHECK(__builtin_strstr(t, w) == t + 7);
  CHECK(__builtin_strstr(w, t) == nullptr);
  CHECK_EQ(__builtin_strspn(t, "ehl"), 4);
  CHECK_EQ(__builtin_strcspn(t, ", "), 5);
  CHECK(__builtin_strpbrk(t, w) == t + 2);
  char buf[64];
  CHECK(__builtin_strcpy(buf, w) == buf);
  CHECK(__builtin_strcmp(buf, "solo") == 0);
  CHECK(__builtin_stpcpy(buf, w) == buf + 4);
  CHECK(__builtin_strcat(buf, t) == buf);
  CHECK(__builtin_strcmp(buf, "solohello, solo world") == 0);
  CHECK(__builtin_strncat(buf, w, 2) == buf);
  CHECK(__builtin_strcmp(buf, "solohello, solo worldso") == 0);
  for (char &c : buf) c = 'x';
  CHECK(__builtin_strncpy(buf, w, 8) == buf);
  CHECK(__builtin_memcmp(buf, "solo\0\0\0\0x", 9) == 0);
  char *copy = __builtin_strdup(t);
  CHECK(copy != nullptr && __builtin_strcmp(copy, t) == 0);
  free(copy);
  copy = __builtin_strndup(t, five);
  CHECK(copy != nullptr && __builtin_strcmp(copy, "hello") == 0);
  free(copy);
  CHECK(__builtin_bcmp(t, o, 11) == 0);
}

void wide_strings() {
  const wchar_t *w = const_cast<const wchar_t *>(wide);
  CHECK_EQ(__builtin_wcslen(w), 9);
  CHECK(__builtin_wmemchr(w, L't', five + 4) == w + 5);
  CHECK(__builtin_wcschr(w, L'x') == w + 7);
  CHECK(__builtin_wcscmp(w, L"wide") > 0);
  CHECK(__builtin_wcsncmp(w, L"wide", 4) == 0);
  CHECK(__builtin_wmemcmp(w, L"wider", five) < 0);
  wchar_t buf[16];
  CHECK(__builtin_wmemcpy(buf, w, 10) == buf);
  CHECK(__builtin_wmemmove(buf + 1, buf, 9) == buf + 1);
  CHECK(__builtin_wmemcmp(buf, L"wwide tex", 9) == 0);
}

// Only the 64-bit targets have __int128 (and solo's helpers for it, crt/int128.cpp).
#ifdef __SIZEOF_INT128__
void int128() {
  using u128 = unsigned __int128;
  using i128 = __int128;
  u128 big = (static_cast<u128>(five) << 100) + 12345;
  u128 d = static_cast<u128>(five) << 40 | 7;
  u128 q = big / d, r = big % d;
  CHECK(q * d + r == big);
  CHECK(r < d);
  CHECK(static_cast<uint64_t>(big / five) == static_cast<uint64_t>(((static_cast<u128>(1) << 100) + 2469)));
  i128 neg = -static_cast<i128>(big);
  CHECK(neg / static_cast<i128>(d) == -static_cast<i128>(q));
  CHECK(neg % static_cast<i128>(d) == -static_cast<i128>(r));
  i128 product;
  CHECK(__builtin_mul_overflow(static_cast<i128>(big), static_cast<i128>(d), &product));
  CHECK(!__builtin_mul_overflow(static_cast<i128>(q), static_cast<i128>(five), &product));
  CHECK(product == static_cast<i128>(q * 5));
  double x = static_cast<double>(big);
  CHECK(x == 5.0 * 0x1p100);
  CHECK(static_cast<float>(big) == 5.0f * 0x1p100f);
  CHECK(static_cast<double>(neg) == -5.0 * 0x1p100);
  CHECK(static_cast<float>(neg) == -5.0f * 0x1p100f);
  CHECK(static_cast<u128>(x) == static_cast<u128>(five) << 100);
  CHECK(static_cast<i128>(-x) == -(static_cast<i128>(five) << 100));
  CHECK(static_cast<u128>(static_cast<float>(x)) == static_cast<u128>(five) << 100);
  CHECK(static_cast<i128>(static_cast<float>(-x)) == -(static_cast<i128>(five) << 100));
}
#endif

void math() {
  double a = two_and_half, b = minus_two_and_half;
  float f = one_and_half;
  CHECK(__builtin_floor(a) == 2.0 && __builtin_floor(b) == -3.0 && __builtin_floorf(f) == 1.0f);
  CHECK(__builtin_ceil(a) == 3.0 && __builtin_ceil(b) == -2.0 && __builtin_ceilf(f) == 2.0f);
  CHECK(__builtin_trunc(a) == 2.0 && __builtin_trunc(b) == -2.0 && __builtin_truncf(f) == 1.0f);
  CHECK(__builtin_round(a) == 3.0 && __builtin_round(b) == -3.0 && __builtin_roundf(f) == 2.0f);
  CHECK(__builtin_rint(a) == 2.0 && __builtin_rint(b) == -2.0 && __builtin_rintf(f) == 2.0f);
  CHECK(__builtin_nearbyint(a) == 2.0 && __builtin_nearbyintf(f) == 2.0f);
  CHECK(__builtin_lround(a) == 3 && __builtin_llround(b) == -3 && __builtin_lroundf(f) == 2);
  CHECK(__builtin_lrint(a) == 2 && __builtin_llrint(b) == -2 && __builtin_lrintf(f) == 2);
  CHECK(__builtin_sqrt(seven * seven) == 7.0 && __builtin_sqrtf(f * f) == 1.5f);
  CHECK(__builtin_fmod(seven, three) == 1.0 && __builtin_fmod(-seven, three) == -1.0);
  CHECK(__builtin_fmodf(static_cast<float>(seven), f) == 1.0f);
  int e = 0;
  CHECK(__builtin_frexp(seven, &e) == 0.875 && e == 3);
  CHECK(__builtin_frexpf(f, &e) == 0.75f && e == 1);
  CHECK(__builtin_ldexp(seven, -3) == 0.875 && __builtin_ldexpf(f, 2) == 6.0f);
  CHECK(__builtin_powi(three, static_cast<int>(five)) == 243.0);
  CHECK(__builtin_powif(f, -2) == 1.0f / 2.25f);
  // binary16 where there is no instruction for it.
  _Float16 h = static_cast<_Float16>(f);
  CHECK(static_cast<float>(h) == 1.5f);
  CHECK(static_cast<float>(static_cast<_Float16>(seven)) == 7.0f);
  CHECK(static_cast<float>(static_cast<_Float16>(f * 100000.0f)) == __builtin_inff()); // beyond 65504
}

} // namespace

int main() {
  strings();
  wide_strings();
#ifdef __SIZEOF_INT128__
  int128();
#endif
  math();
  return check::summary();
}
