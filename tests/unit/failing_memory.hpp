// Test support for solo's containers: a Memory policy (see <solo/mem/heap.hpp>) that fails on demand and
// counts what is outstanding, an element type that counts its live objects, the number of random operations
// to run, and a small deterministic generator.
#pragma once

#include "prelude.hpp"

#include <cstdlib>
#include <cstring>

namespace test {

struct FailingMemory {
  // The allocation that fails: 0 is the next one, 1 the one after; -1 none.
  static inline long fail_in = -1;
  static inline long blocks = 0; // outstanding
  static inline long failures = 0;

  static bool should_fail() {
    if (fail_in < 0) return false;
    if (fail_in-- == 0) {
      ++failures;
      return true;
    }
    return false;
  }
  static void *allocate(size_t size, size_t align) noexcept {
    if (should_fail()) return nullptr;
    void *p = align <= 16 ? ::malloc(size ? size : 1) : ::aligned_alloc(align, (size + align - 1) / align * align);
    if (p) ++blocks;
    return p;
  }
  static void release(void *p, size_t) noexcept {
    if (p) --blocks;
    ::free(p);
  }
};

// Fails the n-th allocation from now while in scope, then allows everything again.
struct FailAfter {
  explicit FailAfter(long n) { FailingMemory::fail_in = n; }
  ~FailAfter() { FailingMemory::fail_in = -1; }
};

// Runs attempt() (returning solo::Result<void>) first with the `fail_at`-th allocation from now failing. If
// that failure shows, it must be ENOMEM with unchanged() true (the container exactly as before), and the
// attempt runs again without a failure, which must succeed. Returns whether the injected failure showed (an
// operation that needed no such allocation simply succeeds the first time). `op` and `step` name the
// operation in messages.
template <class Attempt, class Unchanged>
bool with_allocation_failure(Attempt attempt, Unchanged unchanged, int op, long step, long fail_at = 0) {
  solo::Result<void> r = [&] {
    FailAfter fail(fail_at);
    return attempt();
  }();
  if (r) return false;
  if (r.error() != solo::Errno::ENOMEM) FAIL("error other than ENOMEM from operation " << op << " at step " << step);
  if (!unchanged()) FAIL("changed by failed operation " << op << " at step " << step);
  if (!attempt()) FAIL("operation " << op << " failed without an injected failure at step " << step);
  return true;
}

// An element with its own copy, move and destruction (so containers take their element-wise paths) that
// counts the live objects.
struct Counted {
  static inline long alive = 0;
  long value;
  Counted(long v = 0) : value(v) { ++alive; }
  Counted(const Counted &o) : value(o.value) { ++alive; }
  Counted(Counted &&o) noexcept : value(o.value) {
    o.value = -1;
    ++alive;
  }
  Counted &operator=(const Counted &o) = default;
  Counted &operator=(Counted &&o) noexcept {
    value = o.value;
    o.value = -1;
    return *this;
  }
  ~Counted() { --alive; }
  friend bool operator==(const Counted &a, const Counted &b) { return a.value == b.value; }
  friend auto operator<=>(const Counted &a, const Counted &b) { return a.value <=> b.value; }
};

// How many random operations a test runs: millions natively, fewer under an emulator or the sanitizers;
// SOLO_CONTAINER_RANDOM_OPS overrides.
inline long random_ops(long native) {
  if (const char *v = ::getenv("SOLO_CONTAINER_RANDOM_OPS")) return ::atol(v);
  const char *emulator = ::getenv("SOLO_QEMU");
  bool slow = emulator && *emulator;
#if defined(__SANITIZE_ADDRESS__)
  slow = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  slow = true;
#endif
#endif
  return slow ? native / 10 : native;
}

struct Random {
  unsigned long long s;
  explicit Random(unsigned long long seed) : s(seed * 0x9e3779b97f4a7c15ull + 1) {}
  unsigned long long next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  size_t below(size_t n) { return n ? static_cast<size_t>(next() % n) : 0; }
  bool one_in(unsigned n) { return next() % n == 0; }
};

} // namespace test
