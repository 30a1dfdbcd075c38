#include "mem_words.hpp"

extern "C" void *memmove(void *dest, const void *src, size_t n) {
  auto *d = static_cast<unsigned char *>(dest);
  auto *s = static_cast<const unsigned char *>(src);
  // Moving up is safe unless the destination starts inside the source; unsigned arithmetic folds the two
  // "disjoint or below" cases into one compare.
  if (static_cast<size_t>(d - s) >= n)
    solo::crt::copy_up(d, s, n);
  else
    solo::crt::copy_down(d, s, n);
  return dest;
}
