// The two symbol hash functions of ELF dynamic linking.
#include <solo/vdso.hpp>

namespace solo::vdso {

// DT_HASH (System V gABI): shift in four bits per byte and fold the top nibble back in.
uint32_t sysv_hash(StringView name) noexcept {
  uint32_t h = 0;
  for (char c : name) {
    h = (h << 4) + static_cast<unsigned char>(c);
    uint32_t top = h & 0xf0000000u;
    if (top) h ^= top >> 24;
    h &= ~top;
  }
  return h;
}

// DT_GNU_HASH: h * 33 + byte, starting from 5381.
uint32_t gnu_hash(StringView name) noexcept {
  uint32_t h = 5381;
  for (char c : name) h = h * 33 + static_cast<unsigned char>(c);
  return h;
}

} // namespace solo::vdso
