// Typed memory-management system calls: mmap, munmap, mremap, mprotect, madvise, mlock, munlock, msync, brk.
// Each is one system call with no policy. The flag values are the generic ones from <asm-generic/mman*.h> and
// <linux/mman.h>; x86-64, aarch64 and riscv64 all use them (tests/abi/memory_layout.cpp checks each arch).
#pragma once

#include <calls_arch.hpp>
#include <solo/sys/raw.hpp>

namespace solo::sys {

// Page protection (PROT_*).
enum class Prot : unsigned {
  None = 0x0,
  Read = 0x1,
  Write = 0x2,
  Exec = 0x4,
  Sem = 0x8,
  GrowsDown = 0x01000000, // mprotect only: extend the change down to the start of a grows-down mapping
  GrowsUp = 0x02000000,
};

// Mapping type and flags (MAP_*). MAP_32BIT exists only on x86-64 and is left out on purpose.
enum class MapFlags : unsigned {
  None = 0x0,
  Shared = 0x01,
  Private = 0x02,
  SharedValidate = 0x03,
  Fixed = 0x10,
  Anonymous = 0x20,
  GrowsDown = 0x0100,
  DenyWrite = 0x0800,
  Executable = 0x1000,
  Locked = 0x2000,
  NoReserve = 0x4000,
  Populate = 0x008000,
  NonBlock = 0x010000,
  Stack = 0x020000,
  HugeTlb = 0x040000,
  Sync = 0x080000,
  FixedNoReplace = 0x100000,
};

// mremap flags (MREMAP_*).
enum class RemapFlags : unsigned {
  None = 0,
  MayMove = 1,
  Fixed = 2, // needs MayMove
  DontUnmap = 4,
};

// msync flags (MS_*): exactly one of Async and Sync, optionally Invalidate.
enum class SyncFlags : unsigned {
  Async = 1,
  Invalidate = 2,
  Sync = 4,
};

// madvise takes one advice value (MADV_*), not a set.
enum class Advice : int {
  Normal = 0,
  Random = 1,
  Sequential = 2,
  WillNeed = 3,
  DontNeed = 4, // private anonymous pages read back as zero afterwards
  Free = 8,
  Remove = 9,
  DontFork = 10,
  DoFork = 11,
  Mergeable = 12,
  Unmergeable = 13,
  HugePage = 14,
  NoHugePage = 15,
  DontDump = 16,
  DoDump = 17,
  WipeOnFork = 18,
  KeepOnFork = 19,
  Cold = 20,
  PageOut = 21,
  PopulateRead = 22,
  PopulateWrite = 23,
  DontNeedLocked = 24,
  Collapse = 25,
  HwPoison = 100,
  SoftOffline = 101,
};

#define SOLO_SYS_MEMORY_FLAG_OPS(T)                                                                                    \
  constexpr T operator|(T a, T b) noexcept {                                                                           \
    return static_cast<T>(static_cast<unsigned>(a) | static_cast<unsigned>(b));                                        \
  }                                                                                                                    \
  constexpr T operator&(T a, T b) noexcept {                                                                           \
    return static_cast<T>(static_cast<unsigned>(a) & static_cast<unsigned>(b));                                        \
  }                                                                                                                    \
  constexpr bool any(T a) noexcept { return static_cast<unsigned>(a) != 0; }
SOLO_SYS_MEMORY_FLAG_OPS(Prot)
SOLO_SYS_MEMORY_FLAG_OPS(MapFlags)
SOLO_SYS_MEMORY_FLAG_OPS(RemapFlags)
SOLO_SYS_MEMORY_FLAG_OPS(SyncFlags)
#undef SOLO_SYS_MEMORY_FLAG_OPS

namespace detail {
// An address result: the kernel's -errno range is at the very top of the address space, never a mapping.
inline Result<void *> address_result(long ret) noexcept {
  if (is_error(ret)) return static_cast<Errno>(-ret);
  return reinterpret_cast<void *>(ret);
}
} // namespace detail

// The file offset in bytes (it must be page-aligned); arch/<arch>/calls_arch.hpp makes it mmap or mmap2.
inline Result<void *> mmap(void *addr, size_t length, Prot prot, MapFlags flags, int fd = -1,
                           long long offset = 0) noexcept {
  return detail::address_result(
      arch::calls::mmap(addr, length, static_cast<unsigned>(prot), static_cast<unsigned>(flags), fd, offset));
}

// Private, anonymous, read-write memory: zero-filled pages the kernel only backs once they are touched.
inline Result<void *> map_anonymous(size_t length, MapFlags extra = MapFlags::None) noexcept {
  return mmap(nullptr, length, Prot::Read | Prot::Write, MapFlags::Private | MapFlags::Anonymous | extra);
}

inline Result<void> munmap(void *addr, size_t length) noexcept { return result_void(raw(nr::munmap, addr, length)); }

inline Result<void *> mremap(void *old_addr, size_t old_size, size_t new_size, RemapFlags flags = RemapFlags::None,
                             void *new_addr = nullptr) noexcept {
  return detail::address_result(raw(nr::mremap, old_addr, old_size, new_size, static_cast<unsigned>(flags), new_addr));
}

inline Result<void> mprotect(void *addr, size_t length, Prot prot) noexcept {
  return result_void(raw(nr::mprotect, addr, length, static_cast<unsigned>(prot)));
}

inline Result<void> madvise(void *addr, size_t length, Advice advice) noexcept {
  return result_void(raw(nr::madvise, addr, length, static_cast<int>(advice)));
}

inline Result<void> mlock(const void *addr, size_t length) noexcept {
  return result_void(raw(nr::mlock, addr, length));
}

inline Result<void> munlock(const void *addr, size_t length) noexcept {
  return result_void(raw(nr::munlock, addr, length));
}

inline Result<void> msync(void *addr, size_t length, SyncFlags flags) noexcept {
  return result_void(raw(nr::msync, addr, length, static_cast<unsigned>(flags)));
}

// The raw brk: the kernel answers with the program break after the call, which is the old break when it
// refused to move it (there is no -errno). brk(nullptr) asks for the current break. solo's allocator does not
// use it; it is here for completeness.
inline void *brk(void *addr) noexcept { return reinterpret_cast<void *>(raw(nr::brk, addr)); }

} // namespace solo::sys
