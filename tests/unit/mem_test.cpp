// The allocator core, driven through a page source the test controls (real mmap underneath, with counters and
// a budget to simulate running out of memory). Misuse cases each run in a child process and must end in
// SIGABRT with the right message. A randomized test checks millions of operations against a simple model.
#include "prelude.hpp"

#include <stdlib.h>
#include <string.h>

#include <random>
#include <vector>

#include "../../lib/mem/layout.hpp"
#include <solo/mem.hpp>
#include <solo/sys/memory.hpp>

using solo::mem::Allocator;
namespace mem = solo::mem;
namespace sys = solo::sys;

namespace {

class TestPages final : public mem::PageSource {
public:
  size_t budget = SIZE_MAX; // bytes map() may still hand out; SIZE_MAX: no limit (a 32-bit run maps more in all)
  size_t maps = 0, unmaps = 0, discards = 0, moves = 0;

  size_t page_size() noexcept override { return static_cast<size_t>(::sysconf(_SC_PAGESIZE)); }
  void *map(size_t length) noexcept override {
    if (length > budget) return nullptr;
    auto m = sys::map_anonymous(length);
    if (!m) return nullptr;
    if (budget != SIZE_MAX) budget -= length;
    ++maps;
    return *m;
  }
  void unmap(void *addr, size_t length) noexcept override {
    ++unmaps;
    REQUIRE(sys::munmap(addr, length).has_value());
  }
  bool resize_in_place(void *addr, size_t old_length, size_t new_length) noexcept override {
    if (new_length > old_length && new_length - old_length > budget) return false;
    // Shrinking as SystemPageSource does (munmap of the tail: qemu-user's mremap shrinks 32-bit guests wrongly).
    if (new_length < old_length)
      return sys::munmap(static_cast<char *>(addr) + new_length, old_length - new_length).has_value();
    return sys::mremap(addr, old_length, new_length).has_value();
  }
  bool move(void *addr, size_t old_length, size_t new_length, void *target) noexcept override {
    ++moves;
    return sys::mremap(addr, old_length, new_length, sys::RemapFlags::MayMove | sys::RemapFlags::Fixed, target)
        .has_value();
  }
  void discard(void *addr, size_t length) noexcept override {
    ++discards;
    REQUIRE(sys::madvise(addr, length, sys::Advice::DontNeed).has_value());
  }
};

unsigned char pattern(uintptr_t seed, size_t i) { return static_cast<unsigned char>((seed * 131 + i * 7) ^ (i >> 8)); }

void fill(void *p, size_t n, uintptr_t seed) {
  auto *b = static_cast<unsigned char *>(p);
  for (size_t i = 0; i < n; ++i) b[i] = pattern(seed, i);
}

bool holds(const void *p, size_t n, uintptr_t seed) {
  auto *b = static_cast<const unsigned char *>(p);
  for (size_t i = 0; i < n; ++i)
    if (b[i] != pattern(seed, i)) return false;
  return true;
}

bool all_zero(const void *p, size_t n) {
  auto *b = static_cast<const unsigned char *>(p);
  for (size_t i = 0; i < n; ++i)
    if (b[i] != 0) return false;
  return true;
}

// Runs `body` in a child whose stderr goes to a pipe; the child must die of SIGABRT and have said `message`.
template <class F> void expect_abort(const char *message, F body) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::close(fds[0]);
    ::dup2(fds[1], 2);
    body();
    ::_exit(0); // not reached when the misuse is caught
  }
  ::close(fds[1]);
  std::string err;
  char buf[256];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof(buf))) > 0;) err.append(buf, static_cast<size_t>(n));
  ::close(fds[0]);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  INFO("child stderr: " << err);
  CHECK(WIFSIGNALED(status));
  if (WIFSIGNALED(status)) CHECK(WTERMSIG(status) == SIGABRT);
  CHECK(err.find(message) != std::string::npos);
}

size_t env_count(const char *name, size_t fallback) {
  const char *v = ::getenv(name);
  return v && *v ? static_cast<size_t>(::strtoull(v, nullptr, 10)) : fallback;
}

} // namespace

