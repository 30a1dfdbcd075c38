#include "failing_memory.hpp"

#include <string>
#include <string_view>

using solo::Errno;
using test::FailAfter;
using test::FailingMemory;

namespace {

using Str = solo::BasicString<FailingMemory>;

bool same(const Str &s, const std::string &model) {
  return s.size() == model.size() && s.view() == model && s.c_str()[s.size()] == '\0' && s.capacity() >= s.size();
}

// Random operations on a String against std::string, each allocating one first tried with the next
// allocation failing (ENOMEM and the string unchanged, or success without needing memory), then for real.
void random_operations(unsigned long long seed, long ops) {
  test::Random rng(seed);
  Str s;
  std::string model;
  long failures_seen = 0;
  for (long step = 0; step < ops; ++step) {
    const size_t n = model.size();
    const size_t old_capacity = s.capacity();
    const char c = static_cast<char>('a' + rng.below(26));
    const size_t i = rng.below(n + 1), len = rng.below(n - i + 1), count = rng.below(40);
    const size_t target = rng.below(n + 40);
    const bool flag = rng.one_in(2);
    char text[48];
    for (size_t k = 0; k < count; ++k) text[k] = static_cast<char>('A' + rng.below(26));
    int op = static_cast<int>(rng.below(n > 2000 ? 17 : 15));
    if (op >= 15) op = 11;
    auto attempt = [&]() -> solo::Result<void> {
      switch (op) {
      case 0:
        return s.try_append(std::string_view(text, count));
      case 1: // a part of itself, which moves with the block
        return s.try_append(s.view().substr(i, len));
      case 2:
        return s.try_push(c);
      case 3:
        return s.try_append(count, c);
      case 4:
        return s.try_reserve(n + count);
      case 5:
        return s.try_resize(target, c);
      case 6:
        return s.try_insert(i, std::string_view(text, count));
      case 7:
        return solo::format_to(s, "{}-{:>5}|{:x}", std::string_view(text, count), count, n);
      case 8: {
        auto copy = s.try_clone();
        if (!copy) return copy.error();
        if (!same(*copy, model)) FAIL("clone differs");
        if (flag) s = std::move(*copy);
        return {};
      }
      case 9:
        return s.try_shrink_to_fit();
      case 10:
        s.truncate(target);
        return {};
      case 11:
        s.erase(i, flag ? len : Str::npos);
        return {};
      case 12:
        s.clear();
        return {};
      case 13: {
        Str moved(std::move(s));
        if (!s.empty() || s.c_str()[0] != '\0') FAIL("moved-from string not empty");
        s = std::move(moved);
        return {};
      }
      default: {
        auto r = Str::try_from(std::string_view(text, count));
        if (!r) return r.error();
        s.swap(*r);
        return {};
      }
      }
    };
    auto apply = [&] {
      switch (op) {
      case 0:
        model.append(text, count);
        break;
      case 1:
        model += model.substr(i, len);
        break;
      case 2:
        model += c;
        break;
      case 3:
        model.append(count, c);
        break;
      case 5:
        model.resize(target, c);
        break;
      case 6:
        model.insert(i, text, count);
        break;
      case 7:
        model += std::string(text, count) + "-";
        model += std::string(count < 10 ? 4 : 3, ' ') + std::to_string(count) + "|";
        {
          char hex[24];
          snprintf(hex, sizeof hex, "%zx", n);
          model += hex;
        }
        break;
      case 10:
        if (target < n) model.resize(target);
        break;
      case 11:
        model.erase(i, flag ? len : std::string::npos);
        break;
      case 12:
        model.clear();
        break;
      case 14:
        model.assign(text, count);
        break;
      }
    };
    const bool allocates = op <= 9 || op == 14;
    const long before_blocks = FailingMemory::blocks;
    if (!allocates)
      (void)attempt();
    else if (test::with_allocation_failure(
                 attempt,
                 [&] {
                   return same(s, model) && s.capacity() == old_capacity && FailingMemory::blocks == before_blocks;
                 },
                 op, step))
      ++failures_seen;
    apply();
    if (!same(s, model)) FAIL("differs from the model after operation " << op << " at step " << step);
  }
  CHECK(failures_seen > ops / 20);
  s = Str();
  CHECK(FailingMemory::blocks == 0);
}

} // namespace

TEST_CASE("String: random operations against std::string, with allocation failure at every step") {
  random_operations(3, test::random_ops(1000000));
}

