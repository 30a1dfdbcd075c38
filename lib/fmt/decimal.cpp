#include "decimal.hpp"

namespace solo::fmt::detail {
namespace {

// "00" "01" ... "99": two digits per step.
struct DigitPairs {
  char v[200];
};
constexpr DigitPairs make_digit_pairs() {
  DigitPairs t{};
  for (int i = 0; i < 100; ++i) {
    t.v[2 * i] = static_cast<char>('0' + i / 10);
    t.v[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return t;
}
constexpr DigitPairs digit_pairs = make_digit_pairs();

// For count = 1..8 digits: n * scale[count] holds n / 10^(count - 1) (odd count) or n / 10^(count - 2) (even)
// as a fixed-point number with 57 fraction bits. Its integer part is the first digit or pair, and each
// multiplication of the fraction by 100 brings up the next pair. Rounding the scale up errs by less than
// n / 2^57 in the first place's units, 10^8 * 10^6 / 2^57 < 1 in the last pair's: every digit comes out exact.
struct Scales {
  uint64_t v[9];
};
constexpr Scales make_scales() {
  Scales s{};
  for (int count = 1; count <= 8; ++count) {
    uint64_t p = 1;
    for (int i = 0; i < (count - 1) / 2 * 2; ++i) p *= 10;
    s.v[count] = ((uint64_t(1) << 57) + p - 1) / p;
  }
  return s;
}
constexpr Scales scales = make_scales();

constexpr uint64_t fraction_57 = (uint64_t(1) << 57) - 1;

inline void put_pair(uint64_t y, char *out) { __builtin_memcpy(out, &digit_pairs.v[2 * (y >> 57)], 2); }

// The first `count` digits are n's; up to 8 bytes after them are scribbled on. Always the same work, with no
// branch on the count: the digit counts of the numbers a program prints change all the time.
void write_up_to_8(uint64_t n, int count, char *out) {
  uint64_t y = n * scales.v[count];
  // An odd count starts with one digit; for an even one this byte is overwritten by the first pair.
  bool odd = count & 1;
  out[0] = static_cast<char>('0' + (y >> 57));
  uint64_t after_one = (y & fraction_57) * 100;
  y = odd ? after_one : y;
  out += odd;
  for (int i = 0; i < 4; ++i) {
    put_pair(y, out + 2 * i);
    y = (y & fraction_57) * 100;
  }
}

} // namespace

void write_9_digits(uint64_t n, char *out) noexcept {
  uint64_t high = div_1e8(n);
  out[0] = static_cast<char>('0' + high);
  write_up_to_8(n - high * 100000000, 8, out + 1);
}

void write_17_digits(uint64_t n, char *out) noexcept {
  uint64_t high = div_1e8(n), top = div_1e8(high);
  out[0] = static_cast<char>('0' + top);
  write_up_to_8(high - top * 100000000, 8, out + 1);
  write_up_to_8(n - high * 100000000, 8, out + 9);
}

void write_digits(uint64_t n, int count, char *out) noexcept {
  // Up to three chunks of at most 8 digits, from the left, so that each one's scribbles are overwritten by
  // the next: the first has count - 8 * (chunks - 1) digits, the others 8.
  uint64_t chunk[3];
  int chunks = 0;
  for (int left = count; left > 8; left -= 8) {
    uint64_t q = div_1e8(n);
    chunk[chunks++] = n - q * 100000000;
    n = q;
  }
  write_up_to_8(n, count - 8 * chunks, out);
  for (out += count - 8 * chunks; chunks > 0; out += 8) write_up_to_8(chunk[--chunks], 8, out);
}

} // namespace solo::fmt::detail
