// The allocator with threads: per-thread heaps over one backing (see <solo/mem/allocator.hpp>).
//
// Ownership: a span belongs to the heap that took it from the backing (SpanShared::owner; null for spans the
// backing carved for itself before the first thread, which its main heap inherits). Only the owner touches the
// span's header, its free list and its heap's class lists. Everyone else frees through the remote list, and
// the owner merges that list back on its slow path (allocator.cpp: collect_remote). A span goes back to the
// backing only from its owner and only when no block of it is in use (remote frees count as in use until
// collected), so a span's owner never changes while another thread can still free into it.
#include "layout.hpp"

#include <solo/detail/placement_new.hpp>

namespace solo::mem {

using namespace detail;

// One atomic push onto the span's remote list; the push that finds it empty also puts the span on its owner's
// pending list (a span is there exactly while its remote list is not empty, until its owner takes it). The
// block's checks are those of a free on the owner's side, except the walk of the owner's free list, which is
// the owner's alone: a block that already carries the free mark (which only a freed block has) is taken as
// freed twice.
void Allocator::free_remote(Allocator *owner, Span *s, uintptr_t a, size_t size) noexcept {
  // Checked against the shared copy: the owner's header is the owner's (reading it would take its cache line).
  SpanShared &sh = shared_of(s);
  uintptr_t offset = a - sh.start;
  if (offset >= span_size || ((uint64_t{offset} * sh.reciprocal) >> 32) * sh.block_size != offset) [[unlikely]]
    misuse("mem: free of a pointer into the middle of a block");
  if (size > sh.block_size) [[unlikely]]
    misuse("mem: sized delete with a size larger than the block");
  auto *words = reinterpret_cast<uintptr_t *>(a);
  uintptr_t key = key_; // the backing's, copied into every heap
  if (words[1] == free_mark(a, key)) [[unlikely]]
    misuse("mem: double free");
  uintptr_t head = __atomic_load_n(&sh.remote, __ATOMIC_RELAXED);
  do {
    words[0] = encode(head, a, key);
    words[1] = free_mark(a, key);
  } while (!__atomic_compare_exchange_n(&sh.remote, &head, a, true, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
  if (head != 0) return;
  Span *top = __atomic_load_n(&owner->pending_, __ATOMIC_RELAXED);
  do {
    sh.pending_next = top;
  } while (!__atomic_compare_exchange_n(&owner->pending_, &top, s, true, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
}

Allocator *Allocator::attach_heap(bool main_thread) noexcept {
  LockGuard g(lock_);
  if (root_ == nullptr && !init()) return nullptr;
  Allocator *h;
  if (main_thread && main_heap_->backing_ == nullptr) {
    // The main thread's heap takes over what this allocator held as the one heap: its lists of spans with
    // free blocks and its parked spans (full spans need no list: their blocks come back through frees, and
    // those find the main heap as owner). From here on this allocator is only the backing.
    h = main_heap_;
    for (unsigned c = 0; c < class_count; ++c) {
      h->classes_[c] = classes_[c];
      classes_[c] = nullptr;
    }
    for (unsigned i = 0; i < parked_count_; ++i) h->parked_[i] = parked_[i];
    h->parked_count_ = parked_count_;
    parked_count_ = 0;
  } else if (main_thread) {
    return main_heap_;
  } else if (abandoned_ != nullptr) {
    // A heap of a thread that ended, with whatever it still holds: this thread goes on with it.
    h = abandoned_;
    __atomic_store_n(&abandoned_, h->next_abandoned_, __ATOMIC_RELAXED);
    h->next_abandoned_ = nullptr;
    return h;
  } else {
    void *m = map_metadata(sizeof(Allocator));
    if (m == nullptr) return nullptr;
    h = new (m) Allocator(*pages_);
  }
  h->backing_ = this;
  h->parked_limit_ = parked_max;
  h->root_ = root_;
  h->key_ = key_;
  h->page_ = page_;
  h->next_heap_ = heaps_;
  heaps_ = h;
  return h;
}

void Allocator::abandon() noexcept {
  collect_remote();
  release_parked();
  Allocator &b = *backing_;
  LockGuard g(b.lock_);
  next_abandoned_ = b.abandoned_;
  __atomic_store_n(&b.abandoned_, this, __ATOMIC_RELAXED);
}

// Abandoned heaps with blocks freed into them: taken out of the list (whoever holds one out of it owns it),
// their pending frees merged and their emptied spans given back, then returned to the list. The load before the
// lock is only a hint: without abandoned heaps this costs nothing more.
void Allocator::reclaim_abandoned() noexcept {
  if (__atomic_load_n(&abandoned_, __ATOMIC_RELAXED) == nullptr) return;
  Allocator *taken = nullptr;
  {
    LockGuard g(lock_);
    Allocator **link = &abandoned_;
    while (Allocator *h = *link) {
      if (__atomic_load_n(&h->pending_, __ATOMIC_RELAXED) == nullptr) {
        link = &h->next_abandoned_;
        continue;
      }
      *link = h->next_abandoned_;
      h->next_abandoned_ = taken;
      taken = h;
    }
  }
  if (taken == nullptr) return;
  Allocator *last = taken;
  for (Allocator *h = taken; h; h = h->next_abandoned_) {
    h->collect_remote();
    h->release_parked();
    last = h;
  }
  LockGuard g(lock_);
  last->next_abandoned_ = abandoned_;
  __atomic_store_n(&abandoned_, taken, __ATOMIC_RELAXED);
}

Stats Allocator::stats_shared() noexcept {
  collect_remote();
  Allocator &b = base();
  b.reclaim_abandoned();
  LockGuard g(b.lock_);
  Stats s = b.stats_;
  // Each heap's count moves with its own blocks only (a block another heap's thread frees is counted off by
  // its owner), and the backing's with large blocks: the sum is what is in use, though any one heap's count,
  // inherited or not, may be "negative" (wrapped) on its own.
  for (Allocator *h = b.heaps_; h; h = h->next_heap_) s.in_use += __atomic_load_n(&h->stats_.in_use, __ATOMIC_RELAXED);
  if (s.in_use > s.peak_in_use) s.peak_in_use = s.in_use;
  return s;
}

} // namespace solo::mem
