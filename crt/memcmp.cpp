#include "mem_words.hpp"

extern "C" int memcmp(const void *lhs, const void *rhs, size_t n) {
  using namespace solo::crt;
  auto *a = static_cast<const unsigned char *>(lhs);
  auto *b = static_cast<const unsigned char *>(rhs);
  if (n >= 2 * word_size) {
    while (!is_aligned(a)) {
      if (*a != *b) return *a - *b;
      ++a, ++b, --n;
    }
    // Skip whole equal words; the first differing word is settled byte by byte below.
    WordsUp words_b(b);
    for (; n >= word_size; n -= word_size, a += word_size, b += word_size)
      if (*reinterpret_cast<const aligned_word *>(a) != words_b.next()) break;
  }
  for (; n; --n, ++a, ++b)
    if (*a != *b) return *a - *b;
  return 0;
}
