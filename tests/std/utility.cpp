// <utility>, <tuple>, <optional>, <variant>, <compare>, <initializer_list>, <type_traits>, <limits>, <bit>,
// <source_location>, <climits>, <cstdint>, <cstddef>: the vocabulary types and compile-time tools.
#include <bit>
#include <climits>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <source_location>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

#include "../hermetic/check.hpp"

namespace {

struct Version {
  int major, minor, patch;
  auto operator<=>(const Version &) const = default; // needs <compare>
};

template <class... Fs> struct Overloaded : Fs... {
  using Fs::operator()...;
};

std::optional<int> parse_digit(char c) {
  if (c < '0' || c > '9') return std::nullopt;
  return c - '0';
}

std::tuple<int, std::string_view, bool> triple() { return {7, "seven", true}; }

int total(std::initializer_list<int> values) {
  int t = 0;
  for (int v : values) t += v;
  return t;
}

int line_here(std::source_location where = std::source_location::current()) { return static_cast<int>(where.line()); }

} // namespace

int main() {
  // Defaulted three-way comparison.
  Version a{1, 2, 3}, b{1, 10, 0};
  CHECK(a < b && b > a && a != b && a == (Version{1, 2, 3}));
  CHECK((a <=> b) == std::strong_ordering::less);
  CHECK(std::is_lt(1.0 <=> 2.0) && std::is_eq(std::string_view("x") <=> std::string_view("x")));

  // optional
  CHECK(parse_digit('7').value_or(-1) == 7);
  CHECK(!parse_digit('x').has_value());
  auto four = parse_digit('4');
  CHECK(four && *four * 2 == 8 && four == 4 && four != std::nullopt && std::nullopt < four);
  std::optional<std::string_view> name;
  CHECK(name.value_or("none") == "none");
  name.emplace("solo");
  CHECK(name->size() == 4);

  // variant and visit
  std::variant<int, double, std::string_view> v = 3;
  auto describe = Overloaded{[](int) { return 'i'; }, [](double) { return 'd'; }, [](std::string_view) { return 's'; }};
  CHECK(std::visit(describe, v) == 'i');
  v = 2.5;
  CHECK(std::visit(describe, v) == 'd' && std::holds_alternative<double>(v));
  v = std::string_view("text");
  CHECK(std::visit(describe, v) == 's' && std::get<2>(v).size() == 4);
  CHECK(std::get_if<int>(&v) == nullptr && v.index() == 2);

  // tuple, pair, structured bindings, apply
  auto [number, word, flag] = triple();
  CHECK(number == 7 && word == "seven" && flag);
  CHECK(std::apply([](int x, std::string_view s, bool) { return x + static_cast<int>(s.size()); }, triple()) == 12);
  auto p = std::make_pair(1, 'x');
  CHECK(std::get<1>(p) == 'x' && std::tuple_size_v<decltype(triple())> == 3);
  auto t = std::tuple_cat(std::make_tuple(1), std::make_tuple(2.0, 'c'));
  CHECK(std::get<char>(t) == 'c');
  int x = 1, y = 2;
  std::swap(x, y);
  CHECK(x == 2 && y == 1 && std::exchange(x, 5) == 2 && x == 5);
  CHECK(std::cmp_less(-1, 1u) && !std::in_range<unsigned char>(300));

  // initializer_list and range-for over a braced list
  CHECK(total({1, 2, 3, 4}) == 10);
  int seen = 0;
  for (int i : {1, 2, 3}) seen += i;
  CHECK(seen == 6);

  // <bit>
  CHECK(std::popcount(0xF0F0u) == 8 && std::countl_zero(uint32_t{1}) == 31 && std::countr_zero(8u) == 3);
  CHECK(std::has_single_bit(64u) && !std::has_single_bit(65u) && std::bit_ceil(65u) == 128u);
  CHECK(std::bit_floor(65u) == 64u && std::bit_width(255u) == 8);
  CHECK(std::rotl(uint8_t{0x81}, 1) == 0x03 && std::rotr(uint8_t{0x81}, 1) == 0xC0);
  CHECK(std::bit_cast<uint64_t>(1.0) == 0x3FF0000000000000ull);
  static_assert(std::endian::native == std::endian::little || std::endian::native == std::endian::big);

  // <limits>, <climits>, <cstdint>, <cstddef>
  CHECK(std::numeric_limits<int>::max() == INT_MAX && std::numeric_limits<uint8_t>::max() == 255);
  CHECK(std::numeric_limits<double>::is_iec559 && std::numeric_limits<long long>::digits == 63);
  CHECK(CHAR_BIT == 8 && sizeof(std::max_align_t) >= 8 && sizeof(intptr_t) == sizeof(void *));
  static_assert(std::is_same_v<std::size_t, decltype(sizeof 0)>);

  // <type_traits>
  static_assert(std::is_trivially_copyable_v<Version> && std::is_aggregate_v<Version>);
  static_assert(std::is_same_v<std::remove_cvref_t<const int &>, int> && std::is_signed_v<long>);
  static_assert(std::is_same_v<std::common_type_t<int, long>, long> && std::is_enum_v<std::byte>);
  static_assert(std::is_invocable_r_v<int, decltype(total), std::initializer_list<int>>);
  CHECK(!std::is_constant_evaluated());

  // <source_location>
  int here = __LINE__;
  CHECK(line_here() == here + 1);
  CHECK(std::string_view(std::source_location::current().file_name()).ends_with("utility.cpp"));
  return check::summary();
}
