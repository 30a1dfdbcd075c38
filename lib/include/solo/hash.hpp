// solo::Hash<Type>: the hash functions solo's HashMap and HashSet use by default. Integers, enums and pointers
// are mixed with one 64x64->128-bit multiplication folded to 64 bits; text (std::string_view, solo::String,
// anything that converts to a string view) is read eight bytes at a time with one such multiplication per 16
// bytes. Every bit of the result depends on every bit of the input, so the tables may index with the low bits.
// The values are not stable across architectures or versions; nothing should store them.
//
// For a type of your own, specialise solo::Hash (or std::hash, which the primary template falls back to).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

namespace solo {

namespace detail {

// Odd constants from the digits of pi and the golden ratio: nothing chosen to make some input collide.
inline constexpr uint64_t hash_k0 = 0x243f6a8885a308d3ull;
inline constexpr uint64_t hash_k1 = 0x13198a2e03707345ull;
inline constexpr uint64_t hash_k2 = 0xa4093822299f31d1ull;
inline constexpr uint64_t hash_k3 = 0x9e3779b97f4a7c15ull;

// The full 128-bit product, its halves xor-ed: high input bits reach low output bits and the other way round.
inline uint64_t fold_multiply(uint64_t a, uint64_t b) noexcept {
#ifdef __SIZEOF_INT128__
  unsigned __int128 p = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(p) ^ static_cast<uint64_t>(p >> 64);
#else // 32-bit targets: the same product from four 32x32-bit ones
  uint64_t al = a & 0xffffffffu, ah = a >> 32, bl = b & 0xffffffffu, bh = b >> 32;
  uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  uint64_t middle = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
  uint64_t low = (ll & 0xffffffffu) | middle << 32;
  uint64_t high = hh + (lh >> 32) + (hl >> 32) + (middle >> 32);
  return low ^ high;
#endif
}

inline uint64_t load64(const unsigned char *p) noexcept {
  uint64_t v;
  __builtin_memcpy(&v, p, 8);
  return v;
}
inline uint64_t load32(const unsigned char *p) noexcept {
  uint32_t v;
  __builtin_memcpy(&v, p, 4);
  return v;
}

} // namespace detail

// A hash of n bytes. Up to 16 bytes are read as two (perhaps overlapping) words, longer texts in 16-byte steps
// whose last one overlaps the one before, so no byte is read outside [data, data + n).
inline uint64_t hash_bytes(const void *data, size_t n) noexcept {
  using namespace detail;
  auto *p = static_cast<const unsigned char *>(data);
  uint64_t h = (n ^ hash_k1) * hash_k3; // the length, spread: texts that differ only in it differ
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 8) {
      a = load64(p);
      b = load64(p + n - 8);
    } else if (n >= 4) {
      a = load32(p);
      b = load32(p + n - 4);
    } else if (n > 0) {
      a = static_cast<uint64_t>(p[0]) << 16 | static_cast<uint64_t>(p[n / 2]) << 8 | p[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    for (; n > 16; p += 16, n -= 16) h = fold_multiply(load64(p) ^ hash_k2, load64(p + 8) ^ h);
    a = load64(p + n - 16);
    b = load64(p + n - 8);
  }
  return fold_multiply(fold_multiply(a ^ hash_k2, b ^ h) ^ hash_k3, h ^ hash_k1);
}

// A hash of one 64-bit value: one multiplication, whose folded 128-bit product carries every input bit into
// the low bits the tables index with.
inline uint64_t hash_word(uint64_t v) noexcept { return detail::fold_multiply(v ^ detail::hash_k0, detail::hash_k1); }

// Text of any kind hashes alike, so a map keyed by solo::String can be searched with a string view.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return static_cast<size_t>(hash_bytes(s.data(), s.size())); }
};

// The primary template: std::hash, for types that specialise it.
template <class Type> struct Hash {
  size_t operator()(const Type &v) const noexcept(noexcept(std::hash<Type>{}(v))) { return std::hash<Type>{}(v); }
};

template <class Type>
  requires(std::is_integral_v<Type> || std::is_enum_v<Type> || std::is_pointer_v<Type>)
struct Hash<Type> {
  size_t operator()(Type v) const noexcept {
    if constexpr (std::is_pointer_v<Type>)
      return static_cast<size_t>(hash_word(reinterpret_cast<uintptr_t>(v)));
    else if constexpr (std::is_enum_v<Type>)
      return static_cast<size_t>(hash_word(static_cast<uint64_t>(static_cast<std::underlying_type_t<Type>>(v))));
    else
      return static_cast<size_t>(hash_word(static_cast<uint64_t>(v)));
  }
};

template <> struct Hash<std::string_view> : TextHash {};

template <class First, class Second> struct Hash<std::pair<First, Second>> {
  size_t operator()(const std::pair<First, Second> &p) const noexcept {
    return static_cast<size_t>(
        detail::fold_multiply(Hash<First>{}(p.first) ^ detail::hash_k0, Hash<Second>{}(p.second) ^ detail::hash_k3));
  }
};

// Equality for the hash tables: transparent, so a String key compares with a string view.
struct Equal {
  using is_transparent = void;
  template <class First, class Second> bool operator()(const First &a, const Second &b) const
      noexcept(noexcept(a == b)) {
    return a == b;
  }
};

} // namespace solo
