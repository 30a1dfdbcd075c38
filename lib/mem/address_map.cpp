// The allocator's own bookkeeping memory: the address map (address -> span header or record), the pools of
// records and of chunks' metadata, and every mapping made from the page source (so `mapped` in the statistics counts it
// all).
#include "layout.hpp"

namespace solo::mem {

using namespace detail;

bool Allocator::init() noexcept {
  size_t page = pages_->page_size();
  // Spans are discarded page by page, so a page may not be larger than a span (64 KiB pages are the largest
  // any of the three architectures configure).
  if (page < 4096 || (page & (page - 1)) != 0 || page > span_size) return false;
  page_ = page;
  root_ = static_cast<void ***>(map_metadata(root_bytes));
  if (root_ == nullptr) return false;
  // Free-list links are stored XORed with this and the block's address; an overwritten link then decodes to
  // an address outside its span with near certainty.
  key_ = (reinterpret_cast<uintptr_t>(root_) * 0x9e3779b97f4a7c15ULL) | 1;
  return true;
}

void *Allocator::map(size_t length) noexcept {
  void *p = pages_->map(length);
  if (p == nullptr) return nullptr;
  // The address map covers 48 bits: anything above (only ever handed out on request) cannot be tracked.
  if ((uint64_t{reinterpret_cast<uintptr_t>(p) + length - 1} >> address_bits) != 0) {
    pages_->unmap(p, length);
    return nullptr;
  }
  stats_.mapped += length;
  ++stats_.map_calls;
  if (stats_.mapped > stats_.peak_mapped) stats_.peak_mapped = stats_.mapped;
  return p;
}

void *Allocator::map_metadata(size_t length) noexcept {
  if (length < page_) length = page_; // what the kernel maps anyway
  void *p = map(length);
  if (p) stats_.metadata += length;
  return p;
}

void Allocator::unmap_metadata(void *addr, size_t length) noexcept {
  if (length < page_) length = page_;
  unmap(addr, length);
  stats_.metadata -= length;
}

void Allocator::unmap(void *addr, size_t length) noexcept {
  if (length == 0) return;
  pages_->unmap(addr, length);
  stats_.mapped -= length;
}

Record *Allocator::new_record() noexcept {
  if (free_records_ == nullptr) {
    size_t pool = page_ > 16384 ? page_ : 16384;
    auto *r = static_cast<Record *>(map_metadata(pool));
    if (r == nullptr) return nullptr;
    for (size_t i = 0; i < pool / sizeof(Record); ++i) free_record(r + i);
  }
  Record *r = free_records_;
  free_records_ = r->next;
  *r = Record{};
  return r;
}

void Allocator::free_record(Record *r) noexcept {
  r->kind = kind_none;
  r->next = free_records_;
  free_records_ = r;
}

// Chunks' metadata (their spans' headers and record) from pools of their own, handed out one after another
// so that the headers of the spans in use are neighbours in memory (see Span).
Chunk *Allocator::new_chunk() noexcept {
  if (free_chunks_ == nullptr) {
    size_t pool = page_ > 16384 ? page_ : 16384;
    auto *c = static_cast<Chunk *>(map_metadata(pool));
    if (c == nullptr) return nullptr;
    // Last first, so that the pool is handed out in address order.
    for (size_t i = pool / sizeof(Chunk); i-- > 0;) free_chunk(c + i);
  }
  Chunk *c = free_chunks_;
  free_chunks_ = reinterpret_cast<Chunk *>(c->record.next);
  *c = Chunk{};
  return c;
}

void Allocator::free_chunk(Chunk *c) noexcept {
  for (Span &s : c->spans) s.kind = kind_none;
  for (SpanShared &sh : c->shared) sh.block_size = 0;
  c->record.kind = kind_none;
  c->record.next = reinterpret_cast<Record *>(free_chunks_);
  free_chunks_ = c;
}

// Interior nodes keep, after their pointers, a 16-bit count per child of the child's non-null entries, so a
// leaf (and then a middle node) that empties is unmapped: a heap that wanders through the address space (as
// under qemu-user, which hands out addresses upwards) does not leave a trail of metadata behind.
namespace {
inline uint16_t *counts(void **node, unsigned bits) noexcept {
  return reinterpret_cast<uint16_t *>(node + (size_t{1} << bits));
}
} // namespace

bool Allocator::set_owner(uintptr_t a, void *owner) noexcept {
  void ***middle_slot = &root_[root_index(a)];
  if (*middle_slot == nullptr) {
    *middle_slot = static_cast<void **>(map_metadata(middle_bytes));
    if (*middle_slot == nullptr) return false;
  }
  void **middle = *middle_slot;
  void **leaf_slot = &middle[middle_index(a)];
  if (*leaf_slot == nullptr) {
    *leaf_slot = map_metadata(leaf_bytes);
    if (*leaf_slot == nullptr) {
      if (counts(reinterpret_cast<void **>(root_), root_bits)[root_index(a)] == 0) {
        unmap_metadata(middle, middle_bytes);
        *middle_slot = nullptr;
      }
      return false;
    }
    ++counts(reinterpret_cast<void **>(root_), root_bits)[root_index(a)];
  }
  void *&entry = static_cast<void **>(*leaf_slot)[leaf_index(a)];
  if (entry == nullptr) ++counts(middle, middle_bits)[middle_index(a)];
  entry = owner;
  return true;
}

void Allocator::clear_owner(uintptr_t a) noexcept {
  // Only called for addresses set before, so every level exists.
  void **middle = root_[root_index(a)];
  auto **leaf = static_cast<void **>(middle[middle_index(a)]);
  if (leaf[leaf_index(a)] == nullptr) return;
  leaf[leaf_index(a)] = nullptr;
  if (--counts(middle, middle_bits)[middle_index(a)] != 0) return;
  unmap_metadata(leaf, leaf_bytes);
  middle[middle_index(a)] = nullptr;
  if (--counts(reinterpret_cast<void **>(root_), root_bits)[root_index(a)] != 0) return;
  unmap_metadata(middle, middle_bytes);
  root_[root_index(a)] = nullptr;
}

} // namespace solo::mem
