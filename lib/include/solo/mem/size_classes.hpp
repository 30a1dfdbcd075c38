// The small size classes: 16-byte steps up to 128 bytes, then four classes per doubling (steps of 25 % down to
// 12.5 %) up to 8 KiB. 32 classes; anything larger is mapped on its own. Every class is a multiple of 16, so
// every small block is 16-byte aligned.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace solo::mem {

inline constexpr unsigned class_count = 32;
inline constexpr size_t max_small_size = 8192;

constexpr size_t class_size(unsigned c) noexcept {
  if (c < 8) return 16 * (c + 1);
  unsigned j = c - 8;
  unsigned log2 = 7 + j / 4; // the class lies in (2^log2, 2^(log2+1)]
  return (5 + j % 4) * (size_t{1} << (log2 - 2));
}

// The class of n > 128, computed: n - 1 lies in [2^log2, 2^(log2+1)), each such range has four classes.
constexpr unsigned class_of_computed(size_t n) noexcept {
  unsigned log2 = 63 - static_cast<unsigned>(__builtin_clzll(n - 1));
  unsigned quarter = static_cast<unsigned>((n - 1) >> (log2 - 2)); // 4..7
  return 8 + (log2 - 7) * 4 + (quarter - 4);
}

// Up to 1 KiB, one table lookup by 16-byte step: no branch on the size, which mispredicts on mixed sizes.
// Class boundaries up to 1 KiB are all multiples of 16, so the step decides the class.
struct ClassTable {
  unsigned char of_step[65];
};
inline constexpr ClassTable class_table = [] {
  ClassTable t{};
  t.of_step[0] = 0;
  for (size_t step = 1; step <= 64; ++step)
    t.of_step[step] = static_cast<unsigned char>(step <= 8 ? step - 1 : class_of_computed(step * 16));
  return t;
}();

// The smallest class whose size is at least `n` (n <= max_small_size); n == 0 counts as 1.
constexpr unsigned class_of(size_t n) noexcept {
  if (n <= 1024) [[likely]]
    return class_table.of_step[(n + 15) >> 4];
  return class_of_computed(n);
}

static_assert(class_size(0) == 16 && class_size(7) == 128 && class_size(8) == 160 && class_size(11) == 256);
static_assert(class_size(class_count - 1) == max_small_size);
static_assert(class_of(1) == 0 && class_of(16) == 0 && class_of(17) == 1 && class_of(129) == 8);
static_assert(class_of(max_small_size) == class_count - 1);

} // namespace solo::mem