TEST_CASE("size classes: 16-byte steps, then at most 25 % apart, every size in the smallest class that fits") {
  for (unsigned c = 0; c < mem::class_count; ++c) {
    CHECK(mem::class_size(c) % 16 == 0);
    if (c > 0) CHECK(mem::class_size(c) > mem::class_size(c - 1));
    if (c > 0 && mem::class_size(c) > 128) CHECK(mem::class_size(c) * 4 <= mem::class_size(c - 1) * 5);
    if (c < 8) CHECK(mem::class_size(c) == 16 * (c + 1));
  }
  for (size_t n = 0; n <= mem::max_small_size; ++n) {
    unsigned c = mem::class_of(n);
    REQUIRE(c < mem::class_count);
    REQUIRE(mem::class_size(c) >= n);
    if (c > 0) REQUIRE(mem::class_size(c - 1) < n);
  }
  // The blocks fit in the span (headers are kept outside it), at least seven of them.
  for (unsigned c = 0; c < mem::class_count; ++c) {
    uint32_t n = mem::detail::capacity(c);
    CHECK(size_t{n} * mem::class_size(c) <= mem::detail::span_size);
    CHECK(n >= 7);
  }
}

TEST_CASE("blocks of every size hold their contents; usable size and statistics follow") {
  TestPages pages;
  Allocator a(pages);
  std::vector<std::pair<void *, size_t>> live;
  size_t expect_in_use = 0;
  for (size_t n : {0ul, 1ul, 15ul, 16ul, 17ul, 100ul, 128ul, 129ul, 1000ul, 4096ul, 8191ul, 8192ul, 8193ul, 20000ul,
                   65536ul, 1ul << 20}) {
    void *p = a.allocate(n);
    REQUIRE(p != nullptr);
    CHECK(reinterpret_cast<uintptr_t>(p) % 16 == 0);
    size_t usable = a.usable_size(p);
    CHECK(usable >= n);
    CHECK(usable >= 1);
    fill(p, usable, n);
    live.push_back({p, n});
    expect_in_use += usable;
    CHECK(a.stats().in_use == expect_in_use);
  }
  for (auto [p, n] : live) CHECK(holds(p, a.usable_size(p), n));
  CHECK(a.stats().peak_in_use == expect_in_use);
  CHECK(a.stats().mapped >= expect_in_use);
  for (auto [p, n] : live) a.free(p, n);
  CHECK(a.stats().in_use == 0);
  a.free(nullptr);
  CHECK(a.usable_size(nullptr) == 0);
}

TEST_CASE("calloc-style allocation is zeroed, also when it reuses a dirty block") {
  TestPages pages;
  Allocator a(pages);
  for (size_t n : {24ul, 500ul, 5000ul, 40000ul, 300000ul}) {
    for (int round = 0; round < 3; ++round) {
      auto *p = static_cast<unsigned char *>(a.allocate_zeroed(1, n));
      REQUIRE(p != nullptr);
      CHECK(all_zero(p, n));
      memset(p, 0xee, a.usable_size(p)); // dirty it for the next round
      a.free(p);
    }
  }
  CHECK(a.allocate_zeroed(SIZE_MAX / 2, 3) == nullptr); // count * size overflows
  CHECK(a.allocate_zeroed(0, 5) != nullptr);
}

TEST_CASE("every power-of-two alignment, up to and above the page size") {
  TestPages pages;
  Allocator a(pages);
  for (size_t align = 1; align <= (size_t{1} << 21); align <<= 1) {
    for (size_t n : {size_t{1}, size_t{100}, align, size_t{5000}, size_t{70000}}) {
      void *p = a.allocate(n, align);
      REQUIRE(p != nullptr);
      CHECK(reinterpret_cast<uintptr_t>(p) % align == 0);
      CHECK(a.usable_size(p) >= n);
      fill(p, n, align);
      void *q = a.allocate_zeroed(1, n, align);
      REQUIRE(q != nullptr);
      CHECK(reinterpret_cast<uintptr_t>(q) % align == 0);
      CHECK(all_zero(q, n));
      CHECK(holds(p, n, align));
      a.free(p);
      a.free(q);
    }
  }
  CHECK(a.allocate(16, 3) == nullptr);
  CHECK(a.allocate(16, 48) == nullptr);
  CHECK(a.stats().in_use == 0);
}

