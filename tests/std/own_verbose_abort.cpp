// A program may define std::__libcpp_verbose_abort itself (libc++'s documented override point); then its
// version runs instead of solo's panic.
#include <optional>
#include <solo/exit.hpp>
#include <solo/io.hpp>

[[noreturn]] void std::__libcpp_verbose_abort(const char *format, ...) {
  (void)solo::io::out("the program's own handler: ");
  (void)solo::io::out(format);
  (void)solo::io::out("\n");
  solo::exit(3);
}

int main() {
  std::optional<int> empty;
  return empty.value();
}
