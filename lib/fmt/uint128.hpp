// The Bignum interface over one unsigned 128-bit integer: the fast path of the shortest-digits algorithm for the
// doubles whose scaled values fit (magnitudes from about 1e-20 to 1e35, most numbers programs print). Only
// shifts, additions and multiplications by small numbers: nothing that needs a compiler runtime helper.
#pragma once

#include <solo/types.hpp>

namespace solo::fmt::detail {

class Uint128 {
public:
  Uint128() = default;
  explicit Uint128(uint64_t v) : v_(v) {}

  void set(uint64_t v) { v_ = v; }
  bool is_zero() const { return v_ == 0; }
  void mul_small(uint32_t m) { v_ *= m; }
  void mul_pow10(int n) {
    for (; n > 0; --n) v_ *= 10;
  }
  void shift_left(int bits) { v_ <<= bits; }
  void add(const Uint128 &o) { v_ += o.v_; }
  void sub(const Uint128 &o) { v_ -= o.v_; }
  friend int compare(const Uint128 &a, const Uint128 &b) { return a.v_ < b.v_ ? -1 : a.v_ > b.v_ ? 1 : 0; }
  friend int compare_sum(const Uint128 &a, const Uint128 &b, const Uint128 &c) {
    unsigned __int128 sum = a.v_ + b.v_;
    return sum < c.v_ ? -1 : sum > c.v_ ? 1 : 0;
  }
  // A decimal digit: at most nine subtractions.
  uint32_t divmod_small_quotient(const Uint128 &d) {
    uint32_t q = 0;
    while (v_ >= d.v_) {
      v_ -= d.v_;
      ++q;
    }
    return q;
  }

private:
  unsigned __int128 v_ = 0;
};

} // namespace solo::fmt::detail