TEST_CASE("realloc keeps contents: in place within a block, across classes, to and from large, with mremap") {
  TestPages pages;
  Allocator a(pages);
  void *p = a.allocate(100);
  fill(p, 100, 1);
  CHECK(a.reallocate(p, 110) == p); // still fits its 112-byte block
  size_t n = 100;
  for (size_t target : {300ul, 5000ul, 9000ul, 100000ul, 1ul << 22, 1ul << 24}) {
    p = a.reallocate(p, target);
    REQUIRE(p != nullptr);
    CHECK(holds(p, n, 1));
    fill(p, target, 1);
    n = target;
  }
  for (size_t target : {1ul << 20, 50000ul, 3000ul, 40ul}) {
    p = a.reallocate(p, target);
    REQUIRE(p != nullptr);
    CHECK(holds(p, target, 1));
  }
  CHECK(a.usable_size(p) < 100); // shrunk into a small class
  void *q = a.reallocate(p, 0);
  CHECK(q != nullptr);
  a.free(q);
  void *r = a.reallocate(nullptr, 77);
  CHECK(a.usable_size(r) >= 77);
  CHECK(a.reallocate(r, SIZE_MAX / 2) == nullptr); // fails and leaves the block alone
  a.free(r);
  CHECK(a.stats().in_use == 0);
}

TEST_CASE("large blocks grow by moving pages with mremap when the pages after them are taken") {
  TestPages pages;
  Allocator a(pages);
  auto *p = static_cast<char *>(a.allocate(1 << 20));
  fill(p, 1 << 20, 9);
  // Take the page right after the block (if nothing else already has), so it cannot grow in place.
  auto blocker = sys::mmap(p + (1 << 20), 4096, sys::Prot::Read,
                           sys::MapFlags::Private | sys::MapFlags::Anonymous | sys::MapFlags::FixedNoReplace);
  size_t moves = pages.moves;
  p = static_cast<char *>(a.reallocate(p, 64 << 20));
  REQUIRE(p != nullptr);
  CHECK(pages.moves == moves + 1);
  CHECK(holds(p, 1 << 20, 9));
  CHECK(a.usable_size(p) == 64u << 20);
  p[(64 << 20) - 1] = 1;
  a.free(p);
  if (blocker) (void)sys::munmap(*blocker, 4096);
  CHECK(a.stats().in_use == 0);
}

TEST_CASE("memory goes back: large blocks unmapped, empty spans released, chunks unmapped") {
  TestPages pages;
  Allocator a(pages);
  auto heap_mapped = [&] { return a.stats().mapped - a.stats().metadata; };
  void *big = a.allocate(8 << 20);
  CHECK(heap_mapped() >= (8 << 20));
  a.free(big);
  CHECK(heap_mapped() == 0);

  std::vector<void *> blocks;
  for (int i = 0; i < 20000; ++i) blocks.push_back(a.allocate(16 + i % 300));
  CHECK(heap_mapped() > (3 << 20));
  size_t unmaps = pages.unmaps;
  for (void *b : blocks) a.free(b);
  CHECK(pages.unmaps > unmaps);
  CHECK(a.stats().in_use == 0);
  CHECK(heap_mapped() <= 2 * mem::detail::chunk_size); // at most the parked spans' chunks remain
  CHECK(a.stats().mapped < 1 << 20);
  a.trim();
  CHECK(heap_mapped() == 0);
  CHECK(a.stats().metadata < 256 * 1024);
}

TEST_CASE("hysteresis: allocating and freeing one block in a loop maps nothing after the first time") {
  TestPages pages;
  Allocator a(pages);
  for (size_t n : {32ul, 4000ul, 40000ul}) {
    a.free(a.allocate(n));
    size_t maps = pages.maps, unmaps = pages.unmaps, discards = pages.discards;
    for (int i = 0; i < 10000; ++i) {
      void *p = a.allocate(n);
      static_cast<char *>(p)[0] = 1;
      a.free(p);
    }
    CHECK(pages.maps == maps);
    CHECK(pages.unmaps == unmaps);
    CHECK(pages.discards == discards);
  }
}

TEST_CASE("out of memory: null results, no damage, and the heap still works when memory comes back") {
  TestPages pages;
  Allocator a(pages);
  CHECK(a.allocate(SIZE_MAX) == nullptr);
  CHECK(a.allocate(SIZE_MAX - 4096) == nullptr);
  // An alignment of a quarter of the address space: no mapping has it on 64-bit; on 32-bit one may well.
  if (void *quarter = a.allocate(100, size_t{1} << (sizeof(size_t) * 8 - 2))) {
    CHECK(sizeof(size_t) == 4);
    CHECK(reinterpret_cast<uintptr_t>(quarter) % (size_t{1} << 30) == 0);
    a.free(quarter);
  }
  void *keep = a.allocate(100);
  fill(keep, 100, 3);
  pages.budget = 0;
  CHECK(a.allocate(1 << 20) == nullptr);
  CHECK(a.allocate_zeroed(1, 1 << 20) == nullptr);
  CHECK(a.reallocate(keep, 1 << 20) == nullptr);
  CHECK(holds(keep, 100, 3));
  std::vector<void *> got;
  for (int i = 0; i < 100000; ++i) { // the first span fills up, then no new one can be mapped
    void *p = a.allocate(96);
    if (p == nullptr) break;
    got.push_back(p);
  }
  CHECK(got.size() < 100000);
  pages.budget = SIZE_MAX;
  void *p = a.allocate(96);
  CHECK(p != nullptr);
  got.push_back(p);
  for (void *b : got) a.free(b);
  a.free(keep);
  CHECK(a.stats().in_use == 0);
}

