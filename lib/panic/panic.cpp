#include <solo/io.hpp>
#include <solo/panic.hpp>

// The C library's abort: solo's (crt/abort.cpp) in a solo program, the host's in the hosted unit tests.
extern "C" [[noreturn]] void abort() noexcept;

namespace solo {

[[noreturn]] void panic(const char *message) noexcept {
  (void)io::err("solo: ");
  (void)io::err(message);
  (void)io::err("\n");
  abort();
}

} // namespace solo
