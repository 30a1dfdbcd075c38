#include "mem_words.hpp"

// Aligned words at a time, the first one read from below the start with the bytes before it masked out. An
// aligned load never crosses a page boundary, so the bytes it reads outside the range are on a page the range
// touches.
extern "C" void *memchr(const void *s, int c, size_t n) {
  using namespace solo::crt;
  if (n == 0) return nullptr;
  const auto start = reinterpret_cast<uintptr_t>(s);
  const auto end =
      n > UINTPTR_MAX - start ? UINTPTR_MAX : start + n; // one past the last byte (memchr(s, c, -1) is common)
  const word pattern = 0x0101010101010101UL * static_cast<unsigned char>(c);
  uintptr_t p = start & ~(word_size - 1);
  word marks = zero_bytes((*reinterpret_cast<const aligned_word *>(p) ^ pattern) | low_bytes(start - p));
  while (marks == 0) {
    p += word_size;
    if (p >= end) return nullptr;
    marks = zero_bytes(*reinterpret_cast<const aligned_word *>(p) ^ pattern);
  }
  const uintptr_t found = p + first_marked_byte(marks);
  return found < end ? reinterpret_cast<void *>(found) : nullptr;
}
