// A sorted set of system-call numbers in the caller's storage: what lock() allows, built without allocating.
#pragma once

#include <solo/errno.hpp>
#include <solo/types.hpp>

namespace solo::sandbox::detail {

class NumberSet {
public:
  NumberSet(long *storage, size_t capacity) noexcept : items_(storage), capacity_(capacity) {}

  bool contains(long n) const noexcept { return position(n) < size_ && items_[position(n)] == n; }

  // False when full (the set is then unchanged).
  bool add(long n) noexcept {
    size_t at = position(n);
    if (at < size_ && items_[at] == n) return true;
    if (size_ == capacity_) return false;
    for (size_t i = size_; i > at; --i) items_[i] = items_[i - 1];
    items_[at] = n;
    ++size_;
    return true;
  }

  void remove(long n) noexcept {
    size_t at = position(n);
    if (at == size_ || items_[at] != n) return;
    for (size_t i = at; i + 1 < size_; ++i) items_[i] = items_[i + 1];
    --size_;
  }

  size_t size() const noexcept { return size_; }
  const long *data() const noexcept { return items_; }

private:
  // The first index whose item is not less than n.
  size_t position(long n) const noexcept {
    size_t lo = 0, hi = size_;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (items_[mid] < n)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo;
  }

  long *items_;
  size_t capacity_;
  size_t size_ = 0;
};

} // namespace solo::sandbox::detail
