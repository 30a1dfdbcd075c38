// <string_view> (solo::StringView is std::string_view), <charconv> for integers, <span>, <array>.
#include <array>
#include <charconv>
#include <cstdint>
#include <limits>
#include <solo/string_view.hpp>
#include <span>
#include <string_view>

#include "../hermetic/check.hpp"

namespace {

template <class T> bool round_trips(T v, int base) {
  char buf[80];
  auto [end, error] = std::to_chars(buf, buf + sizeof buf, v, base);
  if (error != std::errc{}) return false;
  T back{};
  auto parsed = std::from_chars(buf, end, back, base);
  return parsed.ec == std::errc{} && parsed.ptr == end && back == v;
}

std::string_view to_text(long long v, char (&buf)[24]) {
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string_view(buf, static_cast<size_t>(r.ptr - buf));
}

long total(std::span<const int> values) {
  long t = 0;
  for (int v : values) t += v;
  return t;
}

} // namespace

int main() {
  // The full std::string_view interface, through solo's name for it.
  static_assert(std::is_same_v<solo::StringView, std::string_view>);
  solo::StringView s = "the quick brown fox jumps over the lazy dog";
  CHECK(s.find("the") == 0 && s.find("the", 1) == 31 && s.rfind("the") == 31);
  CHECK(s.find('q') == 4 && s.find("cat") == solo::StringView::npos);
  CHECK(s.find_first_of("xyz") == 18 && s.find_last_of("aeiou") == 41 && s.find_first_not_of("the ") == 4);
  CHECK(s.find_last_not_of("dog") == 39);
  CHECK(s.starts_with("the") && s.ends_with("dog") && s.starts_with('t') && !s.ends_with("cat"));
  CHECK(s.substr(4, 5) == "quick" && s.substr(40) == "dog");
  CHECK(s.compare(0, 3, "the") == 0 && s.compare("zzz") < 0 && (s <=> "the") > 0);
  CHECK(s.front() == 't' && s.back() == 'g' && s.at(4) == 'q' && s[10] == 'b');
  solo::StringView t = s;
  t.remove_prefix(4);
  t.remove_suffix(4);
  CHECK(t == "quick brown fox jumps over the lazy");
  char copied[6] = {};
  CHECK(s.copy(copied, 5, 4) == 5 && solo::StringView(copied) == "quick");
  CHECK(std::string_view("a\0b", 3).size() == 3 && solo::StringView().empty() && solo::StringView().data() == nullptr);
  using namespace std::string_view_literals;
  CHECK("abc"sv.size() == 3);
  // Searches past the page the text starts on: memchr and memcmp underneath, over a long text.
  static char big[20000];
  for (size_t i = 0; i < sizeof big; ++i) big[i] = static_cast<char>('a' + i % 26);
  big[sizeof big - 1] = '!';
  solo::StringView b(big, sizeof big);
  CHECK(b.find('!') == sizeof big - 1 && b.rfind("xyz") == 19991 && b.find("zab", 9000) == 9021);

  // <charconv> for integers: every base, the extremes, and the two errors.
  CHECK(round_trips(0, 10) && round_trips(-1, 10) && round_trips(255u, 2) && round_trips(-123456789L, 36));
  CHECK(round_trips(std::numeric_limits<long long>::min(), 10) &&
        round_trips(std::numeric_limits<uint64_t>::max(), 16));
  CHECK(round_trips(std::numeric_limits<int8_t>::min(), 7) && round_trips(std::numeric_limits<uint16_t>::max(), 3));
  char buf[24];
  CHECK(to_text(-9000000000LL, buf) == "-9000000000");
  int value = 0;
  solo::StringView digits = "123abc";
  auto r = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  CHECK(value == 123 && r.ptr == digits.data() + 3 && r.ec == std::errc{});
  solo::StringView bad = "abc";
  CHECK(std::from_chars(bad.data(), bad.data() + 3, value).ec == std::errc::invalid_argument);
  solo::StringView huge = "99999999999";
  CHECK(std::from_chars(huge.data(), huge.data() + huge.size(), value).ec == std::errc::result_out_of_range);
  unsigned hex = 0;
  solo::StringView ff = "ff";
  CHECK(std::from_chars(ff.data(), ff.data() + 2, hex, 16).ec == std::errc{} && hex == 255);
  char tiny[2];
  CHECK(std::to_chars(tiny, tiny + 2, 1000).ec == std::errc::value_too_large);

  // <span> and <array>
  std::array<int, 6> a{1, 2, 3, 4, 5, 6};
  std::span<int> all(a);
  CHECK(total(all) == 21 && total(all.first(2)) == 3 && total(all.last(2)) == 11 && total(all.subspan(1, 3)) == 9);
  std::span<int, 6> fixed(a);
  static_assert(decltype(fixed)::extent == 6);
  CHECK(std::as_bytes(fixed).size() == 6 * sizeof(int));
  all[0] = 10;
  CHECK(a[0] == 10 && a.front() == 10 && a.back() == 6 && a.size() == 6);
  int c_array[] = {7, 8};
  CHECK(total(c_array) == 15);
  auto filled = std::to_array({1, 1, 1});
  CHECK(total(filled) == 3);
  return check::summary();
}
