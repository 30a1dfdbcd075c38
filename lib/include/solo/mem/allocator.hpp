// solo::mem::Allocator: the allocator core, over an injectable page source.
//
// Small requests (up to 8 KiB) come from size classes. Each class carves 64 KiB spans into equal blocks;
// spans come four at a time from 256 KiB chunks mapped from the page source. A block carries no header: an
// address map (a three-level radix tree over 4 KiB granules of the 48-bit address space) leads from any address
// to its span, whose header (kept with its chunk's metadata, outside the span) holds the class, a free list and
// how far the span was carved. The free list's
// links are stored inside free blocks, encoded with the block's address, so a write after free or past the end
// of a block into a free neighbour is caught when the damaged link is followed.
// Large requests are mapped on their own, page-aligned, described by a record outside the mapping; realloc
// resizes them with mremap.
// Memory goes back: a span that empties is parked (at most two are kept, so a loop that allocates and frees one
// block maps nothing), older ones are discarded (MADV_DONTNEED) and a chunk with no span in use is unmapped.
// Up to four freed large mappings (128 KiB in all) are kept for reuse.
//
// Misuse (double free, a pointer the allocator never returned, a damaged free list) ends in solo::panic:
// a message on stderr and SIGABRT. Running out of memory is not misuse: the calls return nullptr.
//
// With threads (lib/mem/threads.cpp): one Allocator is the *backing* (the address map, chunks, records, large
// blocks), and every thread has a heap of its own, another Allocator whose `backing_` points at it. A heap owns
// the spans it carved blocks from: its owner thread allocates and frees their blocks with no atomic instruction
// and no lock. A block freed by another thread goes onto its span's remote list (one atomic push; the first
// one also puts the span on its heap's pending list), which the owner takes back on its slow path. Only what
// touches the backing (a new span, a span given back, large blocks) holds the backing's lock. The heap of a
// thread that ends is abandoned, with its spans: the next thread to start adopts it, and until then a thread
// about to map memory takes back what was freed into it. Before any thread exists none of this runs: the
// backing is the one heap, as without threads.
#pragma once

#include <solo/mem/page_source.hpp>
#include <solo/mem/size_classes.hpp>
#include <solo/sync/mutex.hpp>

namespace solo::mem {

struct Stats {
  size_t in_use = 0;      // usable bytes of the blocks handed out and not yet freed
  size_t peak_in_use = 0; // the largest in_use so far
  size_t mapped = 0;      // bytes currently mapped from the page source, metadata included
  size_t metadata = 0;    // of which the address map and records (kept for the life of the allocator)
  size_t peak_mapped = 0; // the largest mapped so far
  size_t map_calls = 0;   // how many mappings were made (what hysteresis keeps low)
};

namespace detail {
struct Span;
struct Record;
struct Chunk;
} // namespace detail

class Allocator {
public:
  constexpr explicit Allocator(PageSource &pages) noexcept : pages_(&pages) {}
  Allocator(const Allocator &) = delete;
  Allocator &operator=(const Allocator &) = delete;

  // `size` bytes aligned to `align` (a power of two; below 16 counts as 16), or nullptr when out of memory or
  // when `align` is not a power of two. size 0 gives a unique minimal block. (Every block is 16-aligned: for
  // such an `align`, known at compile time as in malloc, the choice costs nothing.)
  void *allocate(size_t size, size_t align = 16) noexcept {
    if (align <= 16 && (align & (align - 1)) == 0) return allocate_16(size);
    return allocate_aligned(size, align);
  }
  // count * size zeroed bytes; nullptr on overflow or when out of memory. Memory known to be fresh from the
  // page source is not cleared again.
  void *allocate_zeroed(size_t count, size_t size, size_t align = 16) noexcept;
  // Resizes in place where it can (within the block, or mremap for large ones), else moves. nullptr when out of
  // memory, and then `p` is untouched. reallocate(nullptr, n) allocates.
  void *reallocate(void *p, size_t size) noexcept;
  // Frees a block (nullptr does nothing). `size`, when not 0, is what the caller believes it asked for (sized
  // delete): larger than the block is misuse.
  void free(void *p, size_t size = 0) noexcept;
  // The bytes usable at `p`, at least what was asked for.
  size_t usable_size(const void *p) noexcept;
  // Gives back now what hysteresis keeps for reuse: parked spans and cached large mappings.
  void trim() noexcept;

