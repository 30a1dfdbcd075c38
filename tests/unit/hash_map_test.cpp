#include "failing_memory.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <ranges>
#include <set>
#include <string>
#include <unordered_map>

using solo::Errno;
using test::FailAfter;
using test::FailingMemory;

namespace {

using Key = solo::BasicString<FailingMemory>;
using Map = solo::HashMap<Key, long, solo::Hash<Key>, solo::Equal, FailingMemory>;

// Keys from a small space (so that inserts hit existing keys and erases find them), some short enough to
// live inside the String, some on the heap.
std::string key_text(test::Random &rng) {
  size_t k = rng.below(3000);
  std::string s = "k" + std::to_string(k);
  if (k % 3 == 0) s += "-a longer key that needs the heap";
  return s;
}

bool same(const Map &m, const std::map<std::string, long> &model) {
  if (m.size() != model.size()) return false;
  size_t seen = 0;
  for (auto [key, value] : m) {
    auto it = model.find(std::string(key.view()));
    if (it == model.end() || it->second != value) return false;
    ++seen;
  }
  if (seen != model.size()) return false;
  for (const auto &[key, value] : model) {
    const long *v = m.find(std::string_view(key));
    if (v == nullptr || *v != value) return false;
  }
  return true;
}

// Random operations on a HashMap<String, long> against std::map, each allocating one first tried with one
// of its next allocations failing (the table's growth or the key's String): ENOMEM and the map unchanged, or
// success without needing memory; then for real.
void random_operations(unsigned long long seed, long ops) {
  test::Random rng(seed);
  Map m;
  std::map<std::string, long> model;
  long failures_seen = 0;
  for (long step = 0; step < ops; ++step) {
    const std::string text = key_text(rng);
    const long value = static_cast<long>(rng.below(1000000));
    const long fail_at = static_cast<long>(rng.below(2));
    int op = static_cast<int>(rng.below(12));
    auto attempt = [&]() -> solo::Result<void> {
      switch (op) {
      case 0:
      case 1: { // from a string_view: the key String is made only when new
        auto r = m.try_emplace(std::string_view(text), value);
        if (!r) return r.error();
        if (r->inserted != !model.count(text)) FAIL("inserted flag wrong");
        if (*r->value != (r->inserted ? value : model[text])) FAIL("value pointer wrong");
        return {};
      }
      case 2: {
        auto k = Key::try_from(text);
        if (!k) return k.error();
        auto r = m.try_insert(std::move(*k), value);
        return r ? solo::Result<void>() : r.error();
      }
      case 3: {
        auto k = Key::try_from(text);
        if (!k) return k.error();
        auto r = m.try_insert_or_assign(std::move(*k), value);
        return r ? solo::Result<void>() : r.error();
      }
      case 4:
      case 5: {
        bool erased = m.erase(std::string_view(text));
        if (erased != (model.count(text) == 1)) FAIL("erase result wrong");
        return {};
      }
      case 6: {
        long *v = m.find(text.c_str());
        if ((v != nullptr) != (model.count(text) == 1)) FAIL("find wrong");
        if (v) ++*v;
        return {};
      }
      case 7:
        return m.try_reserve(m.size() + rng.below(100));
      case 8: {
        auto c = m.try_clone();
        if (!c) return c.error();
        if (!same(*c, model)) FAIL("clone differs");
        m = std::move(*c);
        return {};
      }
      case 9:
        if (rng.one_in(50)) m.clear();
        return {};
      case 10:
        m.erase_if([&](const Key &k, long v) { return (v + static_cast<long>(k.size())) % 7 == 0; });
        return {};
      default: {
        Map moved(std::move(m));
        if (m.size() != 0) FAIL("moved-from map not empty");
        m = std::move(moved);
        return {};
      }
      }
    };
    const size_t size_before = m.size();
    auto apply = [&] {
      switch (op) {
      case 0:
      case 1:
      case 2:
        model.emplace(text, value);
        break;
      case 3:
        model[text] = value;
        break;
      case 4:
      case 5:
        model.erase(text);
        break;
      case 6:
        if (auto it = model.find(text); it != model.end()) ++it->second;
        break;
      case 9:
        if (m.size() == 0) model.clear();
        break;
      case 10:
        std::erase_if(model, [](const auto &kv) { return (kv.second + static_cast<long>(kv.first.size())) % 7 == 0; });
        break;
      }
    };
    const bool allocates = op <= 3 || op == 7 || op == 8;
    const long before_blocks = FailingMemory::blocks;
    const size_t before_capacity = m.capacity();
    test::Random replay = rng;
    auto unchanged = [&] {
      rng = replay; // the retry makes the same random choices
      const long *v = m.find(std::string_view(text));
      bool had = model.count(text) == 1;
      if (m.size() != size_before || (v != nullptr) != had || (v && *v != model[text])) return false;
      if (step % 16 == 0 && !same(m, model)) return false;
      // The table may have grown before the key's String failed; otherwise nothing was allocated.
      return m.capacity() != before_capacity || FailingMemory::blocks == before_blocks;
    };
    if (!allocates)
      (void)attempt();
    else if (test::with_allocation_failure(attempt, unchanged, op, step, fail_at))
      ++failures_seen;
    apply();
    if (step % 64 == 0 || op == 8) {
      if (!same(m, model)) FAIL("differs from the model after operation " << op << " at step " << step);
    } else if (m.size() != model.size()) {
      FAIL("size differs after operation " << op << " at step " << step);
    }
  }
  CHECK(same(m, model));
  CHECK(failures_seen > ops / 20);
  m = Map();
  CHECK(FailingMemory::blocks == 0);
}

} // namespace

