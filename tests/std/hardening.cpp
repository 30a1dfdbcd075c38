// What a failed libc++ check does in a solo program: std::__libcpp_verbose_abort is solo's panic, a message on
// stderr and then SIGABRT. Built with _LIBCPP_HARDENING_MODE_FAST, so an out-of-range index is caught. The
// argument picks the mistake; each must end the program, so reaching the end is a failure.
#include <optional>
#include <solo/io.hpp>
#include <span>
#include <string_view>
#include <variant>

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  std::string_view what = argv[1];
  int values[3] = {1, 2, 3};
  std::span<int> s(values);
  volatile size_t index = 3;
  if (what == "span") return s[index];
  std::optional<int> empty;
  if (what == "optional") return empty.value();
  std::variant<int, char> v = 'x';
  if (what == "variant") return std::get<int>(v);
  if (what == "string_view") return std::string_view("abc").substr(index + 1).size() == 0;
  (void)solo::io::out("no mistake made\n");
  return 0;
}
