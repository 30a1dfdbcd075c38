// <atomic>: lock-free atomics of every size up to a word, the fences and atomic_ref, with inlined
// instructions on every architecture (-mno-outline-atomics: no libgcc helpers).
#include <atomic>
#include <cstdint>

#include "../hermetic/check.hpp"

namespace {

std::atomic<int> counter{0};
std::atomic_flag flag = ATOMIC_FLAG_INIT;

struct Pair {
  int32_t a, b;
};

} // namespace

int main() {
  static_assert(std::atomic<int>::is_always_lock_free && std::atomic<uint64_t>::is_always_lock_free);
  static_assert(std::atomic<void *>::is_always_lock_free && std::atomic<bool>::is_always_lock_free);
  static_assert(std::atomic<uint8_t>::is_always_lock_free && std::atomic<uint16_t>::is_always_lock_free);
  static_assert(std::atomic<Pair>::is_always_lock_free);

  CHECK(counter.fetch_add(5) == 0 && counter.load() == 5);
  CHECK(++counter == 6 && counter-- == 6 && counter == 5);
  CHECK(counter.exchange(9, std::memory_order_acq_rel) == 5);
  int expected = 1;
  CHECK(!counter.compare_exchange_strong(expected, 2) && expected == 9);
  CHECK(counter.compare_exchange_strong(expected, 2) && counter.load(std::memory_order_acquire) == 2);
  while (!counter.compare_exchange_weak(expected, 3)) {
  }
  CHECK(counter == 3);

  std::atomic<uint8_t> small{250};
  small += 10; // wraps
  CHECK(small == 4);
  std::atomic<uint16_t> mask{0};
  mask |= 0x0F0;
  mask &= 0x0FF;
  mask ^= 0x001;
  CHECK(mask == 0x0F1);
  std::atomic<uint64_t> wide{1ull << 40};
  CHECK(wide.fetch_sub(1) == 1ull << 40 && wide == (1ull << 40) - 1);
  int values[4] = {};
  std::atomic<int *> cursor{values};
  cursor += 2;
  CHECK(cursor.load() == values + 2);
  std::atomic<Pair> pair{{1, 2}};
  Pair old{1, 2};
  CHECK(pair.compare_exchange_strong(old, Pair{3, 4}) && pair.load().b == 4);
  std::atomic<bool> ready{false};
  ready.store(true, std::memory_order_release);
  CHECK(ready.load(std::memory_order_acquire));

  CHECK(!flag.test_and_set() && flag.test_and_set() && flag.test());
  flag.clear();
  CHECK(!flag.test());

  long plain = 10;
  std::atomic_ref<long> ref(plain);
  ref.fetch_add(5);
  CHECK(plain == 15);
  std::atomic_thread_fence(std::memory_order_seq_cst);
  std::atomic_signal_fence(std::memory_order_seq_cst);
  return check::summary();
}
