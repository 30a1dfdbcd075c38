// The allocator's entry points and the small-block fast paths: O(1) allocate (pop the class's free list or
// carve the next never-used block) and O(1) free (address map -> span -> checks -> push).
#include "layout.hpp"

namespace solo::mem {

using namespace detail;

namespace {

// The offset of `a` from block 0 of `s`, or misuse when `a` is not the start of a block ever handed out.
__attribute__((always_inline)) inline uintptr_t block_offset(Span *s, uintptr_t a, const char *what) noexcept {
  uintptr_t offset = a - s->blocks();
  if (offset >= s->carved) [[unlikely]]
    misuse(what);
  if (((uint64_t{offset} * s->reciprocal) >> 32) * s->block_size != offset) [[unlikely]]
    misuse(what);
  return offset;
}

// A free block's first word: the next free block, XORed with its own address and the key. Its second word:
// the free mark. Both change with the address, so stale or overwritten data does not pass for either.
inline uintptr_t encode(uintptr_t next, uintptr_t at, uintptr_t key) noexcept { return next ^ at ^ key; }
inline uintptr_t free_mark(uintptr_t at, uintptr_t key) noexcept { return ~(at ^ key); }

// Whether `a` is on the span's free list: only asked when `a` carries the free mark, which a block in use
// keeps only if the program never wrote its second word.
bool on_free_list(Span *s, uintptr_t a, uintptr_t key) noexcept {
  uintptr_t b = s->free;
  for (uint32_t n = 0; b != 0 && n <= s->capacity; ++n) {
    if (b == a) return true;
    if (b - s->blocks() >= s->carved) return false; // damaged: the allocation that follows it reports it
    b = encode(*reinterpret_cast<uintptr_t *>(b), b, key);
  }
  return false;
}

} // namespace

__attribute__((always_inline)) inline void *Allocator::allocate_small(unsigned cls, bool *zeroed) noexcept {
  Span *s = classes_[cls];
  if (s == nullptr) [[unlikely]]
    return allocate_small_slow(cls, zeroed);
  uintptr_t block = s->free;
  if (block != 0) {
    auto *words = reinterpret_cast<uintptr_t *>(block);
    // A block that lost its mark was written after free; a link that leads outside the span's blocks was
    // overwritten (after free, or by an overflow from the block before it).
    if (words[1] != free_mark(block, key_)) [[unlikely]]
      misuse("mem: heap corruption: a free block was overwritten (use after free or overflow)");
    uintptr_t next = encode(words[0], block, key_);
    if (next != 0 && next - s->blocks() >= s->carved) [[unlikely]]
      misuse("mem: heap corruption: a free block was overwritten (use after free or overflow)");
    words[1] = 0;
    s->free = next;
    if (zeroed) *zeroed = false;
  } else {
    block = s->blocks() + s->carved;
    s->carved += s->block_size;
    if (zeroed) *zeroed = s->fresh;
  }
  // (A parked span that gets a block again simply stays parked: eviction skips spans in use.)
  if (++s->used == s->capacity) { // full: leaves the class's list until a block comes back
    classes_[cls] = s->next;
    if (s->next) s->next->prev = nullptr;
    s->next = nullptr;
  }
  in_use_add(s->block_size);
  return reinterpret_cast<void *>(block);
}

__attribute__((always_inline)) inline void Allocator::free_small(Span *s, void *p, size_t size) noexcept {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  (void)block_offset(s, a, "mem: free of a pointer into the middle of a block");
  if (size > s->block_size) [[unlikely]]
    misuse("mem: sized delete with a size larger than the block");
  // A block carrying the free mark is probably freed already: the list decides, off the fast path (a tail
  // call keeps this function free of saved registers).
  if (reinterpret_cast<uintptr_t *>(a)[1] == free_mark(a, key_)) [[unlikely]]
    return free_marked(s, a);
  push_free(s, a);
}

__attribute__((always_inline)) inline void Allocator::push_free(Span *s, uintptr_t a) noexcept {
  auto *words = reinterpret_cast<uintptr_t *>(a);
  uintptr_t key = key_; // read once: the compiler cannot tell the block's stores from this object's
  words[0] = encode(s->free, a, key);
  words[1] = free_mark(a, key);
  s->free = a;
  stats_.in_use -= s->block_size;
  if (s->used-- == s->capacity) {
    // Back in the class's list, right behind the span allocations come from now.
    Span *&head = classes_[s->cls];
    if (head == nullptr) {
      head = s;
    } else {
      s->prev = head;
      s->next = head->next;
      if (head->next) head->next->prev = s;
      head->next = s;
    }
  }
  if (s->used == 0) [[unlikely]]
    span_emptied(s);
}

void Allocator::free_marked(Span *s, uintptr_t a) noexcept {
  if (on_free_list(s, a, key_)) misuse("mem: double free");
  push_free(s, a); // the program's own data happened to look like the mark
}

void *Allocator::allocate_small_slow(unsigned cls, bool *zeroed) noexcept {
  Span *s = new_span(cls);
  if (s == nullptr) return nullptr;
  classes_[cls] = s;
  return allocate_small(cls, zeroed);
}

void *Allocator::allocate_any(size_t size, size_t align, bool *zeroed) noexcept {
  if ((align & (align - 1)) != 0) return nullptr;
  if (align < 16) align = 16;
  if (size <= max_small_size) {
    if (align == 16) return allocate_small(class_of(size), zeroed);
    if (align <= 4096) {
      // The first class that is a multiple of the alignment: its blocks are all aligned (see capacity()).
      for (unsigned c = class_of(size > align ? size : align); c < class_count; ++c)
        if (class_size(c) % align == 0) return allocate_small(c, zeroed);
    }
  }
  if (size > max_request || align > max_request) return nullptr;
  return allocate_large(size, align, zeroed);
}

// Nobody asks whether the block is zeroed (a null `zeroed`): no local's address is taken, so the fast path
// carries no stack-protector check.
void *Allocator::allocate_16(size_t size) noexcept {
  if (size <= max_small_size) [[likely]]
    return allocate_small(class_of(size), nullptr);
  return allocate_any(size, 16, nullptr);
}

void *Allocator::allocate_aligned(size_t size, size_t align) noexcept { return allocate_any(size, align, nullptr); }

void *Allocator::allocate_zeroed(size_t count, size_t size, size_t align) noexcept {
  size_t total;
  if (__builtin_mul_overflow(count, size, &total)) return nullptr;
  bool zeroed;
  void *p = allocate_any(total, align, &zeroed);
  if (p && !zeroed) __builtin_memset(p, 0, total);
  return p;
}

void Allocator::free(void *p, size_t size) noexcept {
  auto a = reinterpret_cast<uintptr_t>(p);
  const ChunkSlot &slot = chunk_cache_[chunk_slot(a)];
  if (a - slot.base < chunk_size && slot.chunk != nullptr) [[likely]] {
    Span *s = &slot.chunk->spans[(a - slot.base) / span_size];
    if (s->kind == kind_span) [[likely]]
      return free_small(s, p, size);
  }
  free_looked_up(p, size);
}

// A chunk overlaps two windows at most (it is no bigger than one).
void Allocator::forget_chunk(uintptr_t base) noexcept {
  unsigned slots[2] = {chunk_slot(base), chunk_slot(base + chunk_size - 1)};
  for (unsigned i : slots)
    if (chunk_cache_[i].base == base) chunk_cache_[i] = {};
}

// The address map decides; a span found there goes into the look-aside for the frees after this one.
void Allocator::free_looked_up(void *p, size_t size) noexcept {
  if (p == nullptr) return;
  void *owner = lookup(p);
  uint32_t kind = owner ? *static_cast<uint32_t *>(owner) : kind_none;
  if (kind == kind_span) [[likely]] {
    auto *s = static_cast<Span *>(owner);
    Chunk *c = chunk_of(s);
    chunk_cache_[chunk_slot(reinterpret_cast<uintptr_t>(p))] = {c->record.base, c};
    return free_small(s, p, size);
  }
  if (kind == kind_large) {
    if (size > static_cast<Record *>(owner)->length) misuse("mem: sized delete with a size larger than the block");
    return free_large(static_cast<Record *>(owner), p);
  }
  misuse("mem: free of a pointer the allocator did not return (or already freed)");
}

size_t Allocator::usable_size(const void *p) noexcept {
  if (p == nullptr) return 0;
  void *owner = lookup(p);
  uint32_t kind = owner ? *static_cast<uint32_t *>(owner) : kind_none;
  if (kind == kind_span) {
    auto *s = static_cast<Span *>(owner);
    auto a = reinterpret_cast<uintptr_t>(p);
    (void)block_offset(s, a, "mem: usable size of a pointer inside a block");
    if (reinterpret_cast<const uintptr_t *>(a)[1] == free_mark(a, key_) && on_free_list(s, a, key_))
      misuse("mem: usable size of a freed block");
    return s->block_size;
  }
  if (kind == kind_large && reinterpret_cast<uintptr_t>(p) == static_cast<Record *>(owner)->base)
    return static_cast<Record *>(owner)->length;
  misuse("mem: usable size of a pointer the allocator did not return");
}

void *Allocator::reallocate(void *p, size_t size) noexcept {
  if (p == nullptr) return allocate(size);
  void *owner = lookup(p);
  uint32_t kind = owner ? *static_cast<uint32_t *>(owner) : kind_none;
  if (kind == kind_large) return reallocate_large(static_cast<Record *>(owner), p, size);
  if (kind != kind_span) misuse("mem: realloc of a pointer the allocator did not return (or already freed)");
  auto *s = static_cast<Span *>(owner);
  auto a = reinterpret_cast<uintptr_t>(p);
  (void)block_offset(s, a, "mem: realloc of a pointer inside a block");
  if (reinterpret_cast<const uintptr_t *>(a)[1] == free_mark(a, key_) && on_free_list(s, a, key_))
    misuse("mem: realloc of a freed block");
  size_t have = s->block_size;
  // Stays where it is while it fits and would not fit a much smaller class.
  if (size <= have && (have <= 128 || size > have / 2)) return p;
  void *q = allocate_any(size, 16, nullptr);
  if (q == nullptr) return nullptr;
  __builtin_memcpy(q, p, size < have ? size : have);
  free_small(s, p, 0);
  return q;
}

} // namespace solo::mem
