// Internal to lib/mem: the shapes of spans, chunks, records and the address map.
#pragma once

#include <solo/mem/allocator.hpp>
#include <solo/panic.hpp>

#include <stddef.h>

namespace solo::mem::detail {

inline constexpr size_t span_size = 64 * 1024;
inline constexpr size_t spans_per_chunk = 4;
inline constexpr size_t chunk_size = span_size * spans_per_chunk;
static_assert(chunk_size == size_t{1} << 18); // Allocator::chunk_slot_shift
inline constexpr unsigned granule_shift = 12; // the address map's unit: 4 KiB, the smallest page size
inline constexpr size_t granules_per_span = span_size >> granule_shift;
// The address map's three levels: 14 + 12 + 10 bits above the granule cover 48-bit addresses. Leaves are
// small (8 KiB, each covering 4 MiB); the root (160 KiB) is mapped once and only the pages in use are touched.
// A 32-bit address space needs 10 + 10 bits above the granule: the root then has a single entry.
inline constexpr bool wide_addresses = sizeof(void *) == 8;
inline constexpr unsigned leaf_bits = 10;
inline constexpr unsigned middle_bits = wide_addresses ? 12 : 10;
inline constexpr unsigned root_bits = wide_addresses ? 14 : 0;
// Interior nodes: child pointers, then a 16-bit count per child (see address_map.cpp).
inline constexpr size_t root_bytes = (size_t{1} << root_bits) * (sizeof(void *) + sizeof(uint16_t));
inline constexpr size_t middle_bytes = (size_t{1} << middle_bits) * (sizeof(void *) + sizeof(uint16_t));
inline constexpr size_t leaf_bytes = (size_t{1} << leaf_bits) * sizeof(void *);
constexpr size_t root_index(uintptr_t a) noexcept {
  return static_cast<size_t>(uint64_t{a} >> (granule_shift + leaf_bits + middle_bits));
}
constexpr size_t middle_index(uintptr_t a) noexcept {
  return (a >> (granule_shift + leaf_bits)) & ((size_t{1} << middle_bits) - 1);
}
constexpr size_t leaf_index(uintptr_t a) noexcept { return (a >> granule_shift) & ((size_t{1} << leaf_bits) - 1); }
// User space on the 64-bit architectures unless asked for more; all of it on the 32-bit ones.
inline constexpr unsigned address_bits = wide_addresses ? 48 : 32;
static_assert(granule_shift + leaf_bits + middle_bits + root_bits == address_bits);
// Requests above this fail at once: no size computation downstream can overflow.
inline constexpr size_t max_request = size_t{1} << (address_bits - 2);

// What an address-map entry points at tells what it is by its first word.
enum Kind : uint32_t {
  kind_none = 0, // a span not in use (its header reads as zeros)
  kind_span = 0x5350414e,
  kind_large = 0x4c415247,
  kind_chunk = 0x43484e4b,
  kind_cached = 0x43414348, // a large mapping kept for reuse
};

// A chunk of spans or one large mapping, kept outside the memory it describes.
struct Record {
  uint32_t kind;
  uint32_t free_mask; // chunk: bit i set = span i not in use
  uintptr_t base;
  size_t length;
  Record *prev;
  Record *next;
};
static_assert(sizeof(Record) <= 64);
static_assert(class_count <= 256); // Span::cls

// The header of a span: its own cache line, in its chunk's metadata (struct Chunk), not in the span. A free
// block holds two words: the encoded link to the next free block and a mark (free_mark) saying "free";
// blocks handed out carry nothing.
//
// Why outside: spans start on page boundaries, so headers at their starts would all share one set of a
// virtually indexed L1 cache (and, depending on the physical pages, of L2): a program with a few dozen spans
// in use would miss the cache on the header of almost every allocation and free. Kept together four to a chunk,
// in metadata allocated one after another, headers fall in different sets; the spans hold only blocks.
struct alignas(64) Span {
  uint32_t kind;
  uint8_t cls;
  uint8_t index;  // in its chunk: spans[index]
  uint8_t fresh;  // blocks never handed out are still zero-filled
  uint8_t parked; // empty and kept in Allocator::parked_
  uint32_t block_size;
  uint32_t reciprocal; // ceil(2^32 / block_size): offset / block_size without a division
  uint32_t capacity;   // blocks in the span
  uint32_t carved;     // bytes from block 0 on handed out at least once; the rest was never touched
  uint32_t used;       // blocks handed out and not freed
  uintptr_t start;     // the span's memory: block 0 is here
  uintptr_t free;      // first block of the free list, 0 when empty
  Span *prev;
  Span *next;

  uintptr_t blocks() const noexcept { return start; }
};
static_assert(sizeof(Span) == 64);

// What other threads touch of a span (lib/mem/threads.cpp), away from the header its owner writes on every
// call: the heap that owns it (null: the backing's main heap), the blocks other threads freed into it (a stack
// whose links are encoded as the free list's), the link on its owner's pending list while that stack is not
// empty, and a copy of what a free checks a block against (block_size 0: the span is not in use). A cache line
// each: frees from other threads into one span do not slow the owner's own frees in the others.
struct alignas(64) SpanShared {
  Allocator *owner;
  uintptr_t remote;
  Span *pending_next;
  uintptr_t start;
  uint32_t block_size;
  uint32_t reciprocal;
};

// A chunk's metadata: the headers of its spans, then its record (base, length, which spans are unused), then
// the spans' shared parts.
struct Chunk {
  Span spans[spans_per_chunk];
  Record record;
  SpanShared shared[spans_per_chunk];
};

inline Chunk *chunk_of(Span *s) noexcept { return reinterpret_cast<Chunk *>(s - s->index); }
inline SpanShared &shared_of(Span *s) noexcept { return chunk_of(s)->shared[s->index]; }
inline Chunk *chunk_of(Record *r) noexcept {
  return reinterpret_cast<Chunk *>(reinterpret_cast<char *>(r) - offsetof(Chunk, record));
}

// Blocks start at the span's start (page-aligned), so every block of a class whose size is a multiple of A
// (a power of two up to 4 KiB) is A-aligned.
constexpr uint32_t capacity(unsigned cls) noexcept { return static_cast<uint32_t>(span_size / class_size(cls)); }

[[noreturn]] inline void misuse(const char *what) noexcept { panic(what); }

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
// (Remote lists, lib/mem/threads.cpp, use the same two words.)
inline uintptr_t encode(uintptr_t next, uintptr_t at, uintptr_t key) noexcept { return next ^ at ^ key; }
inline uintptr_t free_mark(uintptr_t at, uintptr_t key) noexcept { return ~(at ^ key); }

} // namespace solo::mem::detail

namespace solo::mem {

inline void *Allocator::lookup(const void *p) const noexcept {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if ((uint64_t{a} >> detail::address_bits) != 0 || root_ == nullptr) return nullptr;
  void **middle = root_[detail::root_index(a)];
  if (middle == nullptr) return nullptr;
  void **leaf = static_cast<void **>(middle[detail::middle_index(a)]);
  if (leaf == nullptr) return nullptr;
  return leaf[detail::leaf_index(a)];
}

inline Allocator *Allocator::owner_of(detail::Span *s) noexcept {
  Allocator *o = detail::shared_of(s).owner;
  return o ? o : base().main_heap_;
}

inline void Allocator::in_use_add(size_t n) noexcept {
  stats_.in_use += n;
  if (stats_.in_use > stats_.peak_in_use) stats_.peak_in_use = stats_.in_use;
}

} // namespace solo::mem
