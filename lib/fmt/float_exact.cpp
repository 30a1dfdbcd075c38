// The exact big-integer conversions, for what the fast paths leave: correctly rounded fixed-precision digits
// from the exact decimal expansion of v = f * 2^e (it always ends: at most 767 significant digits for a
// double), generated up to the last digit kept plus one and rounded half to even using that digit and whether
// anything non-zero follows; and the exact comparison that settles the fast paths' undecided cases.
#include <solo/fmt/float.hpp>

// Everything here runs rarely (hundreds of digits, or a fast path's undecided case): built for size, the
// big-integer operations from bignum.hpp included.
#pragma clang attribute push(__attribute__((minsize)), apply_to = function)

#include "bignum.hpp"
#include "float_approx.hpp"
#include "float_bits.hpp"
#include "float_paths.hpp"

namespace solo::fmt {
namespace {

using detail::Bignum;

// Produces the significant digits of v one chunk at a time: first the integer part, then the fraction.
class Expansion {
public:
  explicit Expansion(double v) {
    detail::Binary b = detail::decompose(v);
    if (b.e >= 0) {
      Bignum n(b.f);
      n.shift_left(b.e);
      integer_digits(n);
    } else {
      int shift = -b.e;
      uint64_t whole = shift >= 64 ? 0 : b.f >> shift;
      uint64_t frac = shift >= 64 ? b.f : b.f & ((uint64_t(1) << shift) - 1);
      Bignum n(whole);
      integer_digits(n);
      // Align the binary point of the fraction to a limb boundary: then each multiplication by 10^9 pushes
      // exactly the next nine decimal digits into the limb just above the point.
      fraction_.set(frac);
      int aligned = (shift + 31) / 32 * 32;
      fraction_.shift_left(aligned - shift);
      point_limb_ = aligned / 32;
    }
    if (int_count_ == 0) {
      // No integer part: skip the leading zeros of the fraction, nine at a time.
      point = 0;
      for (;;) {
        uint32_t chunk = next_chunk();
        if (chunk != 0) {
          load_chunk(chunk, true);
          point -= chunk_pending_zeros_;
          break;
        }
        point -= 9;
      }
    } else {
      point = int_count_;
    }
  }

  // The next significant digit, or -1 when the expansion has ended.
  int next() {
    if (int_pos_ < int_count_) return int_digits_[int_pos_++] - '0';
    if (chunk_left_ == 0) {
      if (fraction_.is_zero()) return -1;
      load_chunk(next_chunk(), false);
    }
    --chunk_left_;
    return chunk_[chunk_left_];
  }

  // Whether any non-zero digit is still to come.
  bool rest_nonzero() const {
    for (int i = int_pos_; i < int_count_; ++i)
      if (int_digits_[i] != '0') return true;
    for (int i = 0; i < chunk_left_; ++i)
      if (chunk_[i] != 0) return true;
    return !fraction_.is_zero();
  }

  int point = 0;

private:
  void integer_digits(Bignum &n) {
    // Nine digits at a time from the low end, then reversed.
    char tmp[320];
    int len = 0;
    while (!n.is_zero()) {
      uint32_t chunk = n.divmod_1e9();
      for (int i = 0; i < 9; ++i) {
        tmp[len++] = static_cast<char>('0' + chunk % 10);
        chunk /= 10;
      }
    }
    while (len > 0 && tmp[len - 1] == '0') --len;
    for (int i = 0; i < len; ++i) int_digits_[i] = tmp[len - 1 - i];
    int_count_ = len;
  }

  uint32_t next_chunk() {
    fraction_.mul_small(1000000000u);
    uint32_t chunk = fraction_.limb(point_limb_);
    if (fraction_.size() > point_limb_) {
      fraction_.raw(point_limb_) = 0;
      fraction_.set_size(point_limb_ + 1);
    }
    return chunk;
  }

  // chunk_ holds the digits reversed (next digit at chunk_left_ - 1). Leading zeros are dropped when the
  // chunk starts the significant digits.
  void load_chunk(uint32_t chunk, bool drop_leading_zeros) {
    for (int i = 0; i < 9; ++i) {
      chunk_[i] = static_cast<char>(chunk % 10);
      chunk /= 10;
    }
    chunk_left_ = 9;
    chunk_pending_zeros_ = 0;
    if (drop_leading_zeros)
      while (chunk_[chunk_left_ - 1] == 0) {
        --chunk_left_;
        ++chunk_pending_zeros_;
      }
  }

  char int_digits_[320];
  int int_count_ = 0, int_pos_ = 0;
  Bignum fraction_;
  int point_limb_ = 0;
  char chunk_[9];
  int chunk_left_ = 0, chunk_pending_zeros_ = 0;
};

int trim_zeros(const char *digits, int n) {
  while (n > 0 && digits[n - 1] == '0') --n;
  return n;
}

// Keeps `keep` digits of the expansion (keep may be 0 or negative: everything is rounded away).
int round_expansion(Expansion &x, int keep, char *digits, int &point) {
  point = x.point;
  if (keep < 0) return 0;
  if (keep > max_float_digits - 1) keep = max_float_digits - 1; // the expansion ends well before this
  int n = 0;
  while (n < keep) {
    int d = x.next();
    if (d < 0) return trim_zeros(digits, n);
    digits[n++] = static_cast<char>('0' + d);
  }
  int next = x.next();
  if (next < 0) return trim_zeros(digits, n);
  bool up = next > 5 || (next == 5 && (x.rest_nonzero() || (n > 0 && ((digits[n - 1] - '0') & 1) != 0)));
  if (!up) return trim_zeros(digits, n);
  while (n > 0 && digits[n - 1] == '9') --n; // 0.1299|7 -> 0.13
  if (n == 0) {
    digits[0] = '1';
    ++point;
    return 1;
  }
  ++digits[n - 1];
  return n;
}

} // namespace

namespace detail {

int fixed_digits_exact(double v, int precision, char *digits, int &point) noexcept {
  if (v == 0) {
    point = 1;
    return 0;
  }
  Expansion x(v);
  return round_expansion(x, x.point + precision, digits, point);
}

int significant_digits_exact(double v, int count, char *digits, int &point) noexcept {
  if (v == 0) {
    point = 1;
    return 0;
  }
  Expansion x(v);
  return round_expansion(x, count, digits, point);
}

bool is_integer(Exact x) noexcept {
  if (__builtin_ctzll(x.m) + x.a + x.b < 0) return false;
  for (int i = x.b; i < 0; ++i)
    if (!divide_by_5(x.m)) return false;
  return true;
}

Floor floor_near_integer(Scaled s, Exact x) noexcept {
  uint64_t n = s.integer + (s.fraction >> 63); // the integer the approximation is next to
  if (is_integer(x)) return {n, true};
  return {compare_exact(x, n) > 0 ? n : n - 1, false};
}

int compare_near_half(Scaled s, Exact x) noexcept {
  // The integer part is right, and 2x is compared with 2 * integer + 1.
  x.a += 1;
  if (is_integer(x)) return 0;
  return compare_exact(x, 2 * s.integer + 1);
}

int compare_exact(Exact x, uint64_t n) noexcept {
  // Both sides as integers: the negative powers move to the other side.
  Bignum left(x.m), right(n);
  if (x.b >= 0)
    left.mul_pow10(x.b);
  else
    right.mul_pow10(-x.b);
  if (x.a >= 0)
    left.shift_left(x.a);
  else
    right.shift_left(-x.a);
  return compare(left, right);
}

} // namespace detail
} // namespace solo::fmt

#pragma clang attribute pop
