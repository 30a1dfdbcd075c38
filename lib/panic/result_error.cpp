// What Result::value() says before it stops the program (solo/result.hpp).
#include <solo/io.hpp>
#include <solo/result.hpp>

extern "C" [[noreturn]] void abort() noexcept;

namespace solo::detail {

// The pieces go out one by one (nothing here may need memory); the message is the program's last words.
void result_has_error(Errno e, const char *file, unsigned line, const char *function) noexcept {
  (void)io::err(file ? "solo: Result::value() on an error: " : "solo: Result::operator* or -> on an error: ");
  (void)io::err(name(e));
  (void)io::err(" (");
  (void)io::err(message(e));
  (void)io::err(")");
  if (file) {
    char digits[24];
    (void)io::err(" at ");
    (void)io::err(file);
    (void)io::err(":");
    (void)io::err(io::to_decimal(static_cast<long>(line), digits));
    if (function && *function) {
      (void)io::err(" in ");
      (void)io::err(function);
    }
  }
  (void)io::err("\n");
  abort();
}

} // namespace solo::detail
