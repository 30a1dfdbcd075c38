// The C string functions compilers call (crt/string_*.cpp, crt/wide_string.cpp define them with C linkage):
// clang lowers __builtin_strlen, __builtin_memchr, __builtin_strcmp ... on run-time strings to calls of the
// C functions, and libc++'s char_traits uses those builtins. The implementations live here, in namespace
// solo::crt, so that the hosted unit tests can compare them with the host's C library
// (tests/unit/c_symbols_test.cpp).
//
// strlen, memchr and strchr read aligned words: an aligned load never crosses a page, so reading a few bytes
// past the terminator inside the same word is safe (AddressSanitizer does not know that, hence the
// attribute). The rest go byte by byte; strstr is the two-way algorithm (Crochemore and Perrin, 1991), linear
// in the haystack whatever the needle.
#pragma once

#include "mem_words.hpp"

namespace solo::crt {

inline constexpr word ones = ~word{0} / 0xff;
inline constexpr word highs = ones << 7;

// Non-zero when some byte of w is zero (the lowest such byte's high bit is set; higher ones may be wrong).
inline word zero_byte_mask(word w) { return (w - ones) & ~w & highs; }
// The index of the first byte flagged by zero_byte_mask (little-endian: the lowest set bit).
inline size_t first_flagged(word mask) { return static_cast<size_t>(__builtin_ctzl(mask)) / 8; }

__attribute__((no_sanitize("address"))) inline size_t strlen(const char *s) {
  const char *p = s;
  for (; !is_aligned(p); ++p)
    if (*p == '\0') return static_cast<size_t>(p - s);
  const auto *w = reinterpret_cast<const aligned_word *>(p);
  while (zero_byte_mask(*w) == 0) ++w;
  return static_cast<size_t>(reinterpret_cast<const char *>(w) - s) + first_flagged(zero_byte_mask(*w));
}

inline size_t strnlen(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && s[i] != '\0') ++i;
  return i;
}

__attribute__((no_sanitize("address"))) inline void *memchr(const void *src, int c, size_t n) {
  const auto *p = static_cast<const unsigned char *>(src);
  const auto byte = static_cast<unsigned char>(c);
  for (; n > 0 && !is_aligned(p); --n, ++p)
    if (*p == byte) return const_cast<unsigned char *>(p);
  const word pattern = ones * byte;
  for (; n >= word_size; n -= word_size, p += word_size)
    if (zero_byte_mask(*reinterpret_cast<const aligned_word *>(p) ^ pattern) != 0) break;
  for (; n > 0; --n, ++p)
    if (*p == byte) return const_cast<unsigned char *>(p);
  return nullptr;
}

// The first `c` in s, its terminator when c is '\0', or null.
__attribute__((no_sanitize("address"))) inline char *strchr(const char *s, int c) {
  const auto byte = static_cast<char>(c);
  for (; !is_aligned(s); ++s) {
    if (*s == byte) return const_cast<char *>(s);
    if (*s == '\0') return nullptr;
  }
  const word pattern = ones * static_cast<unsigned char>(byte);
  const auto *w = reinterpret_cast<const aligned_word *>(s);
  while ((zero_byte_mask(*w) | zero_byte_mask(*w ^ pattern)) == 0) ++w;
  for (s = reinterpret_cast<const char *>(w);; ++s) {
    if (*s == byte) return const_cast<char *>(s);
    if (*s == '\0') return nullptr;
  }
}

inline char *strrchr(const char *s, int c) {
  const auto byte = static_cast<char>(c);
  const char *found = nullptr;
  for (;; ++s) {
    if (*s == byte) found = s;
    if (*s == '\0') return const_cast<char *>(found);
  }
}

// Bytes compare as unsigned char, as C says.
inline int strcmp(const char *a, const char *b) {
  const auto *x = reinterpret_cast<const unsigned char *>(a);
  const auto *y = reinterpret_cast<const unsigned char *>(b);
  for (; *x != 0 && *x == *y; ++x, ++y) {
  }
  return *x - *y;
}

inline int strncmp(const char *a, const char *b, size_t n) {
  const auto *x = reinterpret_cast<const unsigned char *>(a);
  const auto *y = reinterpret_cast<const unsigned char *>(b);
  for (; n > 0; --n, ++x, ++y)
    if (*x != *y || *x == 0) return *x - *y;
  return 0;
}

inline char *stpcpy(char *dest, const char *src) {
  size_t n = strlen(src);
  copy_up(reinterpret_cast<unsigned char *>(dest), reinterpret_cast<const unsigned char *>(src), n + 1);
  return dest + n;
}

inline char *strcpy(char *dest, const char *src) {
  stpcpy(dest, src);
  return dest;
}

// At most n bytes of src, then NULs up to n (and no terminator when src is n bytes or longer).
inline char *strncpy(char *dest, const char *src, size_t n) {
  size_t len = strnlen(src, n);
  copy_up(reinterpret_cast<unsigned char *>(dest), reinterpret_cast<const unsigned char *>(src), len);
  for (size_t i = len; i < n; ++i) dest[i] = '\0';
  return dest;
}

inline char *strcat(char *dest, const char *src) {
  stpcpy(dest + strlen(dest), src);
  return dest;
}

// At most n bytes of src, always terminated.
inline char *strncat(char *dest, const char *src, size_t n) {
  char *end = dest + strlen(dest);
  size_t len = strnlen(src, n);
  copy_up(reinterpret_cast<unsigned char *>(end), reinterpret_cast<const unsigned char *>(src), len);
  end[len] = '\0';
  return dest;
}

