#include "failing_memory.hpp"

#include <algorithm>
#include <ranges>
#include <span>
#include <vector>

using solo::Errno;
using test::Counted;
using test::FailAfter;
using test::FailingMemory;

namespace {

long value_of(const Counted &c) { return c.value; }
long value_of(long v) { return v; }

template <class V> bool same(const V &v, const std::vector<long> &model) {
  if (v.size() != model.size() || v.capacity() < v.size() || (v.size() > 0 && v.data() == nullptr)) return false;
  for (size_t i = 0; i < model.size(); ++i)
    if (value_of(v[i]) != model[i]) return false;
  return true;
}

// Random operations on a Vector of T (Counted: element-wise moves; long: bytewise, through reallocate).
// Every operation that may allocate is first tried with the next allocation failing: it must report ENOMEM
// and leave the vector exactly as it was (contents, capacity, live objects, blocks), or succeed without
// needing memory. Then it is done for real and applied to a std::vector model.
template <class T> void random_operations(unsigned long long seed, long ops) {
  using Vec = solo::Vector<T, FailingMemory>;
  test::Random rng(seed);
  Vec v;
  std::vector<long> model;
  long failures_seen = 0;
  for (long step = 0; step < ops; ++step) {
    const size_t n = model.size();
    const size_t old_capacity = v.capacity();
    // Every random choice is made here, so a retried operation repeats exactly.
    const long x = static_cast<long>(rng.below(1000));
    const size_t i = rng.below(n), j = rng.below(n + 1), len = n ? rng.below(n - i + 1) : 0;
    const size_t target = rng.below(n + 20), grow_to = n + rng.below(20), count = 1 + rng.below(3);
    const size_t more = rng.below(40), cut = rng.below(n + 2);
    const bool flag = rng.one_in(2);
    int op = static_cast<int>(rng.below(n > 300 ? 22 : 20));
    if (op >= 20) op = flag ? 17 : 9; // when big, shrink
    auto attempt = [&]() -> solo::Result<void> {
      switch (op) {
      case 0:
        return v.try_push(T(x));
      case 1: // a copy of its own element, read before the block moves
        return n == 0 ? v.try_push(T(x)) : v.try_push(v[i]);
      case 2: {
        auto r = v.try_emplace(x);
        if (r && value_of(**r) != x) FAIL("try_emplace returned the wrong element");
        return r ? solo::Result<void>() : r.error();
      }
      case 3:
        return v.push_within_capacity(T(x));
      case 4:
        return v.try_reserve(n + more);
      case 5:
        return v.try_resize(target);
      case 6:
        return n > 0 && flag ? v.try_resize(grow_to, v[i]) : v.try_resize(target, T(x)); // its own element
      case 7: {
        auto r = v.try_insert(v.begin() + j, T(x));
        if (r && *r != v.data() + j) FAIL("try_insert returned the wrong position");
        return r ? solo::Result<void>() : r.error();
      }
      case 8:
        if (n > 0) v.erase(v.begin() + i);
        return {};
      case 9:
        if (n > 0) v.erase(v.begin() + i, v.begin() + i + len);
        return {};
      case 10:
        if (n > 0 && value_of(v.swap_remove(i)) != model[i]) FAIL("swap_remove returned the wrong element");
        return {};
      case 11:
        if (n > 0 && value_of(v.pop()) != model.back()) FAIL("pop returned the wrong element");
        return {};
      case 12:
        v.truncate(cut);
        return {};
      case 13: {
        if (n > 0 && flag) return v.try_extend(std::span<const T>(v.data() + i, len)); // a part of itself
        T items[3] = {T(x), T(x + 1), T(x + 2)};
        return v.try_extend(std::span<const T>(items, count));
      }
      case 14: {
        auto c = v.try_clone();
        if (!c) return c.error();
        if (!same(*c, model)) FAIL("clone differs");
        if (flag) v = std::move(*c); // the clone replaces the original
        return {};
      }
      case 15:
        return v.try_shrink_to_fit();
      case 16:
        v.erase_if([](const T &e) { return value_of(e) % 3 == 0; });
        return {};
      case 17:
        v.clear();
        return {};
      case 18: {
        Vec moved(std::move(v));
        if (v.size() != 0 || v.capacity() != 0) FAIL("moved-from vector not empty");
        v = std::move(moved);
        return {};
      }
      default:
        std::ranges::sort(v);
        return {};
      }
    };
    auto apply = [&] {
      switch (op) {
      case 0:
      case 2:
        model.push_back(x);
        break;
      case 1:
        model.push_back(n == 0 ? x : model[i]);
        break;
      case 3:
        if (n < old_capacity) model.push_back(x);
        break;
      case 5:
        model.resize(target, 0);
        break;
      case 6:
        if (n > 0 && flag)
          model.resize(grow_to, model[i]);
        else
          model.resize(target, x);
        break;
      case 7:
        model.insert(model.begin() + static_cast<long>(j), x);
        break;
      case 8:
        if (n > 0) model.erase(model.begin() + static_cast<long>(i));
        break;
      case 9:
        if (n > 0) model.erase(model.begin() + static_cast<long>(i), model.begin() + static_cast<long>(i + len));
        break;
      case 10:
        if (n > 0) {
          model[i] = model.back();
          model.pop_back();
        }
        break;
      case 11:
        if (n > 0) model.pop_back();
        break;
      case 12:
        if (cut < n) model.resize(cut);
        break;
      case 13:
        if (n > 0 && flag) {
          std::vector<long> part(model.begin() + static_cast<long>(i), model.begin() + static_cast<long>(i + len));
          model.insert(model.end(), part.begin(), part.end());
        } else {
          for (size_t k = 0; k < count; ++k) model.push_back(x + static_cast<long>(k));
        }
        break;
      case 16:
        std::erase_if(model, [](long e) { return e % 3 == 0; });
        break;
      case 17:
        model.clear();
        break;
      case 19:
        std::ranges::sort(model);
        break;
      }
    };
    const bool allocates = op <= 7 || op == 13 || op == 14 || op == 15;
    const long before_blocks = FailingMemory::blocks;
    auto unchanged = [&] {
      bool objects = !std::is_same_v<T, Counted> || Counted::alive == static_cast<long>(v.size());
      return same(v, model) && v.capacity() == old_capacity && FailingMemory::blocks == before_blocks && objects;
    };
    if (op == 3) { // push_within_capacity never allocates: ENOMEM exactly when the vector is full
      auto r = attempt();
      if (r.has_value() != (n < old_capacity) || (!r && !unchanged()))
        FAIL("push_within_capacity wrong at step " << step);
      if (!r) {
        ++failures_seen;
        continue;
      }
    } else if (!allocates) {
      (void)attempt();
    } else if (test::with_allocation_failure(attempt, unchanged, op, step)) {
      ++failures_seen;
    }
    apply();
    if (!same(v, model)) FAIL("differs from the model after operation " << op << " at step " << step);
    if constexpr (std::is_same_v<T, Counted>)
      if (Counted::alive != static_cast<long>(v.size())) FAIL("live objects " << Counted::alive << " != size");
  }
  CHECK(failures_seen > ops / 10);
  v = Vec();
  CHECK(FailingMemory::blocks == 0);
}

} // namespace