TEST_CASE("HashMap: random operations against std::map, with allocation failure at every step") {
  random_operations(4, test::random_ops(1000000));
}

TEST_CASE("HashMap: integer keys, growth, erase and reinsert, iteration") {
  solo::HashMap<long, long> m;
  std::unordered_map<long, long> model;
  for (long i = 0; i < 100000; ++i) {
    m.insert(i * 7919, i);
    model.emplace(i * 7919, i);
  }
  CHECK(m.size() == 100000);
  for (long i = 0; i < 100000; i += 2) CHECK(m.erase(i * 7919));
  for (long i = 0; i < 100000; i += 2) model.erase(i * 7919);
  CHECK(m.size() == model.size());
  for (long i = 0; i < 100000; ++i) {
    const long *v = m.find(i * 7919);
    CHECK((v != nullptr) == (i % 2 == 1));
    if (v) CHECK(*v == i);
  }
  long long sum = 0;
  size_t n = 0;
  for (auto [key, value] : m) {
    sum += value;
    ++n;
    CHECK(model.at(key) == value);
  }
  CHECK(n == m.size());
  CHECK(sum == 2500000000LL);
  // Churn at a steady size: tombstones must not make the table grow without bound.
  size_t capacity = m.capacity();
  for (long round = 0; round < 10; ++round)
    for (long i = 1; i < 100000; i += 2) {
      m.erase(i * 7919);
      m.insert(i * 7919, round);
    }
  CHECK(m.size() == 50000);
  CHECK(m.capacity() <= 2 * capacity);
  static_assert(std::forward_iterator<solo::HashMap<long, long>::iterator>);
  static_assert(std::forward_iterator<solo::HashSet<long>::iterator>);
  static_assert(std::ranges::forward_range<const solo::HashMap<long, long>>);
}

