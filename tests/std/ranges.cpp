// <ranges> and <concepts>: views composed into pipelines over arrays, spans and string views (with the range
// algorithms of <algorithm>).
#include <algorithm>
#include <array>
#include <concepts>
#include <ranges>
#include <span>
#include <string_view>
#include <utility>

#include "../hermetic/check.hpp"

namespace {

template <class R> long sum(R &&r) {
  long s = 0;
  for (auto v : r) s += v;
  return s;
}

template <class T>
concept Number = std::integral<T> || std::floating_point<T>;

template <Number T> constexpr T twice(T v) { return v + v; }
template <class T> constexpr int twice(T) { return -1; } // anything that is not a Number

} // namespace

int main() {
  namespace views = std::views;
  std::array<int, 10> a{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  auto even_squares =
      a | views::filter([](int x) { return x % 2 == 0; }) | views::transform([](int x) { return x * x; });
  CHECK_EQ(sum(even_squares), 4 + 16 + 36 + 64 + 100);
  CHECK_EQ(sum(a | views::take(3)), 6);
  CHECK_EQ(sum(a | views::drop(8)), 19);
  CHECK_EQ(*(a | views::reverse).begin(), 10);
  CHECK_EQ(sum(views::iota(1, 101)), 5050);
  CHECK_EQ(sum(a | views::take_while([](int x) { return x < 4; })), 6);
  CHECK_EQ(sum(a | views::drop_while([](int x) { return x < 9; })), 19);
  CHECK_EQ(sum(views::counted(a.begin() + 2, 3)), 3 + 4 + 5);
  CHECK_EQ(std::ranges::count_if(a, [](int x) { return x > 7; }), 3);
  CHECK_EQ(*std::ranges::find(a, 6), 6);
  CHECK(std::ranges::find(a, 42) == a.end());

  // Splitting text into words and joining them back: string_view all the way, nothing allocated.
  std::string_view text = "alpha beta  gamma";
  int words = 0;
  size_t letters = 0;
  for (auto word : text | views::split(' ')) {
    std::string_view w(word.begin(), word.end());
    if (w.empty()) continue;
    ++words;
    letters += w.size();
  }
  CHECK_EQ(words, 3);
  CHECK_EQ(letters, 14u);
  char joined[32];
  size_t n = 0;
  for (char c : text | views::split(' ') | views::join) joined[n++] = c;
  CHECK(std::string_view(joined, n) == "alphabetagamma");

  // keys/values/elements over pairs, and a span as a view.
  std::pair<int, char> pairs[] = {{1, 'a'}, {2, 'b'}, {3, 'c'}};
  CHECK_EQ(sum(pairs | views::keys), 6);
  CHECK_EQ(*(pairs | views::values).begin(), 'a');
  CHECK_EQ(*std::ranges::next((pairs | views::elements<1>).begin()), 'b');
  std::span<const int> s(a);
  CHECK_EQ(sum(s.subspan(2, 3) | views::transform([](int x) { return 10 * x; })), 120);
  auto common = a | views::take(4) | views::common;
  CHECK_EQ(sum(common), 10);

  static_assert(std::ranges::contiguous_range<std::array<int, 3>>);
  static_assert(std::ranges::view<decltype(even_squares)>);
  static_assert(std::ranges::borrowed_range<std::span<int>>);
  static_assert(std::same_as<std::ranges::range_value_t<std::string_view>, char>);
  static_assert(twice(21) == 42 && twice(1.5) == 3.0 && twice("no") == -1);
  static_assert(std::regular<int> && !std::copyable<const int &> && std::totally_ordered<double>);
  constexpr auto squares = [] {
    std::array<int, 5> out{};
    std::ranges::copy(views::iota(0, 5) | views::transform([](int x) { return x * x; }), out.begin());
    return out;
  }();
  static_assert(squares[4] == 16);
  return check::summary();
}
