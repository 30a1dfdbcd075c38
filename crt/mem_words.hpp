// Word-at-a-time helpers shared by memcpy, memmove, memset and memcmp. Every architecture solo supports is
// little-endian; a word is 8 bytes on the 64-bit ones, 4 on the 32-bit ones. Where unaligned loads are slow
// (arch::fast_unaligned_access is false) a misaligned source is read with aligned loads and the words are stitched
// together with shifts; an aligned load never crosses a page boundary, so it never touches a page the caller's range
// does not.
#pragma once

#include <cpu_arch.hpp>
#include <stddef.h>
#include <stdint.h>

namespace solo::crt {

using word = unsigned long;
inline constexpr size_t word_size = sizeof(word);
static_assert(word_size == 8 || word_size == 4);
// A word with every byte 0x01, and with every byte 0x80.
inline constexpr word ones_word = ~word{0} / 0xff;
inline constexpr word highs_word = ones_word << 7;

typedef word __attribute__((may_alias)) aligned_word;
typedef word __attribute__((may_alias, aligned(1))) unaligned_word;

inline word load_unaligned(const unsigned char *p) { return *reinterpret_cast<const unaligned_word *>(p); }
inline void store_aligned(unsigned char *p, word v) { *reinterpret_cast<aligned_word *>(p) = v; }
inline bool is_aligned(const void *p) { return (reinterpret_cast<uintptr_t>(p) & (word_size - 1)) == 0; }

// Reads consecutive words starting at any address, moving up.
class WordsUp {
public:
  explicit WordsUp(const unsigned char *s) : shift_(8 * (reinterpret_cast<uintptr_t>(s) & (word_size - 1))) {
    if (arch::fast_unaligned_access || shift_ == 0) {
      p_ = s;
    } else {
      p_ = s - shift_ / 8;
      low_ = *reinterpret_cast<const aligned_word *>(p_);
    }
  }
  word next() {
    if (arch::fast_unaligned_access || shift_ == 0) {
      word w = load_unaligned(p_);
      p_ += word_size;
      return w;
    }
    p_ += word_size;
    word high = *reinterpret_cast<const aligned_word *>(p_);
    word w = (low_ >> shift_) | (high << (8 * word_size - shift_));
    low_ = high;
    return w;
  }

private:
  unsigned shift_;
  const unsigned char *p_;
  word low_ = 0;
};

// Reads consecutive words ending at any address (exclusive), moving down.
class WordsDown {
public:
  explicit WordsDown(const unsigned char *end) : shift_(8 * (reinterpret_cast<uintptr_t>(end) & (word_size - 1))) {
    if (arch::fast_unaligned_access || shift_ == 0) {
      p_ = end;
    } else {
      p_ = end - shift_ / 8; // aligned; the word at p_ holds the bytes just below `end`
      high_ = *reinterpret_cast<const aligned_word *>(p_);
    }
  }
  word next() {
    if (arch::fast_unaligned_access || shift_ == 0) {
      p_ -= word_size;
      return load_unaligned(p_);
    }
    p_ -= word_size;
    word low = *reinterpret_cast<const aligned_word *>(p_);
    word w = (low >> shift_) | (high_ << (8 * word_size - shift_));
    high_ = low;
    return w;
  }

private:
  unsigned shift_;
  const unsigned char *p_;
  word high_ = 0;
};

// Copies n bytes moving up: correct for disjoint ranges and for overlap with d below s (memmove's first case),
// because every source word is loaded before the store that could overwrite it.
inline void copy_up(unsigned char *d, const unsigned char *s, size_t n) {
  if (n >= 2 * word_size) {
    while (!is_aligned(d)) {
      *d++ = *s++;
      --n;
    }
    WordsUp src(s);
    for (; n >= 4 * word_size; n -= 4 * word_size, d += 4 * word_size, s += 4 * word_size) {
      word a = src.next(), b = src.next(), c = src.next(), e = src.next();
      store_aligned(d, a);
      store_aligned(d + word_size, b);
      store_aligned(d + 2 * word_size, c);
      store_aligned(d + 3 * word_size, e);
    }
    for (; n >= word_size; n -= word_size, d += word_size, s += word_size) store_aligned(d, src.next());
  }
  while (n--) *d++ = *s++;
}

// Copies n bytes moving down: for overlap with d above s.
inline void copy_down(unsigned char *d, const unsigned char *s, size_t n) {
  d += n;
  s += n;
  if (n >= 2 * word_size) {
    while (!is_aligned(d)) {
      *--d = *--s;
      --n;
    }
    WordsDown src(s);
    for (; n >= 4 * word_size; n -= 4 * word_size) {
      word a = src.next(), b = src.next(), c = src.next(), e = src.next();
      d -= 4 * word_size;
      s -= 4 * word_size;
      store_aligned(d + 3 * word_size, a);
      store_aligned(d + 2 * word_size, b);
      store_aligned(d + word_size, c);
      store_aligned(d, e);
    }
    for (; n >= word_size; n -= word_size) {
      d -= word_size;
      s -= word_size;
      store_aligned(d, src.next());
    }
  }
  while (n--) *--d = *--s;
}

// Which bytes of w are zero: the top bit of each zero byte is set, and of nothing below the lowest zero byte
// (above it a borrow may set more), so on a little-endian word the lowest set bit marks the first zero byte.
inline word zero_bytes(word w) { return (w - ones_word) & ~w & highs_word; }
inline size_t first_marked_byte(word marks) { return static_cast<size_t>(__builtin_ctzl(marks)) / 8; }
// The first `n` bytes of a little-endian word (n < 8) set to 0xff: the bytes of the aligned word that lie
// before the start of a range, made non-zero so they neither match nor borrow.
inline word low_bytes(size_t n) { return (word{1} << (8 * n)) - 1; }

} // namespace solo::crt