TEST_CASE("String: views, C strings, comparison, hashing") {
  solo::String s = solo::String::from("hello");
  CHECK(s.size() == 5);
  CHECK(s.capacity() == solo::String::local_capacity); // short text stays in the object
  solo::StringView v = s;
  CHECK(v == "hello");
  solo::CStr c = s;
  CHECK(std::string_view(c.c_str()) == "hello");
  CHECK(s == "hello");
  CHECK("hello" == s);
  CHECK(s != solo::String::from("help"));
  CHECK(s < solo::String::from("help"));
  CHECK(s > "hell");
  CHECK(solo::Hash<solo::String>{}(s) == solo::TextHash{}("hello"));
  s.append(" world, long enough for the heap");
  CHECK(s.capacity() > solo::String::local_capacity);
  CHECK(std::string_view(s.c_str()) == "hello world, long enough for the heap");
  CHECK(s.view().find("world") == 6);
  solo::String empty;
  CHECK(empty.c_str()[0] == '\0');
  CHECK(empty.view().empty());
  static_assert(!std::is_copy_constructible_v<solo::String>);
  static_assert(std::ranges::contiguous_range<solo::String>);
}

TEST_CASE("String: format and format_to") {
  auto s = solo::format("{} + {} = {:>4}|{:<6}|", 1, 2, 3, solo::StringView("ab"));
  REQUIRE(s.has_value());
  CHECK(*s == "1 + 2 =    3|ab    |");
  solo::String out = solo::String::from("x=");
  REQUIRE(solo::format_to(out, "{:.3f}", 2.0 / 3).has_value());
  CHECK(out == "x=0.667");
  // A String formats as text, with string specs.
  auto t = solo::format("[{:>8}] [{:.3}]", out, out);
  REQUIRE(t.has_value());
  CHECK(*t == "[ x=0.667] [x=0]");
  // Long output grows the string as it goes.
  solo::String big;
  for (int i = 0; i < 1000; ++i) REQUIRE(solo::format_to(big, "{:08}\n", i).has_value());
  CHECK(big.size() == 9000);
  CHECK(big.view().substr(8991) == "00000999\n");
}

TEST_CASE("String: a format whose growth fails leaves the string as it was") {
  Str s = Str::from("keep");
  const char *long_text = "a text long enough to need more room than fifteen bytes";
  for (long k = 0; k < 3; ++k) {
    FailAfter fail(k);
    auto r = solo::format_to(s, "{} {} {}", long_text, long_text, long_text);
    if (r) break; // enough room was allocated before the k-th allocation
    CHECK(r.error() == Errno::ENOMEM);
    CHECK(s == "keep");
    CHECK(s.c_str()[4] == '\0');
  }
}

TEST_CASE("InlineString and PathBuffer: fixed capacity, ENAMETOOLONG, joining") {
  solo::PathBuffer p;
  CHECK(p.try_append("/usr").has_value());
  CHECK(p.try_join("lib").has_value());
  CHECK(p.try_join("x86_64").has_value());
  CHECK(p == "/usr/lib/x86_64");
  solo::PathBuffer root = solo::PathBuffer::try_from("/").value();
  CHECK(root.try_join("etc").has_value());
  CHECK(root == "/etc");
  solo::PathBuffer empty;
  CHECK(empty.try_join("name").has_value());
  CHECK(empty == "name");
  size_t mark = p.size();
  CHECK(p.try_join("more").has_value());
  p.truncate(mark);
  CHECK(p == "/usr/lib/x86_64");
  CHECK(std::string_view(p.cstr().c_str()) == "/usr/lib/x86_64");

  solo::InlineString<8> small;
  CHECK(small.try_append("12345678").has_value());
  CHECK(small.try_push('9').error() == Errno::ENAMETOOLONG);
  CHECK(small == "12345678");
  solo::InlineString<8> other = solo::InlineString<8>::try_from("abc").value();
  CHECK(other.try_join("defgh").error() == Errno::ENAMETOOLONG); // "abc/defgh" is 9
  CHECK(other == "abc");
  CHECK(other.try_append(other.view()).has_value()); // its own text
  CHECK(other == "abcabc");
  auto f = solo::format("{}", other);
  CHECK(*f == "abcabc");
  solo::InlineString<8> copy = other;
  CHECK(copy == "abcabc");
}

TEST_CASE("defer runs at the end of the scope unless dismissed") {
  int runs = 0;
  {
    auto g = solo::defer([&] { ++runs; });
    CHECK(runs == 0);
  }
  CHECK(runs == 1);
  {
    auto g = solo::defer([&] { ++runs; });
    g.dismiss();
  }
  CHECK(runs == 1);
  {
    auto g = solo::defer([&] { ++runs; });
    auto moved = std::move(g); // runs once, from the new owner
  }
  CHECK(runs == 2);
}
