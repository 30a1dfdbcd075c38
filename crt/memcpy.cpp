#include "mem_words.hpp"

extern "C" void *memcpy(void *__restrict dest, const void *__restrict src, size_t n) {
  solo::crt::copy_up(static_cast<unsigned char *>(dest), static_cast<const unsigned char *>(src), n);
  return dest;
}
