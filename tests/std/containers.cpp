// solo's allocating types in a real solo program (solo's heap, libc++'s headers): Vector, String, format,
// HashMap, HashSet, InlineString, read_all, defer, with the standard algorithms over them.
#include <algorithm>
#include <ranges>
#include <solo.hpp>
#include <span>
#include <string_view>

#include "../hermetic/check.hpp"

using namespace solo;

namespace {

long sum(std::span<const int> values) {
  long s = 0;
  for (int v : values) s += v;
  return s;
}

} // namespace

int main(int argc, char **argv) {
  const size_t in_use = mem::stats().in_use;
  {
    Vector<int> v;
    long expected_sum = 0;
    for (int i = 0; i < 10000; ++i) {
      CHECK(v.try_push((i * 7919) % 10007).has_value());
      expected_sum += (i * 7919) % 10007;
    }
    std::ranges::sort(v);
    CHECK(std::ranges::is_sorted(v) && v.size() == 10000);
    CHECK(std::ranges::adjacent_find(v) == v.end()); // 7919 is invertible mod 10007: all distinct
    CHECK_EQ(sum(v), expected_sum);
    v.erase_if([](int x) { return x % 2 != 0; });
    CHECK(std::ranges::all_of(v, [](int x) { return x % 2 == 0; }));

    // Words counted in a HashMap keyed by String, found by string_view, then sorted by count.
    StringView text = "the cat and the dog and the bird saw the cat";
    HashMap<String, int> counts;
    for (auto word : text | std::views::split(' ')) {
      auto r = counts.try_emplace(StringView(word.begin(), word.end()), 0);
      CHECK(r.has_value());
      if (r) ++*r->value;
    }
    CHECK(counts.size() == 6);
    CHECK(counts.find("the") && *counts.find("the") == 4);
    CHECK(counts.find("cow") == nullptr);
    Vector<std::pair<int, StringView>> ranked;
    for (auto [word, n] : counts) ranked.push({n, word.view()});
    std::ranges::sort(ranked, std::ranges::greater{});
    CHECK(ranked[0].second == "the" && ranked[1].second == "cat" && ranked[1].first == 2);

    // Strings: building, formatting, C strings for system calls.
    auto line = format("{}: {:>5} | {:#x}", argv[0] ? "prog" : "", 42, 255u);
    CHECK(line.has_value() && *line == "prog:    42 | 0xff");
    String path = String::from("/proc/self");
    path.append("/status");
    auto status = io::read_file(path); // String converts to CStr
    CHECK(status.has_value() && status->view().starts_with("Name:"));
    PathBuffer p;
    CHECK(p.try_append("/proc").has_value() && p.try_join("self").has_value() && p.try_join("cmdline").has_value());
    auto cmdline = io::read_file(p);
    CHECK(cmdline.has_value() && cmdline->size() > 0);
    CHECK(StringView(cmdline->c_str()).ends_with(StringView(argv[0]).substr(StringView(argv[0]).rfind('/') + 1)));

    HashSet<long> seen;
    for (long i = 0; i < 1000; ++i) seen.insert(i * i % 1009);
    CHECK(!seen.insert(4) && seen.contains(1008 * 1008 % 1009));
    CHECK(seen.size() == 505); // the quadratic residues mod 1009, with 0

    int cleaned = 0;
    {
      auto guard = defer([&] { ++cleaned; });
    }
    CHECK(cleaned == 1);
  }
  CHECK(mem::stats().in_use == in_use); // everything given back
  (void)argc;
  return check::summary();
}
