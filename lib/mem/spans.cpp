// Span life cycle: carved from chunks, formatted for a class, parked when empty, released back to the chunk
// (pages discarded) and the chunk unmapped once none of its spans is in use.
#include "layout.hpp"

namespace solo::mem {

using namespace detail;

namespace {

void unlink(Span *&head, Span *s) noexcept {
  if (s->prev)
    s->prev->next = s->next;
  else
    head = s->next;
  if (s->next) s->next->prev = s->prev;
  s->prev = s->next = nullptr;
}

void link_chunk(Record *&head, Record *r) noexcept {
  r->prev = nullptr;
  r->next = head;
  if (head) head->prev = r;
  head = r;
}

void unlink_chunk(Record *&head, Record *r) noexcept {
  if (r->prev)
    r->prev->next = r->next;
  else
    head = r->next;
  if (r->next) r->next->prev = r->prev;
  r->prev = r->next = nullptr;
}

} // namespace

void Allocator::format_span(Span *s, unsigned cls, bool fresh) noexcept {
  size_t size = class_size(cls);
  s->kind = kind_span;
  s->cls = static_cast<uint8_t>(cls);
  s->fresh = fresh;
  s->parked = 0;
  s->block_size = static_cast<uint32_t>(size);
  s->reciprocal = static_cast<uint32_t>(((uint64_t{1} << 32) + size - 1) / size);
  s->capacity = capacity(cls);
  s->carved = 0;
  s->used = 0;
  s->free = 0;
  s->prev = s->next = nullptr;
  // What frees from other threads check a block against (threads.cpp), written before any block is handed out.
  SpanShared &sh = shared_of(s);
  sh.start = s->start;
  sh.reciprocal = s->reciprocal;
  sh.block_size = s->block_size;
}

Span *Allocator::new_span(unsigned cls) noexcept {
  if (root_ == nullptr && !init()) return nullptr;
  // An empty span parked by another class: no system call at all. (Parked spans back in use just leave.)
  while (parked_count_ > 0) {
    Span *s = parked_[parked_count_ - 1];
    unpark(s);
    if (s->used != 0) continue;
    unlink(classes_[s->cls], s);
    format_span(s, cls, false);
    return s;
  }
  Span *s;
  if (backing_ == nullptr) {
    s = take_span();
  } else {
    // Before mapping more, what was freed into the heaps of threads that ended. Then the backing, locked.
    backing_->reclaim_abandoned();
    LockGuard g(backing_->lock_);
    s = backing_->take_span();
  }
  if (s == nullptr) return nullptr;
  // Written before any block of it is handed out, so every thread that gets one sees it.
  shared_of(s).owner = backing_ ? this : nullptr;
  format_span(s, cls, true); // fresh from mmap, or discarded: zero-filled
  return s;
}

// An unused span of a chunk, mapping a chunk when none has room: the backing's part of new_span.
Span *Allocator::take_span() noexcept {
  if (chunks_with_room_ == nullptr) {
    char *base = map_chunk();
    if (base == nullptr) return nullptr;
    Chunk *c = new_chunk();
    bool ok = c != nullptr;
    // Every granule of the chunk leads to its span's header; headers of spans not in use read as zeros.
    for (size_t g = 0; ok && g < chunk_size >> granule_shift; ++g)
      ok = set_owner(reinterpret_cast<uintptr_t>(base) + (g << granule_shift), &c->spans[g / granules_per_span]);
    if (!ok) {
      for (size_t g = 0; g < chunk_size >> granule_shift; ++g)
        if (lookup(base + (g << granule_shift))) clear_owner(reinterpret_cast<uintptr_t>(base) + (g << granule_shift));
      if (c) free_chunk(c);
      unmap(base, chunk_size);
      return nullptr;
    }
    for (unsigned i = 0; i < spans_per_chunk; ++i) {
      c->spans[i].index = static_cast<uint8_t>(i);
      c->spans[i].start = reinterpret_cast<uintptr_t>(base) + i * span_size;
    }
    Record *r = &c->record;
    r->kind = kind_chunk;
    r->base = reinterpret_cast<uintptr_t>(base);
    r->length = chunk_size;
    r->free_mask = (1u << spans_per_chunk) - 1;
    link_chunk(chunks_with_room_, r);
  }
  Record *r = chunks_with_room_;
  unsigned i = static_cast<unsigned>(__builtin_ctz(r->free_mask));
  r->free_mask &= ~(1u << i);
  if (r->free_mask == 0) unlink_chunk(chunks_with_room_, r);
  return &chunk_of(r)->spans[i];
}

// A chunk starts on a multiple of its size, so that it fills exactly one window of the look-aside in front of
// the address map (Allocator::chunk_cache_): map enough for an aligned start, give back the rest.
char *Allocator::map_chunk() noexcept {
  size_t total = 2 * chunk_size - page_;
  auto *raw = static_cast<char *>(map(total));
  if (raw == nullptr) return nullptr;
  auto *base = reinterpret_cast<char *>((reinterpret_cast<uintptr_t>(raw) + chunk_size - 1) & ~(chunk_size - 1));
  unmap(raw, static_cast<size_t>(base - raw));
  unmap(base + chunk_size, static_cast<size_t>(raw + total - (base + chunk_size)));
  return base;
}

// Parked spans may have been allocated from again since (the fast path does not unpark them): only the ones
// still empty are released when they leave the parking.
void Allocator::span_emptied(Span *s) noexcept {
  if (s->parked) return; // emptied again while still parked
  if (parked_count_ == parked_limit_) {
    Span *oldest = parked_[0];
    unpark(oldest);
    if (oldest->used == 0) release_span(oldest);
  }
  parked_[parked_count_++] = s;
  s->parked = 1;
}

void Allocator::unpark(Span *s) noexcept {
  unsigned i = 0;
  while (parked_[i] != s) ++i;
  for (; i + 1 < parked_count_; ++i) parked_[i] = parked_[i + 1];
  --parked_count_;
  s->parked = 0;
}

void Allocator::release_span(Span *s) noexcept {
  unlink(classes_[s->cls], s);
  if (backing_ == nullptr) return give_span(s);
  LockGuard g(backing_->lock_);
  backing_->give_span(s);
}

// The backing's part of release_span: the span back to its chunk, the chunk unmapped when all of it is unused.
void Allocator::give_span(Span *s) noexcept {
  Chunk *c = chunk_of(s);
  Record *r = &c->record;
  unsigned i = s->index;
  s->kind = kind_none; // what a pointer into it now finds: nothing allocated here
  shared_of(s).block_size = 0;
  bool had_room = r->free_mask != 0;
  r->free_mask |= 1u << i;
  if (r->free_mask == (1u << spans_per_chunk) - 1) {
    if (had_room) unlink_chunk(chunks_with_room_, r);
    for (size_t g = 0; g < chunk_size >> granule_shift; ++g) clear_owner(r->base + (g << granule_shift));
    forget_chunk(r->base);
    // Heaps' look-asides may name this chunk: each empties its own before its next use (allocator.cpp).
    __atomic_store_n(&chunk_unmaps_, chunk_unmaps_ + 1, __ATOMIC_RELAXED);
    unmap(reinterpret_cast<void *>(r->base), chunk_size);
    free_chunk(c);
    return;
  }
  pages_->discard(reinterpret_cast<void *>(s->start), span_size);
  if (!had_room) link_chunk(chunks_with_room_, r);
}

} // namespace solo::mem
