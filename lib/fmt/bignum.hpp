// A fixed-size unsigned big integer, just large enough for exact double-to-decimal conversion: the largest
// value the conversions build is about 2^1130 (a 53-bit mantissa times 10^324 for the smallest subnormals,
// or 2^1025 times 10^17), so 40 limbs of 32 bits leave room to spare. No allocation, no exceptions.
#pragma once

#include <solo/types.hpp>

namespace solo::fmt::detail {

// Out of line: the conversions call these from many places, and inlining them all costs kilobytes for no
// measurable speed.
#define NOINLINE [[gnu::noinline]]

class Bignum {
public:
  static constexpr int capacity = 40;

  Bignum() = default;
  explicit Bignum(uint64_t v) { set(v); }

  void set(uint64_t v) {
    size_ = 0;
    while (v != 0) {
      limb_[size_++] = static_cast<uint32_t>(v);
      v >>= 32;
    }
  }
  bool is_zero() const { return size_ == 0; }
  int size() const { return size_; }
  uint32_t limb(int i) const { return i < size_ ? limb_[i] : 0; }

  NOINLINE void mul_small(uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < size_; ++i) {
      uint64_t t = static_cast<uint64_t>(limb_[i]) * m + carry;
      limb_[i] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry != 0) limb_[size_++] = static_cast<uint32_t>(carry);
  }

  NOINLINE void mul_pow10(int n) {
    for (; n >= 9; n -= 9) mul_small(1000000000u);
    static constexpr uint32_t small[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    if (n > 0) mul_small(small[n]);
  }

  NOINLINE void shift_left(int bits) {
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
  NOINLINE void add(const Bignum &o) {
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
  NOINLINE void sub(const Bignum &o) {
    int64_t borrow = 0;
    for (int i = 0; i < size_; ++i) {
      int64_t t = static_cast<int64_t>(limb_[i]) - o.limb(i) - borrow;
      borrow = t < 0;
      limb_[i] = static_cast<uint32_t>(t + (borrow << 32));
    }
    trim();
  }

  NOINLINE friend int compare(const Bignum &a, const Bignum &b) {
    if (a.size_ != b.size_) return a.size_ < b.size_ ? -1 : 1;
    for (int i = a.size_ - 1; i >= 0; --i)
      if (a.limb_[i] != b.limb_[i]) return a.limb_[i] < b.limb_[i] ? -1 : 1;
    return 0;
  }

  // compare(a + b, c) without building a + b.
  friend int compare_sum(const Bignum &a, const Bignum &b, const Bignum &c) {
    Bignum t = a;
    t.add(b);
    return compare(t, c);
  }

  // Returns floor(this / d) and leaves the remainder in this, for quotients that are small (a decimal digit
  // where it is used): this < 2^32 * d.
  NOINLINE uint32_t divmod_small_quotient(const Bignum &d) {
    // An estimate from the top limbs that never exceeds the true quotient, then corrected by subtraction.
    if (compare(*this, d) < 0) return 0;
    int top = d.size_ - 1;
    uint64_t num = (static_cast<uint64_t>(limb(top + 1)) << 32) | limb(top);
    uint32_t q = static_cast<uint32_t>(num / (static_cast<uint64_t>(d.limb_[top]) + 1));
    if (q != 0) sub_mul(d, q);
    while (compare(*this, d) >= 0) {
      sub(d);
      ++q;
    }
    return q;
  }

  // this -= d * q; requires this >= d * q.
  NOINLINE void sub_mul(const Bignum &d, uint32_t q) {
    uint64_t carry = 0; // of the product
    int64_t borrow = 0;
    for (int i = 0; i < size_; ++i) {
      uint64_t p = static_cast<uint64_t>(d.limb(i)) * q + carry;
      carry = p >> 32;
      int64_t t = static_cast<int64_t>(limb_[i]) - static_cast<uint32_t>(p) - borrow;
      borrow = t < 0;
      limb_[i] = static_cast<uint32_t>(t + (borrow << 32));
    }
    trim();
  }

  // Bit length of the top limb (0 for zero).
  int top_bits() const { return size_ == 0 ? 0 : 32 - __builtin_clz(limb_[size_ - 1]); }

  // Divides by a 32-bit number; returns the remainder.
  NOINLINE uint32_t divmod_u32(uint32_t d) {
    uint64_t rem = 0;
    for (int i = size_ - 1; i >= 0; --i) {
      uint64_t t = (rem << 32) | limb_[i];
      limb_[i] = static_cast<uint32_t>(t / d);
      rem = t % d;
    }
    trim();
    return static_cast<uint32_t>(rem);
  }

  uint32_t &raw(int i) { return limb_[i]; }
  void set_size(int n) {
    size_ = n;
    trim();
  }

private:
  void trim() {
    while (size_ > 0 && limb_[size_ - 1] == 0) --size_;
  }

  uint32_t limb_[capacity + 2];
  int size_ = 0;
};

#undef NOINLINE

} // namespace solo::fmt::detail
