#include "mem_words.hpp"

// Aligned words at a time, as memchr.cpp reads them.
extern "C" size_t strlen(const char *s) {
  using namespace solo::crt;
  const auto start = reinterpret_cast<uintptr_t>(s);
  uintptr_t p = start & ~(word_size - 1);
  word marks = zero_bytes(*reinterpret_cast<const aligned_word *>(p) | low_bytes(start - p));
  while (marks == 0) {
    p += word_size;
    marks = zero_bytes(*reinterpret_cast<const aligned_word *>(p));
  }
  return p + first_marked_byte(marks) - start;
}