TEST_CASE("misuse ends in SIGABRT with a message") {
  TestPages pages;
  Allocator a(pages);
  SUBCASE("double free of a small block") {
    expect_abort("double free", [&] {
      void *p = a.allocate(40);
      a.allocate(40);
      a.free(p);
      a.free(p);
    });
  }
  SUBCASE("double free of a large block") {
    expect_abort("did not return (or already freed)", [&] {
      void *p = a.allocate(1 << 20);
      a.free(p);
      a.free(p);
    });
  }
  SUBCASE("free of a stack address") {
    expect_abort("did not return", [&] {
      a.free(a.allocate(10));
      int local = 0;
      a.free(&local);
    });
  }
  SUBCASE("free of memory from another allocator") {
    expect_abort("did not return", [&] {
      a.free(a.allocate(10));
      a.free(::malloc(64));
    });
  }
  // Frees go through a look-aside in front of the address map (the chunk last seen per 256 KiB window): a
  // pointer whose span or chunk has gone since must still be caught, not followed.
  SUBCASE("free into a span given back since") {
    expect_abort("did not return", [&] {
      void *keep = a.allocate(16); // holds the chunk (and its look-aside slot) in place
      std::vector<void *> blocks;
      for (int c = 0; c < 3; ++c) blocks.push_back(a.allocate(1000 * (c + 2))); // three more spans
      for (void *b : blocks) a.free(b); // two are parked, the oldest is released
      a.trim();                         // and the parked ones too
      a.free(blocks[0]);
      (void)keep;
    });
  }
  SUBCASE("free into a chunk unmapped since") {
    expect_abort("did not return", [&] {
      void *p = a.allocate(48);
      a.free(p); // fills the look-aside
      void *q = a.allocate(48);
      a.free(q);
      a.trim(); // the span, then its chunk, go back to the page source
      a.free(q);
    });
  }
  SUBCASE("free of a pointer into the middle of a small block") {
    expect_abort("middle of a block", [&] { a.free(static_cast<char *>(a.allocate(64)) + 16); });
  }
  SUBCASE("free of a pointer into the middle of a large block") {
    expect_abort("middle of a block", [&] { a.free(static_cast<char *>(a.allocate(100000)) + 16); });
  }
  SUBCASE("write after free damages the free list") {
    expect_abort("heap corruption", [&] {
      char *p = static_cast<char *>(a.allocate(48));
      void *q = a.allocate(48);
      a.free(q);
      a.free(p);
      memset(p, 'A', 16); // p is the head of the free list now
      a.allocate(48);     // pops p, follows its damaged link
    });
  }
  SUBCASE("writing past the end of a block into a free neighbour") {
    expect_abort("heap corruption", [&] {
      char *p = static_cast<char *>(a.allocate(64));
      void *q = a.allocate(64);
      a.allocate(64);
      a.free(q);
      memset(p, 'B', 64 + 8); // eight bytes too many, into q's free-list link
      a.allocate(64);         // q
      a.allocate(64);         // follows q's link
    });
  }
  SUBCASE("sized delete with a size larger than the block") {
    expect_abort("sized delete", [&] { a.free(a.allocate(32), 64); });
  }
  SUBCASE("realloc of a freed block") {
    expect_abort("realloc of a freed block", [&] {
      void *p = a.allocate(32);
      a.allocate(32);
      a.free(p);
      (void)a.reallocate(p, 64);
    });
  }
}

