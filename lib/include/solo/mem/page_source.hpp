// Where the allocator gets its memory from. The system source maps anonymous pages with mmap; hosted tests
// plug in their own (counting calls, failing on demand) to drive the allocator core without owning the process.
#pragma once

#include <stddef.h>

namespace solo::mem {

class PageSource {
public:
  // The granularity of every address and length below (a power of two, at least 4096).
  virtual size_t page_size() noexcept = 0;
  // `length` bytes of zero-filled, read-write memory at a page-aligned address, or nullptr.
  virtual void *map(size_t length) noexcept = 0;
  // Gives back any page-aligned part of an earlier mapping.
  virtual void unmap(void *addr, size_t length) noexcept = 0;
  // Grows or shrinks a mapping without moving it; false when the pages after it are taken.
  virtual bool resize_in_place(void *addr, size_t old_length, size_t new_length) noexcept = 0;
  // Moves a mapping's pages onto `target` (an existing mapping of `new_length` bytes, which it replaces) and
  // resizes it; the old range is unmapped. false when the kernel refuses.
  virtual bool move(void *addr, size_t old_length, size_t new_length, void *target) noexcept = 0;
  // The kernel may take these pages back; they read as zeros afterwards.
  virtual void discard(void *addr, size_t length) noexcept = 0;

protected:
  ~PageSource() = default; // never deleted through this interface: no operator delete pulled in
};

// mmap/munmap/mremap/madvise on the running kernel.
class SystemPageSource final : public PageSource {
public:
  size_t page_size() noexcept override;
  void *map(size_t length) noexcept override;
  void unmap(void *addr, size_t length) noexcept override;
  bool resize_in_place(void *addr, size_t old_length, size_t new_length) noexcept override;
  bool move(void *addr, size_t old_length, size_t new_length, void *target) noexcept override;
  void discard(void *addr, size_t length) noexcept override;

private:
  size_t page_size_ = 0;
};

} // namespace solo::mem