  const Stats &stats() const noexcept { return stats_; }

  // The per-thread heaps (lib/mem/threads.cpp), for the process heap's calls in <solo/mem.hpp> once threads
  // exist. `main` is the heap that inherits this allocator's own blocks when it becomes a backing.
  constexpr Allocator(PageSource &pages, Allocator &main) noexcept : pages_(&pages), main_heap_(&main) {}
  // The calling thread's heap over this backing: made, adopted from a thread that ended, or (for the main
  // thread) `main` taking over this allocator's spans. null when out of memory.
  Allocator *attach_heap(bool main_thread) noexcept;
  // The heap of a thread that ends: what was freed into it is taken back, empty spans go back to the backing,
  // and the heap waits for the next thread.
  void abandon() noexcept;
  // free() for a heap of a backing: blocks of other heaps go to their remote lists.
  void free_shared(void *p, size_t size = 0) noexcept;
  // Statistics of the backing and every heap: in_use is their sum, after taking back what was freed into this
  // heap and into abandoned ones (frees into heaps of running threads count once their owner takes them).
  Stats stats_shared() noexcept;
  // The backing's lock, for proc::fork (lib/mem/heap.cpp).
  Mutex &backing_lock() noexcept { return lock_; }

private:
  // Empty spans kept: two for the one heap (a loop that allocates and frees one block maps nothing), more for a
  // thread's heap, whose spans may empty by frees from other threads in bursts across many classes: each one
  // given back is discarded and faulted in again, and in a threaded process every discard also interrupts the
  // other cores to flush their TLBs.
  static constexpr unsigned parked_max = 8;
  static constexpr unsigned parked_single = 2;
  static constexpr unsigned large_cache_max = 4;
  static constexpr size_t large_cache_bytes = 128 * 1024;

  // `zeroed`, when not null, is told whether the block is known to be zero-filled.
  void *allocate_small(unsigned cls, bool *zeroed) noexcept;
  void *allocate_16(size_t size) noexcept;
  void *allocate_aligned(size_t size, size_t align) noexcept;
  void *allocate_small_slow(unsigned cls, bool *zeroed) noexcept;
  void *allocate_large(size_t size, size_t align, bool *zeroed) noexcept;
  void *allocate_any(size_t size, size_t align, bool *zeroed) noexcept;
  void free_small(detail::Span *span, void *p, size_t size) noexcept;
  void free_small_any(detail::Span *span, void *p, size_t size) noexcept;
  void free_in(detail::Chunk *chunk, size_t index, void *p, size_t size) noexcept;
  void free_remote(Allocator *owner, detail::Span *span, uintptr_t block, size_t size) noexcept;
  void collect_remote() noexcept;
  Allocator *owner_of(detail::Span *span) noexcept;
  Allocator &base() noexcept { return backing_ ? *backing_ : *this; }
  void release_parked() noexcept;
  void reclaim_abandoned() noexcept;
  detail::Span *take_span() noexcept;
  void give_span(detail::Span *span) noexcept;
  void trim_large() noexcept;
  void push_free(detail::Span *span, uintptr_t block) noexcept;
  void free_marked(detail::Span *span, uintptr_t block) noexcept;
  void free_large(detail::Record *large, void *p) noexcept;
  void *reallocate_large(detail::Record *large, void *p, size_t size) noexcept;