TEST_CASE("Vector: random operations against std::vector, with allocation failure at every step") {
  long ops = test::random_ops(1000000);
  random_operations<Counted>(1, ops);
  random_operations<long>(2, ops);
  CHECK(Counted::alive == 0);
}

TEST_CASE("Vector: basics, ranges, span, comparison") {
  solo::Vector<int> v;
  CHECK(v.empty());
  CHECK(v.data() == nullptr);
  for (int i = 0; i < 100; ++i) v.push(100 - i);
  CHECK(v.size() == 100);
  std::ranges::sort(v);
  CHECK(v.front() == 1);
  CHECK(v.back() == 100);
  std::span<const int> s = v;
  CHECK(s.size() == 100);
  CHECK(s[41] == 42);
  static_assert(std::ranges::contiguous_range<solo::Vector<int>>);
  static_assert(std::ranges::sized_range<solo::Vector<int>>);
  static_assert(!std::is_copy_constructible_v<solo::Vector<int>>);
  auto evens = v | std::views::filter([](int x) { return x % 2 == 0; });
  CHECK(std::ranges::distance(evens) == 50);
  solo::Vector<int> w = v.clone();
  CHECK(w == v);
  w.back() = 0;
  CHECK(w != v);
  CHECK(w < v);
  auto from = solo::Vector<int>::from({3, 1, 2});
  CHECK(from.size() == 3);
  CHECK(from[2] == 2);
  std::ranges::copy(std::views::iota(0, 3), std::back_inserter(from));
  CHECK(from.size() == 6);
  CHECK(from[5] == 2);
  CHECK(v.capacity() >= v.size());
}

TEST_CASE("Vector: elements of solo::String are cloned one by one") {
  solo::Vector<solo::String> names;
  names.push(solo::String::from("alpha"));
  names.push(solo::String::from("a longer name that lives on the heap"));
  auto copy = names.try_clone();
  REQUIRE(copy.has_value());
  CHECK(copy->size() == 2);
  CHECK((*copy)[1] == "a longer name that lives on the heap");
  CHECK((*copy)[1].data() != names[1].data());
}

TEST_CASE("Vector: Strings move by their bytes when the vector grows (no pointer into themselves)") {
  static_assert(__is_trivially_relocatable(solo::String));
  static_assert(__is_trivially_relocatable(solo::Vector<solo::String>));
  solo::Vector<solo::String> v;
  std::vector<std::string> model;
  for (int i = 0; i < 2000; ++i) {
    std::string text = std::to_string(i) + (i % 2 ? std::string(i % 40, 'x') : ""); // local and heap texts
    v.push(solo::String::from(text));
    model.push_back(text);
  }
  REQUIRE(v.size() == model.size());
  for (size_t i = 0; i < model.size(); ++i) CHECK(v[i] == model[i]);
  v.erase(v.begin() + 3, v.begin() + 500);
  model.erase(model.begin() + 3, model.begin() + 500);
  for (size_t i = 0; i < model.size(); ++i) CHECK(v[i] == model[i]);
  solo::Vector<solo::Vector<solo::String>> nested;
  for (int i = 0; i < 100; ++i) nested.push(v.clone());
  CHECK(nested[99][1] == model[1]);
}

TEST_CASE("Vector: over-aligned elements") {
  struct alignas(64) Line {
    char bytes[64];
  };
  solo::Vector<Line> lines;
  for (int i = 0; i < 50; ++i) {
    lines.push(Line{});
    CHECK(reinterpret_cast<uintptr_t>(lines.data()) % 64 == 0);
  }
}

TEST_CASE("Vector: sizes that cannot be represented are ENOMEM, not a wrap-around") {
  solo::Vector<long> v;
  CHECK(v.try_reserve(static_cast<size_t>(-1) / 4).error() == Errno::ENOMEM);
  CHECK(v.try_resize(static_cast<size_t>(-1)).error() == Errno::ENOMEM);
  CHECK(v.capacity() == 0);
}
