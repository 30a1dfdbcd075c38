// memcpy, memmove, memset and memcmp against byte-at-a-time references over every size up to 300 (and some
// large ones), every source and destination alignment, and overlaps in both directions. Bytes around the
// destination are checked too: nothing outside the range may change.
#include "check.hpp"

extern "C" {
void *memcpy(void *, const void *, size_t);
void *memmove(void *, const void *, size_t);
void *memset(void *, int, size_t);
int memcmp(const void *, const void *, size_t);
}

namespace {

// The references go through volatile so the compiler cannot turn them back into calls to the functions under test.
void ref_copy(unsigned char *d, const unsigned char *s, size_t n) {
  volatile unsigned char *vd = d;
  for (size_t i = 0; i < n; ++i) vd[i] = s[i];
}

unsigned seed = 12345;
unsigned char next_byte() {
  seed = seed * 1103515245 + 12345;
  return static_cast<unsigned char>(seed >> 16);
}

constexpr size_t buffer_size = 8192 + 64;
unsigned char src[buffer_size], dst[buffer_size], expect[buffer_size];

bool same(const unsigned char *a, const unsigned char *b, size_t n) {
  const volatile unsigned char *va = a;
  for (size_t i = 0; i < n; ++i)
    if (va[i] != b[i]) return false;
  return true;
}

void fill_random(unsigned char *p, size_t n) {
  volatile unsigned char *vp = p;
  for (size_t i = 0; i < n; ++i) vp[i] = next_byte();
}

const size_t large_sizes[] = {511, 1024, 1031, 4096, 4099, 8191};

template <class F> void for_each_size(F f) {
  for (size_t n = 0; n <= 300; ++n) f(n);
  for (size_t n : large_sizes) f(n);
}

void test_memcpy() {
  bool all_ok = true;
  for_each_size([&](size_t n) {
    for (size_t so = 0; so < 16; ++so)
      for (size_t d_o = 0; d_o < 16; ++d_o) {
        if (n > 300 && (so % 5 != 0 || d_o % 3 != 0)) continue; // large sizes: a spread of alignments
        fill_random(src, n + 32);
        fill_random(dst, n + 32);
        ref_copy(expect, dst, n + 32);
        ref_copy(expect + d_o, src + so, n);
        void *r = memcpy(dst + d_o, src + so, n);
        if (r != dst + d_o || !same(dst, expect, n + 32)) all_ok = false;
      }
  });
  CHECK(all_ok);
}

void test_memmove() {
  bool all_ok = true;
  for_each_size([&](size_t n) {
    for (size_t from = 0; from < 40; from += (n > 300 ? 7 : 1))
      for (size_t to = 0; to < 40; to += (n > 300 ? 5 : 1)) {
        fill_random(dst, n + 48);
        ref_copy(src, dst + from, n); // staging copy: the reference for overlapping ranges
        ref_copy(expect, dst, n + 48);
        ref_copy(expect + to, src, n);
        void *r = memmove(dst + to, dst + from, n);
        if (r != dst + to || !same(dst, expect, n + 48)) all_ok = false;
      }
  });
  CHECK(all_ok);
}

void test_memset() {
  bool all_ok = true;
  const int values[] = {0, 0xab, 0x1ff, -1};
  for_each_size([&](size_t n) {
    for (int v : values)
      for (size_t off = 0; off < 16; ++off) {
        fill_random(dst, n + 32);
        ref_copy(expect, dst, n + 32);
        volatile unsigned char *ve = expect;
        for (size_t i = 0; i < n; ++i) ve[off + i] = static_cast<unsigned char>(v);
        void *r = memset(dst + off, v, n);
        if (r != dst + off || !same(dst, expect, n + 32)) all_ok = false;
      }
  });
  CHECK(all_ok);
}

int sign(int v) { return (v > 0) - (v < 0); }

void test_memcmp() {
  bool all_ok = true;
  for (size_t n = 0; n <= 200; ++n)
    for (size_t ao = 0; ao < 9; ++ao)
      for (size_t bo = 0; bo < 9; ++bo) {
        fill_random(src + ao, n);
        ref_copy(dst + bo, src + ao, n);
        if (memcmp(src + ao, dst + bo, n) != 0) all_ok = false;
        if (n == 0) continue;
        // One differing byte at a spread of positions; bytes compare as unsigned char.
        for (size_t at = 0; at < n; at += 1 + n / 9) {
          unsigned char saved = dst[bo + at];
          dst[bo + at] = static_cast<unsigned char>(src[ao + at] ^ 0x80);
          int want = src[ao + at] < dst[bo + at] ? -1 : 1;
          if (sign(memcmp(src + ao, dst + bo, n)) != want) all_ok = false;
          if (sign(memcmp(dst + bo, src + ao, n)) != -want) all_ok = false;
          if (memcmp(src + ao, dst + bo, at) != 0) all_ok = false; // the prefix before it still matches
          dst[bo + at] = saved;
        }
      }
  CHECK(all_ok);
  CHECK(memcmp("\x80", "\x01", 1) > 0);
}

} // namespace

int main() {
  test_memcpy();
  test_memmove();
  test_memset();
  test_memcmp();
  return check::summary();
}