TEST_CASE("randomized: sizes, alignments, calloc and realloc against a model") {
  // Millions natively; scaled down (still 250 000) under an emulator. SOLO_MEM_RANDOM_OPS overrides both.
  const char *emulator = ::getenv("SOLO_QEMU");
  size_t ops = env_count("SOLO_MEM_RANDOM_OPS", emulator && *emulator ? 250000 : 2000000);
  TestPages pages;
  Allocator a(pages);
  struct Slot {
    unsigned char *p = nullptr;
    size_t size = 0;
    size_t align = 0;
    uintptr_t seed = 0;
  };
  std::vector<Slot> slots(3000);
  std::mt19937_64 rng(0x5eed);
  auto random_size = [&]() -> size_t {
    unsigned r = rng() % 1000;
    if (r < 800) return rng() % 600;
    if (r < 970) return 600 + rng() % 9000;
    return 9600 + rng() % 200000;
  };
  // Blocks up to 2 KiB are written and checked completely; larger ones in their first and last 256 bytes and
  // at a stride in between. `limit` restricts a check to the bytes a shrinking realloc keeps.
  auto for_positions = [](size_t size, size_t limit, auto f) {
    if (size <= 2048) {
      for (size_t i = 0; i < limit; ++i) f(i);
      return;
    }
    for (size_t i = 0; i < 256 && i < limit; ++i) f(i);
    for (size_t i = 256; i < size - 256 && i < limit; i += 509) f(i);
    for (size_t i = size - 256; i < limit; ++i) f(i);
  };
  auto write = [&](Slot &s) { for_positions(s.size, s.size, [&](size_t i) { s.p[i] = pattern(s.seed, i); }); };
  auto check = [&](const Slot &s, size_t limit) {
    bool ok = true;
    for_positions(s.size, limit, [&](size_t i) { ok = ok && s.p[i] == pattern(s.seed, i); });
    return ok;
  };
  size_t failures = 0, expect_in_use = 0;
  for (size_t op = 0; op < ops; ++op) {
    Slot &s = slots[rng() % slots.size()];
    if (s.p == nullptr) {
      s.size = random_size();
      s.seed = rng();
      unsigned kind = rng() % 10;
      if (kind < 6) {
        s.align = 16;
        s.p = static_cast<unsigned char *>(a.allocate(s.size));
      } else if (kind < 8) {
        s.align = size_t{1} << (rng() % 14);
        s.p = static_cast<unsigned char *>(a.allocate(s.size, s.align));
      } else {
        s.align = 16;
        size_t count = 1 + rng() % 4;
        s.size = s.size / count * count;
        s.p = static_cast<unsigned char *>(a.allocate_zeroed(count, s.size / count));
        bool zero = true;
        if (s.p) for_positions(s.size, s.size, [&](size_t i) { zero = zero && s.p[i] == 0; });
        if (!zero) ++failures;
      }
      REQUIRE(s.p != nullptr);
      if (reinterpret_cast<uintptr_t>(s.p) % (s.align < 16 ? 16 : s.align) != 0) ++failures;
      if (a.usable_size(s.p) < s.size) ++failures;
      expect_in_use += a.usable_size(s.p);
      write(s);
    } else if (rng() % 10 < 7) {
      if (!check(s, s.size)) ++failures;
      expect_in_use -= a.usable_size(s.p);
      a.free(s.p, rng() % 2 ? s.size : 0);
      s.p = nullptr;
    } else {
      size_t n = random_size();
      if (!check(s, s.size)) ++failures;
      expect_in_use -= a.usable_size(s.p);
      auto *q = static_cast<unsigned char *>(a.reallocate(s.p, n));
      REQUIRE(q != nullptr);
      s.p = q;
      if (!check(s, n < s.size ? n : s.size)) ++failures;
      s.size = n;
      s.align = 16;
      expect_in_use += a.usable_size(s.p);
      write(s);
    }
    if (op % 4096 == 0 && a.stats().in_use != expect_in_use) ++failures;
  }
  CHECK(failures == 0);
  CHECK(a.stats().in_use == expect_in_use);
  for (Slot &s : slots)
    if (s.p) {
      CHECK(check(s, s.size));
      a.free(s.p);
    }
  CHECK(a.stats().in_use == 0);
  CHECK(a.stats().mapped < 1 << 20);
  MESSAGE(ops << " operations; peak in use " << a.stats().peak_in_use << ", peak mapped " << a.stats().peak_mapped
              << ", mapped at the end " << a.stats().mapped << " (metadata " << a.stats().metadata << ")");
}

TEST_CASE("the process heap: solo::mem's functions over mmap") {
  void *p = mem::allocate(1000);
  REQUIRE(p != nullptr);
  CHECK(mem::usable_size(p) >= 1000);
  p = mem::reallocate(p, 100000);
  REQUIRE(p != nullptr);
  CHECK(mem::stats().in_use >= 100000);
  mem::release(p);
  void *z = mem::allocate_zeroed(10, 10);
  CHECK(all_zero(z, 100));
  mem::release(z, 100);
  mem::trim();
}
