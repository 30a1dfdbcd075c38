// Large blocks: one mapping each, page-aligned (or aligned as asked), described by a record outside it.
// Growing tries mremap in place first, then moves the pages with mremap onto a fresh mapping (no copy).
#include "layout.hpp"

namespace solo::mem {

using namespace detail;

void *Allocator::allocate_large(size_t size, size_t align, bool *zeroed) noexcept {
  if (root_ == nullptr && !init()) return nullptr;
  // size <= max_request (checked by the caller), so none of these sums can overflow.
  size_t length = (size + page_ - 1) & ~(page_ - 1);
  if (length == 0) length = page_;

  if (align <= page_) {
    // A cached mapping that fits and is at most four times too large: a vector that grows by doubling then
    // finds its next sizes already there (realloc keeps a block that still fits), with no page faults.
    Record **link = &large_cache_;
    for (Record *r = large_cache_; r; link = &r->next, r = r->next) {
      if (r->length < length || r->length / 4 > length) continue;
      *link = r->next;
      --large_cache_count_;
      large_cache_size_ -= r->length;
      r->kind = kind_large; // its address-map entry stayed while it was cached
      r->next = nullptr;
      in_use_add(r->length);
      if (zeroed) *zeroed = false;
      return reinterpret_cast<void *>(r->base);
    }
  }

  Record *r = new_record();
  if (r == nullptr) return nullptr;
  char *base;
  if (align <= page_) {
    base = static_cast<char *>(map(length));
  } else {
    // Map enough to contain an aligned start, then give back the head and tail around it.
    size_t total = length + align - page_;
    auto *raw = static_cast<char *>(map(total));
    base = raw;
    if (raw) {
      uintptr_t start = (reinterpret_cast<uintptr_t>(raw) + align - 1) & ~(align - 1);
      base = reinterpret_cast<char *>(start);
      unmap(raw, static_cast<size_t>(base - raw));
      unmap(base + length, static_cast<size_t>(raw + total - (base + length)));
    }
  }
  if (base == nullptr || !set_owner(reinterpret_cast<uintptr_t>(base), r)) {
    if (base) unmap(base, length);
    free_record(r);
    return nullptr;
  }
  r->kind = kind_large;
  r->base = reinterpret_cast<uintptr_t>(base);
  r->length = length;
  in_use_add(length);
  if (zeroed) *zeroed = true;
  return base;
}

void Allocator::free_large(Record *r, void *p) noexcept {
  if (reinterpret_cast<uintptr_t>(p) != r->base) misuse("mem: free of a pointer into the middle of a block");
  stats_.in_use -= r->length;
  if (large_cache_count_ < large_cache_max && large_cache_size_ + r->length <= large_cache_bytes) {
    // Stays in the address map (so reusing it touches no metadata), but as a kind free() rejects.
    r->kind = kind_cached;
    r->next = large_cache_;
    large_cache_ = r;
    ++large_cache_count_;
    large_cache_size_ += r->length;
    return;
  }
  clear_owner(r->base);
  unmap(p, r->length);
  free_record(r);
}

void *Allocator::reallocate_large(Record *r, void *p, size_t size) noexcept {
  if (reinterpret_cast<uintptr_t>(p) != r->base) misuse("mem: realloc of a pointer into the middle of a block");
  if (size > max_request) return nullptr;
  if (size <= max_small_size) {
    // Shrunk into small-block territory: a span block wastes less than a page.
    void *q = allocate_any(size, 16, nullptr);
    if (q == nullptr) return nullptr;
    __builtin_memcpy(q, p, size < r->length ? size : r->length); // an aligned large block may be short
    free_large(r, p);
    return q;
  }
  size_t length = (size + page_ - 1) & ~(page_ - 1);
  if (length <= r->length && length >= r->length / 2) return p; // fits, and not worth giving pages back
  if (length < r->length) {
    if (!pages_->resize_in_place(p, r->length, length)) return p; // keeping the tail is harmless
    stats_.mapped -= r->length - length;
    stats_.in_use -= r->length - length;
    r->length = length;
    return p;
  }
  size_t grow = length - r->length;
  if (pages_->resize_in_place(p, r->length, length)) {
    stats_.mapped += grow;
    ++stats_.map_calls;
    if (stats_.mapped > stats_.peak_mapped) stats_.peak_mapped = stats_.mapped;
    in_use_add(grow);
    r->length = length;
    return p;
  }
  // Move the pages onto a fresh mapping of the new size: the kernel moves page tables, nothing is copied.
  auto *target = static_cast<char *>(map(length));
  if (target == nullptr) return nullptr;
  if (!set_owner(reinterpret_cast<uintptr_t>(target), r)) {
    unmap(target, length);
    return nullptr;
  }
  if (pages_->move(p, r->length, length, target)) {
    stats_.mapped -= r->length; // the old range is gone; the target was counted by map()
  } else {
    __builtin_memcpy(target, p, r->length);
    unmap(p, r->length);
  }
  clear_owner(r->base);
  in_use_add(grow);
  r->base = reinterpret_cast<uintptr_t>(target);
  r->length = length;
  return target;
}

void Allocator::trim() noexcept {
  release_parked();
  if (backing_ == nullptr) return trim_large();
  backing_->reclaim_abandoned();
  LockGuard g(backing_->lock_);
  backing_->trim_large();
}

void Allocator::release_parked() noexcept {
  while (parked_count_ > 0) {
    Span *s = parked_[0];
    unpark(s);
    if (s->used == 0) release_span(s);
  }
}

void Allocator::trim_large() noexcept {
  while (large_cache_) {
    Record *r = large_cache_;
    large_cache_ = r->next;
    clear_owner(r->base);
    unmap(reinterpret_cast<void *>(r->base), r->length);
    free_record(r);
  }
  large_cache_count_ = 0;
  large_cache_size_ = 0;
}

} // namespace solo::mem
