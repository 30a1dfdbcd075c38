// The count-distinct-lines workload: read a file, count how often each line occurs in a hash map of strings,
// then sort the distinct lines by count (most common first, ties in byte order) and print the number of
// distinct lines and the ten most common. Built three ways from this one file:
//   SOLO_BENCH       a solo program: solo::io::read_file, solo::HashMap<solo::String, long> found by
//                    string_view (a String is made only for a new line), std::sort over a solo::Vector;
//   STD_VIEW_KEYS    ordinary C++ with libstdc++, keys as string_views into the file's buffer;
//   (neither)        ordinary C++ the way it is usually written: ++counts[std::string(line)].
// It prints "ns N" (the time from reading to sorted) and the result, which the three must agree on.
#include <algorithm>
#include <string_view>
#include <utility>

#ifdef SOLO_BENCH
#include <solo.hpp>
static long long now_ns() {
  auto t = solo::time::clock_gettime(solo::time::Clock::Monotonic);
  return t->tv_sec * 1000000000LL + t->tv_nsec;
}
#else
#include <cstdio>
#include <ctime>
#include <string>
#include <unordered_map>
#include <vector>
static long long now_ns() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000000LL + t.tv_nsec;
}
#endif

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  long long start = now_ns();
#ifdef SOLO_BENCH
  auto text = solo::io::read_file(solo::CStr(argv[1]));
  if (!text) return 1;
  std::string_view all = *text;
  solo::HashMap<solo::String, long> counts;
  for (size_t at = 0; at < all.size();) {
    size_t end = all.find('\n', at);
    if (end == std::string_view::npos) end = all.size();
    ++*counts.emplace(all.substr(at, end - at), 0).value;
    at = end + 1;
  }
  solo::Vector<std::pair<long, std::string_view>> ranked;
  ranked.reserve(counts.size());
  for (auto [line, n] : counts) ranked.push({n, line.view()});
#else
  FILE *f = fopen(argv[1], "rb");
  if (!f) return 1;
  std::string data;
  char chunk[1 << 16];
  for (size_t n; (n = fread(chunk, 1, sizeof chunk, f)) > 0;) data.append(chunk, n);
  fclose(f);
  std::string_view all = data;
#ifdef STD_VIEW_KEYS
  std::unordered_map<std::string_view, long> counts;
#else
  std::unordered_map<std::string, long> counts;
#endif
  for (size_t at = 0; at < all.size();) {
    size_t end = all.find('\n', at);
    if (end == std::string_view::npos) end = all.size();
#ifdef STD_VIEW_KEYS
    ++counts[all.substr(at, end - at)];
#else
    ++counts[std::string(all.substr(at, end - at))];
#endif
    at = end + 1;
  }
  std::vector<std::pair<long, std::string_view>> ranked;
  ranked.reserve(counts.size());
  for (const auto &[line, n] : counts) ranked.push_back({n, line});
#endif
  std::sort(ranked.begin(), ranked.end(),
            [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  long long ns = now_ns() - start;
#ifdef SOLO_BENCH
  solo::println("ns {}\ndistinct {}", ns, ranked.size());
  for (size_t i = 0; i < ranked.size() && i < 10; ++i) solo::println("{} {}", ranked[i].first, ranked[i].second);
#else
  printf("ns %lld\ndistinct %zu\n", ns, ranked.size());
  for (size_t i = 0; i < ranked.size() && i < 10; ++i)
    printf("%ld %.*s\n", ranked[i].first, static_cast<int>(ranked[i].second.size()), ranked[i].second.data());
#endif
  return 0;
}
