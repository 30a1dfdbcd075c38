// <algorithm>, <numeric>, <iterator>, <functional>'s function objects: the standard algorithms in a solo
// program, including std::sort of the arithmetic types, whose instances solo provides (lib/std/sort.cpp).
#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <numeric>

#include "../hermetic/check.hpp"

namespace {

// A small deterministic generator, so the inputs are the same on every architecture.
unsigned long long state = 88172645463325252ull;
unsigned long long next() {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

template <class T, size_t N> bool sorted_permutation_of(const T (&sorted)[N], const T (&original)[N]) {
  if (!std::is_sorted(sorted, sorted + N)) return false;
  for (size_t i = 0; i < N; ++i)
    if (std::count(sorted, sorted + N, original[i]) != std::count(original, original + N, original[i])) return false;
  return true;
}

template <class T> void sort_kind() {
  static T a[3000], original[3000];
  for (size_t i = 0; i < 3000; ++i) a[i] = original[i] = static_cast<T>(next() % 1000);
  std::sort(a, a + 3000);
  CHECK(sorted_permutation_of(a, original));
  std::ranges::sort(a, std::ranges::greater{});
  CHECK(std::is_sorted(a, a + 3000, std::greater<T>{}));
}

struct Person {
  int age;
  const char *name;
};

} // namespace

int main() {
  sort_kind<char>();
  sort_kind<signed char>();
  sort_kind<unsigned char>();
  sort_kind<short>();
  sort_kind<unsigned short>();
  sort_kind<int>();
  sort_kind<unsigned>();
  sort_kind<long>();
  sort_kind<unsigned long>();
  sort_kind<long long>();
  sort_kind<unsigned long long>();
  sort_kind<float>();
  sort_kind<double>();

  // Sorted input, reversed input, all equal: the cases a quicksort gets wrong first.
  static int big[100000];
  std::iota(big, big + 100000, 0);
  std::sort(big, big + 100000);
  CHECK(std::is_sorted(big, big + 100000));
  std::reverse(big, big + 100000);
  std::sort(big, big + 100000);
  CHECK(big[0] == 0 && big[99999] == 99999 && std::is_sorted(big, big + 100000));
  std::fill(big, big + 100000, 7);
  std::sort(big, big + 100000);
  CHECK(std::all_of(big, big + 100000, [](int v) { return v == 7; }));

  // A user type with a projection; stable_sort keeps equal ages in their order (it uses a buffer from
  // operator new, which is solo's).
  Person people[] = {{30, "c"}, {20, "a"}, {30, "d"}, {20, "b"}, {10, "e"}};
  std::ranges::stable_sort(people, {}, &Person::age);
  const char *order = "eabcd";
  for (int i = 0; i < 5; ++i) CHECK(people[i].name[0] == order[i]);
  std::ranges::sort(people, [](const Person &x, const Person &y) { return x.name[0] > y.name[0]; });
  CHECK(people[0].name[0] == 'e' && people[4].name[0] == 'a');

  std::array<int, 10> v{5, 3, 9, 1, 7, 3, 3, 8, 2, 6};
  CHECK_EQ(std::count(v.begin(), v.end(), 3), 3);
  CHECK_EQ(*std::max_element(v.begin(), v.end()), 9);
  CHECK_EQ(*std::min_element(v.begin(), v.end()), 1);
  auto [lo, hi] = std::ranges::minmax(v);
  CHECK(lo == 1 && hi == 9);
  std::nth_element(v.begin(), v.begin() + 5, v.end());
  CHECK_EQ(v[5], 5);
  std::ranges::sort(v);
  CHECK(std::binary_search(v.begin(), v.end(), 7));
  CHECK(!std::binary_search(v.begin(), v.end(), 4));
  CHECK_EQ(std::lower_bound(v.begin(), v.end(), 3) - v.begin(), 2);
  CHECK_EQ(std::upper_bound(v.begin(), v.end(), 3) - v.begin(), 5);
  auto end = std::unique(v.begin(), v.end());
  CHECK_EQ(end - v.begin(), 8);
  std::rotate(v.begin(), v.begin() + 2, end);
  CHECK(v[0] == 3 && v[5] == 9 && v[6] == 1);
  auto mid = std::partition(v.begin(), end, [](int x) { return x % 2 == 0; });
  CHECK(std::all_of(v.begin(), mid, [](int x) { return x % 2 == 0; }));
  CHECK(std::none_of(mid, end, [](int x) { return x % 2 == 0; }));
  int copy[10] = {};
  auto out = std::copy_if(v.begin(), end, copy, [](int x) { return x > 5; });
  CHECK_EQ(out - copy, 4);
  CHECK(std::ranges::equal(std::array{9, 1, 2, 3}, std::array{9, 1, 2, 3}));
  int a1[] = {1, 2, 3}, a2[] = {1, 2, 4};
  CHECK(std::lexicographical_compare(a1, a1 + 3, a2, a2 + 3));
  CHECK(!std::lexicographical_compare(a2, a2 + 3, a1, a1 + 3));

  // Heaps and permutations.
  int h[] = {4, 1, 8, 3, 9, 2};
  std::make_heap(h, h + 6);
  CHECK_EQ(h[0], 9);
  std::sort_heap(h, h + 6);
  CHECK(std::is_sorted(h, h + 6));
  int p[] = {1, 2, 3};
  int permutations = 1;
  while (std::next_permutation(p, p + 3)) ++permutations;
  CHECK_EQ(permutations, 6);

  // <numeric>
  int n[100];
  std::iota(n, n + 100, 1);
  CHECK_EQ(std::accumulate(n, n + 100, 0), 5050);
  CHECK_EQ(std::reduce(n, n + 100, 0L), 5050);
  CHECK_EQ(std::inner_product(n, n + 3, n, 0), 14);
  CHECK_EQ(std::gcd(84, 36), 12);
  CHECK_EQ(std::lcm(4, 6), 12);
  CHECK_EQ(std::midpoint(10, 20), 15);
  int sums[5];
  std::partial_sum(n, n + 5, sums);
  CHECK(sums[4] == 15);
  std::inclusive_scan(n, n + 5, sums, std::multiplies<>{});
  CHECK(sums[4] == 120);
  std::exclusive_scan(n, n + 5, sums, 0);
  CHECK(sums[0] == 0 && sums[4] == 10);
  std::adjacent_difference(sums, sums + 5, sums);
  CHECK(sums[1] == 1 && sums[4] == 4);

  // <iterator>
  int r[] = {1, 2, 3};
  CHECK(*std::rbegin(r) == 3 && std::distance(std::begin(r), std::end(r)) == 3);
  auto it = std::next(std::begin(r), 2);
  CHECK(*it == 3 && *std::prev(it) == 2);
  std::reverse_iterator<int *> rev(r + 3);
  CHECK(*rev == 3 && *(rev + 2) == 1);
  static_assert(std::contiguous_iterator<int *>);
  static_assert(std::random_access_iterator<std::reverse_iterator<int *>>);
  return check::summary();
}
