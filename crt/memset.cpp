#include "mem_words.hpp"

extern "C" void *memset(void *dest, int c, size_t n) {
  using namespace solo::crt;
  auto *d = static_cast<unsigned char *>(dest);
  const auto byte = static_cast<unsigned char>(c);
  if (n >= 2 * word_size) {
    const word pattern = ones_word * byte;
    while (!is_aligned(d)) {
      *d++ = byte;
      --n;
    }
    for (; n >= 4 * word_size; n -= 4 * word_size, d += 4 * word_size) {
      store_aligned(d, pattern);
      store_aligned(d + word_size, pattern);
      store_aligned(d + 2 * word_size, pattern);
      store_aligned(d + 3 * word_size, pattern);
    }
    for (; n >= word_size; n -= word_size, d += word_size) store_aligned(d, pattern);
  }
  while (n--) *d++ = byte;
  return dest;
}
