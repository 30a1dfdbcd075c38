// Bounds-checked reads from a vDSO image, shared by the parser's source files. Every byte the parser looks at
// goes through Image::read: the offset and the whole object must lie inside [0, size). The copy also makes
// misaligned fields in a hostile image harmless.
#pragma once

#include <solo/vdso.hpp>

namespace solo::vdso {

template <class T> inline bool Image::read(uint64_t offset, T &out) const noexcept {
  if (offset > size_ || sizeof(T) > size_ - offset) return false;
  __builtin_memcpy(&out, base_ + offset, sizeof(T));
  return true;
}

// a + b * c in 64 bits, or false when it overflows.
inline bool offset_add(uint64_t a, uint64_t b, uint64_t c, uint64_t &out) noexcept {
  uint64_t product;
  if (__builtin_mul_overflow(b, c, &product)) return false;
  return !__builtin_add_overflow(a, product, &out);
}

} // namespace solo::vdso