  detail::Span *new_span(unsigned cls) noexcept;
  char *map_chunk() noexcept;
  void span_emptied(detail::Span *span) noexcept;
  void unpark(detail::Span *span) noexcept;
  void release_span(detail::Span *span) noexcept;
  void format_span(detail::Span *span, unsigned cls, bool fresh) noexcept;

  bool init() noexcept;
  void *map(size_t length) noexcept;
  void *map_metadata(size_t length) noexcept;
  void unmap(void *addr, size_t length) noexcept;
  void unmap_metadata(void *addr, size_t length) noexcept;
  detail::Record *new_record() noexcept;
  void free_record(detail::Record *r) noexcept;
  detail::Chunk *new_chunk() noexcept;
  void free_chunk(detail::Chunk *c) noexcept;
  void *lookup(const void *p) const noexcept;
  bool set_owner(uintptr_t granule_addr, void *owner) noexcept;
  void clear_owner(uintptr_t granule_addr) noexcept;
  void in_use_add(size_t n) noexcept;

  // A look-aside for the address map on the way to free: the chunk last found in each of 64 windows of 256 KiB
  // (a chunk's size and alignment, so a chunk is one window), so that most frees reach their span header in
  // two dependent loads instead of four. Filled from the map, emptied when the chunk is unmapped: it never
  // answers differently from the map.
  struct ChunkSlot {
    uintptr_t base = 0;
    detail::Chunk *chunk = nullptr;
  };
  static constexpr unsigned chunk_slots = 64;
  static constexpr unsigned chunk_slot_shift = 18; // log2 of the chunk size (checked in layout.hpp)
  static unsigned chunk_slot(uintptr_t a) noexcept { return (a >> chunk_slot_shift) % chunk_slots; }
  void free_looked_up(void *p, size_t size) noexcept;
  void forget_chunk(uintptr_t base) noexcept;

  PageSource *pages_;
  ChunkSlot chunk_cache_[chunk_slots] = {};
  size_t page_ = 0;
  uintptr_t key_ = 0;                       // mixes into free-list links
  void ***root_ = nullptr;                  // address map: root -> middle -> leaf -> owner (a span header or a record)
  detail::Span *classes_[class_count] = {}; // spans with free blocks, per class (head first)
  detail::Span *parked_[parked_max] = {};   // empty spans kept for reuse, oldest first
  unsigned parked_count_ = 0;
  unsigned parked_limit_ = parked_single;
  detail::Record *chunks_with_room_ = nullptr; // chunks with at least one unused span
  detail::Record *free_records_ = nullptr;
  detail::Chunk *free_chunks_ = nullptr;
  detail::Record *large_cache_ = nullptr;
  unsigned large_cache_count_ = 0;
  size_t large_cache_size_ = 0;
  Stats stats_;

  // Threads. A heap: its backing, the spans with blocks freed by other threads (a lock-free stack, pushed by
  // them, taken whole by the owner) and its place among all heaps and the abandoned ones. The backing: its
  // lock, the heap that takes over its blocks, every heap, the abandoned ones.
  Allocator *backing_ = nullptr;
  // Pushed onto by other threads: a cache line of its own, away from the counts the owner writes on every call.
  alignas(64) detail::Span *pending_ = nullptr;
  // A heap's look-aside (chunk_cache_) holds for as long as the backing has unmapped no chunk since it was
  // last emptied: the backing counts its chunk unmaps, and a heap that sees a new count empties it first.
  alignas(64) unsigned cache_unmaps_ = 0;
  Allocator *next_heap_ = nullptr;
  Allocator *next_abandoned_ = nullptr;
  // Read by every heap's free, written once per chunk unmapped: a cache line of its own, away from the lock.
  alignas(64) unsigned chunk_unmaps_ = 0;
  alignas(64) Mutex lock_;
  Allocator *main_heap_ = nullptr;
  Allocator *heaps_ = nullptr;
  Allocator *abandoned_ = nullptr;
};

} // namespace solo::mem