// The 256-bit set of the bytes of `accept` (the terminator is in it too, which ends every scan).
struct ByteSet {
  static constexpr unsigned word_bits = 8 * sizeof(word);
  word bits[256 / word_bits] = {};
  explicit ByteSet(const char *accept) {
    add(0);
    for (const auto *p = reinterpret_cast<const unsigned char *>(accept); *p; ++p) add(*p);
  }
  void add(unsigned char c) { bits[c / word_bits] |= word(1) << (c % word_bits); }
  bool has(unsigned char c) const { return (bits[c / word_bits] >> (c % word_bits)) & 1; }
};

inline size_t strspn(const char *s, const char *accept) {
  ByteSet set(accept);
  const auto *p = reinterpret_cast<const unsigned char *>(s);
  size_t n = 0;
  while (p[n] != 0 && set.has(p[n])) ++n;
  return n;
}

inline size_t strcspn(const char *s, const char *reject) {
  ByteSet set(reject);
  const auto *p = reinterpret_cast<const unsigned char *>(s);
  size_t n = 0;
  while (!set.has(p[n])) ++n; // the terminator is in the set
  return n;
}

inline char *strpbrk(const char *s, const char *accept) {
  s += strcspn(s, accept);
  return *s ? const_cast<char *>(s) : nullptr;
}

// --- strstr: two-way string matching -------------------------------------------------------------------

// The maximal suffix of x[0, m) in byte order (in reversed order when `reverse`): returns the index just
// before it (-1: the whole needle) and its period.
inline long maximal_suffix(const unsigned char *x, long m, bool reverse, long &period) {
  long ms = -1, j = 0, k = 1;
  period = 1;
  while (j + k < m) {
    unsigned char a = x[j + k], b = x[ms + k];
    if (a == b) {
      if (k != period) {
        ++k;
      } else {
        j += period;
        k = 1;
      }
    } else if ((a < b) != reverse) {
      j += k;
      k = 1;
      period = j - ms;
    } else {
      ms = j++;
      k = period = 1;
    }
  }
  return ms;
}

inline char *strstr(const char *haystack, const char *needle) {
  const auto *x = reinterpret_cast<const unsigned char *>(needle);
  const auto *y = reinterpret_cast<const unsigned char *>(haystack);
  const long m = static_cast<long>(strlen(needle));
  if (m == 0) return const_cast<char *>(haystack);
  // The critical factorization x = x[0, ell] x[ell + 1, m): the later of the two maximal suffixes.
  long p1, p2;
  long s1 = maximal_suffix(x, m, false, p1), s2 = maximal_suffix(x, m, true, p2);
  long ell = s1 > s2 ? s1 : s2, period = s1 > s2 ? p1 : p2;
  // The haystack's length is not known in advance: y[0, known) is known to hold no terminator, and it
  // grows only as windows move on, so the whole search stays linear.
  long known = 0;
  auto window_fits = [&](long end) {
    for (; known < end; ++known)
      if (y[known] == 0) return false;
    return true;
  };
  bool periodic = ell + 1 + period <= m;
  for (long i = 0; periodic && i <= ell; ++i) periodic = x[i] == x[i + period];
  long j = 0;
  if (periodic) {
    long memory = -1; // x[0, memory] is known to match at this position
    while (window_fits(j + m)) {
      long i = (ell > memory ? ell : memory) + 1;
      while (i < m && x[i] == y[i + j]) ++i;
      if (i < m) {
        j += i - ell;
        memory = -1;
        continue;
      }
      i = ell;
      while (i > memory && x[i] == y[i + j]) --i;
      if (i <= memory) return const_cast<char *>(haystack + j);
      j += period;
      memory = m - period - 1;
    }
  } else {
    period = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
    while (window_fits(j + m)) {
      long i = ell + 1;
      while (i < m && x[i] == y[i + j]) ++i;
      if (i < m) {
        j += i - ell;
        continue;
      }
      i = ell;
      while (i >= 0 && x[i] == y[i + j]) --i;
      if (i < 0) return const_cast<char *>(haystack + j);
      j += period;
    }
  }
  return nullptr;
}

// --- wide strings: wchar_t is 32 bits on all three architectures (signed on x86-64 and riscv64, unsigned
// on aarch64); values compare as wchar_t, whichever its signedness.

inline size_t wcslen(const wchar_t *s) {
  size_t n = 0;
  while (s[n] != 0) ++n;
  return n;
}

inline wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n) {
  for (; n > 0; --n, ++s)
    if (*s == c) return const_cast<wchar_t *>(s);
  return nullptr;
}

inline int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n) {
  for (; n > 0; --n, ++a, ++b)
    if (*a != *b) return *a < *b ? -1 : 1;
  return 0;
}

inline wchar_t *wcschr(const wchar_t *s, wchar_t c) {
  for (;; ++s) {
    if (*s == c) return const_cast<wchar_t *>(s);
    if (*s == 0) return nullptr;
  }
}

inline int wcscmp(const wchar_t *a, const wchar_t *b) {
  for (; *a != 0 && *a == *b; ++a, ++b) {
  }
  return *a == *b ? 0 : *a < *b ? -1 : 1;
}

inline int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n) {
  for (; n > 0; --n, ++a, ++b)
    if (*a != *b || *a == 0) return *a == *b ? 0 : *a < *b ? -1 : 1;
  return 0;
}

} // namespace solo::crt
