#include <solo/io.hpp>
#include <solo/panic.hpp>
#include <solo/sys/process.hpp>

namespace solo {

[[noreturn]] void panic(const char *message) noexcept {
  (void)io::err("solo: ");
  (void)io::err(message);
  (void)io::err("\n");
  // SIGABRT (6 on every architecture solo supports) to this thread, so a parent sees a signal death.
  (void)sys::tgkill(sys::getpid(), sys::gettid(), 6);
  // A handled or blocked SIGABRT must still not let us return.
  sys::exit_group(127);
}

} // namespace solo
