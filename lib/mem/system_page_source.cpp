#include <solo/auxv.hpp>
#include <solo/mem/page_source.hpp>
#include <solo/sys/memory.hpp>

namespace solo::mem {

size_t SystemPageSource::page_size() noexcept {
  // AT_PAGESZ: 4 KiB on x86-64, and 4, 16 or 64 KiB on aarch64 and riscv64 kernels depending on configuration.
  if (page_size_ == 0) page_size_ = auxv::get(auxv::Type::AT_PAGESZ).value_or(4096UL);
  return page_size_;
}

void *SystemPageSource::map(size_t length) noexcept {
  auto m = sys::map_anonymous(length);
  return m ? *m : nullptr;
}

void SystemPageSource::unmap(void *addr, size_t length) noexcept { (void)sys::munmap(addr, length); }

// Shrinking gives the tail back with munmap, which a kernel does the same as mremap: qemu-user's mremap
// (7.2 and 10.0) for a 32-bit guest, whose address space it reserves up front, re-reserves the wrong range when
// a mapping shrinks: old end onwards instead of new end onwards, so the next mapping's first pages vanish.
bool SystemPageSource::resize_in_place(void *addr, size_t old_length, size_t new_length) noexcept {
  if (new_length < old_length)
    return sys::munmap(static_cast<char *>(addr) + new_length, old_length - new_length).has_value();
  return sys::mremap(addr, old_length, new_length).has_value();
}

bool SystemPageSource::move(void *addr, size_t old_length, size_t new_length, void *target) noexcept {
  return sys::mremap(addr, old_length, new_length, sys::RemapFlags::MayMove | sys::RemapFlags::Fixed, target)
      .has_value();
}

void SystemPageSource::discard(void *addr, size_t length) noexcept {
  (void)sys::madvise(addr, length, sys::Advice::DontNeed);
}

} // namespace solo::mem
