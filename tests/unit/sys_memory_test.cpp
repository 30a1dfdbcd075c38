// The typed memory system calls, each with a success and an error path, against the real kernel.
#include "prelude.hpp"

#include <solo/sys/memory.hpp>
#include <string.h>

using solo::Errno;
namespace sys = solo::sys;

namespace {
size_t page() { return static_cast<size_t>(::sysconf(_SC_PAGESIZE)); }
} // namespace

TEST_CASE("mmap gives zeroed, writable memory and munmap returns it") {
  auto m = sys::map_anonymous(2 * page());
  REQUIRE(m.has_value());
  auto *p = static_cast<unsigned char *>(*m);
  CHECK(reinterpret_cast<uintptr_t>(p) % page() == 0);
  CHECK(p[0] == 0);
  CHECK(p[2 * page() - 1] == 0);
  p[123] = 0x5a;
  CHECK(p[123] == 0x5a);
  CHECK(sys::munmap(p, 2 * page()).has_value());

  CHECK(sys::map_anonymous(0).error() == Errno::EINVAL); // zero length
  CHECK(sys::mmap(nullptr, page(), sys::Prot::Read, sys::MapFlags::Private, 12345).error() == Errno::EBADF);
  CHECK(sys::munmap(p + 1, page()).error() == Errno::EINVAL); // not page-aligned
}

TEST_CASE("mprotect makes a page read-only: the kernel then refuses to write into it") {
  auto m = sys::map_anonymous(page());
  REQUIRE(m.has_value());
  REQUIRE(sys::mprotect(*m, page(), sys::Prot::Read).has_value());
  int fds[2];
  REQUIRE(sys::pipe2(fds).has_value());
  REQUIRE(sys::write(fds[1], "x", 1).value_or(0) == 1);
  CHECK(sys::read(fds[0], *m, 1).error() == Errno::EFAULT);
  REQUIRE(sys::mprotect(*m, page(), sys::Prot::Read | sys::Prot::Write).has_value());
  CHECK(sys::read(fds[0], *m, 1).value_or(0) == 1);
  CHECK(static_cast<char *>(*m)[0] == 'x');
  (void)sys::close(fds[0]);
  (void)sys::close(fds[1]);
  CHECK(sys::mprotect(static_cast<char *>(*m) + 1, page(), sys::Prot::Read).error() == Errno::EINVAL);
  CHECK(sys::munmap(*m, page()).has_value());
}

TEST_CASE("madvise(DontNeed) gives private anonymous pages back as zeros") {
  auto m = sys::map_anonymous(page());
  REQUIRE(m.has_value());
  auto *p = static_cast<unsigned char *>(*m);
  memset(p, 0xab, page());
  REQUIRE(sys::madvise(p, page(), sys::Advice::DontNeed).has_value());
  CHECK(p[0] == 0);
  CHECK(p[page() - 1] == 0);
  CHECK(sys::madvise(p + 1, page(), sys::Advice::DontNeed).error() == Errno::EINVAL);
  CHECK(sys::munmap(p, page()).has_value());
}

TEST_CASE("mremap grows a mapping and keeps its contents") {
  auto m = sys::map_anonymous(page());
  REQUIRE(m.has_value());
  auto *p = static_cast<unsigned char *>(*m);
  for (size_t i = 0; i < page(); ++i) p[i] = static_cast<unsigned char>(i * 7);
  auto grown = sys::mremap(p, page(), 16 * page(), sys::RemapFlags::MayMove);
  REQUIRE(grown.has_value());
  auto *q = static_cast<unsigned char *>(*grown);
  bool same = true;
  for (size_t i = 0; i < page(); ++i) same = same && q[i] == static_cast<unsigned char>(i * 7);
  CHECK(same);
  CHECK(q[16 * page() - 1] == 0);
  // MREMAP_FIXED needs MREMAP_MAYMOVE.
  CHECK(sys::mremap(q, 16 * page(), 32 * page(), sys::RemapFlags::Fixed, q + 64 * page()).error() == Errno::EINVAL);
  CHECK(sys::munmap(q, 16 * page()).has_value());
}

TEST_CASE("mlock and munlock a page; locking unmapped memory fails") {
  auto m = sys::map_anonymous(page());
  REQUIRE(m.has_value());
  auto locked = sys::mlock(*m, page());
  // One page is within the default RLIMIT_MEMLOCK; EPERM/ENOMEM would mean a locked-down environment.
  CHECK(locked.has_value());
  CHECK(sys::munlock(*m, page()).has_value());
  CHECK(sys::munmap(*m, page()).has_value());
  CHECK(sys::mlock(*m, page()).error() == Errno::ENOMEM); // no longer mapped
}

TEST_CASE("msync accepts a valid flag set and rejects Async together with Sync") {
  auto m = sys::map_anonymous(page());
  REQUIRE(m.has_value());
  CHECK(sys::msync(*m, page(), sys::SyncFlags::Sync).has_value());
  CHECK(sys::msync(*m, page(), sys::SyncFlags::Sync | sys::SyncFlags::Async).error() == Errno::EINVAL);
  CHECK(sys::munmap(*m, page()).has_value());
}

TEST_CASE("brk reports the current break and refuses an impossible one") {
  void *current = sys::brk(nullptr);
  CHECK(current != nullptr);
  CHECK(sys::brk(nullptr) == current);
  // A break below the data segment is refused: the kernel answers with the unchanged break.
  CHECK(sys::brk(reinterpret_cast<void *>(4096)) == current);
}