TEST_CASE("HashMap: heterogeneous lookup, values that own memory, reserve") {
  solo::HashMap<solo::String, solo::Vector<int>> lists;
  REQUIRE(lists.try_reserve(100).has_value());
  size_t capacity = lists.capacity();
  for (int i = 0; i < 100; ++i) {
    auto key = solo::format("list-{}", i % 10);
    auto r = lists.try_emplace(key->view());
    REQUIRE(r.has_value());
    r->value->push(i);
  }
  CHECK(lists.capacity() == capacity); // reserved: no growth
  CHECK(lists.size() == 10);
  const solo::Vector<int> *three = lists.find("list-3");
  REQUIRE(three != nullptr);
  CHECK(three->size() == 10);
  CHECK((*three)[9] == 93);
  CHECK(lists.find(std::string_view("list-10")) == nullptr);
  auto copy = lists.clone();
  CHECK(copy.size() == 10);
  CHECK(copy.find("list-3")->size() == 10);
  CHECK(copy.find("list-3")->data() != three->data());
  auto replaced = lists.insert_or_assign(solo::String::from("list-3"), solo::Vector<int>::from({1}));
  CHECK(!replaced.inserted);
  CHECK(lists.find("list-3")->size() == 1);
  CHECK(std::ranges::count_if(lists, [](auto e) { return e.value.size() == 10; }) == 9);
}

TEST_CASE("HashSet: insert, find, erase, random against std::set") {
  solo::HashSet<solo::String> words;
  CHECK(words.insert(std::string_view("alpha")));
  CHECK(!words.insert(std::string_view("alpha")));
  CHECK(words.contains("alpha"));
  CHECK(!words.contains("beta"));
  CHECK(*words.find("alpha") == "alpha");

  using Set = solo::HashSet<std::pair<unsigned long, unsigned long>,
                            solo::Hash<std::pair<unsigned long, unsigned long>>, solo::Equal, FailingMemory>;
  Set set;
  std::set<std::pair<unsigned long, unsigned long>> model;
  test::Random rng(5);
  long ops = test::random_ops(300000);
  for (long step = 0; step < ops; ++step) {
    std::pair<unsigned long, unsigned long> k{rng.below(64), rng.below(4096)};
    if (rng.one_in(3)) {
      CHECK_EQ(set.erase(k), model.erase(k) == 1);
    } else {
      solo::Result<bool> r = [&] {
        FailAfter fail(0);
        return set.try_insert(k);
      }();
      if (!r) {
        CHECK(r.error() == Errno::ENOMEM);
        CHECK(set.size() == model.size());
        r = set.try_insert(k);
      }
      REQUIRE(r.has_value());
      if (*r != model.insert(k).second) FAIL("inserted flag wrong at step " << step);
    }
    if (set.size() != model.size()) FAIL("size differs at step " << step);
  }
  for (const auto &k : model) CHECK(set.contains(k));
  size_t n = 0;
  for (const auto &k : set) n += model.count(k);
  CHECK(n == model.size());
}

TEST_CASE("Hash: spreads integers and text over the low bits") {
  // Sequential keys and keys differing in one high bit must fill the buckets of a small table evenly.
  int buckets[64] = {};
  for (uint64_t i = 0; i < 64 * 1000; ++i) ++buckets[solo::Hash<uint64_t>{}(i << 32) & 63];
  for (int b : buckets) CHECK((b > 800 && b < 1200));
  int text_buckets[64] = {};
  char name[32];
  for (int i = 0; i < 64 * 1000; ++i) {
    int n = snprintf(name, sizeof name, "file-%d.txt", i);
    ++text_buckets[solo::hash_bytes(name, static_cast<size_t>(n)) & 63];
  }
  for (int b : text_buckets) CHECK((b > 800 && b < 1200));
  // Every length from 0 to 40 reads only its own bytes.
  char bytes[48] = {};
  uint64_t previous = solo::hash_bytes(bytes, 0);
  for (size_t n = 1; n <= 40; ++n) {
    uint64_t h = solo::hash_bytes(bytes, n);
    CHECK(h != previous);
    bytes[n] = 1; // beyond the length: must not change the hash
    CHECK(solo::hash_bytes(bytes, n) == h);
    bytes[n] = 0;
    previous = h;
  }
}
