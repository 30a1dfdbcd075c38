// A fixed-size unsigned big integer, just large enough for exact double-to-decimal conversion: the largest
// value the conversions build is about 2^1130 (a 53-bit mantissa times 10^324 for the smallest subnormals,
// or 2^1025 times 10^17), so 40 limbs of 32 bits leave room to spare. No allocation, no exceptions.
#pragma once

#include "decimal.hpp"

namespace solo::fmt::detail {

// Out of line: the conversions call these from many places, and inlining them all costs kilobytes for no
// measurable speed.
#define NOINLINE [[gnu::noinline]]

class Bignum {
public:
  static constexpr int capacity = 40;

  constexpr Bignum() = default;
  constexpr explicit Bignum(uint64_t v) { set(v); }

  constexpr void set(uint64_t v) {
    size_ = 0;
    while (v != 0) {
      limb_[size_++] = static_cast<uint32_t>(v);
      v >>= 32;
    }
  }
  constexpr bool is_zero() const { return size_ == 0; }
  constexpr int size() const { return size_; }
  constexpr uint32_t limb(int i) const { return i < size_ ? limb_[i] : 0; }

  NOINLINE constexpr void mul_small(uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < size_; ++i) {
      uint64_t t = static_cast<uint64_t>(limb_[i]) * m + carry;
      limb_[i] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry != 0) limb_[size_++] = static_cast<uint32_t>(carry);
  }

  NOINLINE constexpr void mul_pow10(int n) {
    for (; n >= 9; n -= 9) mul_small(1000000000u);
    uint32_t rest = 1;
    for (; n > 0; --n) rest *= 10;
    if (rest > 1) mul_small(rest);
  }

  NOINLINE constexpr void shift_left(int bits) {
    if (size_ == 0 || bits == 0) return;
    int words = bits / 32, rest = bits % 32;
    if (rest != 0) {
      uint32_t carry = 0;
      for (int i = 0; i < size_; ++i) {
        uint32_t v = limb_[i];
        limb_[i] = (v << rest) | carry;
        carry = v >> (32 - rest);
      }
      if (carry != 0) limb_[size_++] = carry;
    }
    if (words != 0) {
      for (int i = size_ - 1; i >= 0; --i) limb_[i + words] = limb_[i];
      for (int i = 0; i < words; ++i) limb_[i] = 0;
      size_ += words;
    }
  }

  // this += o
  NOINLINE constexpr void add(const Bignum &o) {
    int n = size_ > o.size_ ? size_ : o.size_;
    uint64_t carry = 0;
    for (int i = 0; i < n; ++i) {
      uint64_t t = static_cast<uint64_t>(limb(i)) + o.limb(i) + carry;
      limb_[i] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    size_ = n;
    if (carry != 0) limb_[size_++] = static_cast<uint32_t>(carry);
  }

  // this -= o; requires this >= o.
  NOINLINE constexpr void sub(const Bignum &o) {
    int64_t borrow = 0;
    for (int i = 0; i < size_; ++i) {
      int64_t t = static_cast<int64_t>(limb_[i]) - o.limb(i) - borrow;
      borrow = t < 0;
      limb_[i] = static_cast<uint32_t>(t + (borrow << 32));
    }
    trim();
  }

  NOINLINE friend constexpr int compare(const Bignum &a, const Bignum &b) {
    if (a.size_ != b.size_) return a.size_ < b.size_ ? -1 : 1;
    for (int i = a.size_ - 1; i >= 0; --i)
      if (a.limb_[i] != b.limb_[i]) return a.limb_[i] < b.limb_[i] ? -1 : 1;
    return 0;
  }

  // Bit length of the top limb (0 for zero).
  constexpr int top_bits() const { return size_ == 0 ? 0 : 32 - __builtin_clz(limb_[size_ - 1]); }

  // Divides by 10^9; returns the remainder. (By a reciprocal: a 32-bit target has no 64-bit division.)
  NOINLINE constexpr uint32_t divmod_1e9() {
    uint64_t rem = 0;
    for (int i = size_ - 1; i >= 0; --i) {
      uint64_t t = (rem << 32) | limb_[i]; // below 10^9 * 2^32 < 2^62
      uint64_t q = div_1e9(t);
      limb_[i] = static_cast<uint32_t>(q);
      rem = t - q * 1000000000;
    }
    trim();
    return static_cast<uint32_t>(rem);
  }

  constexpr uint32_t &raw(int i) { return limb_[i]; }
  constexpr void set_size(int n) {
    size_ = n;
    trim();
  }

private:
  constexpr void trim() {
    while (size_ > 0 && limb_[size_ - 1] == 0) --size_;
  }

  uint32_t limb_[capacity + 2];
  int size_ = 0;
};

#undef NOINLINE

} // namespace solo::fmt::detail
