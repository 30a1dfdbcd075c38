#include <solo/exit.hpp>
#include <solo/io/flush_hook.hpp>
#include <solo/sys/process.hpp>

namespace solo {

// Does nothing unless lib/io/stream.cpp is linked, whose strong definition replaces this one.
[[gnu::weak]] void io::detail::flush_standard_streams() noexcept {}

// Buffered output is flushed last, after everything else that runs at exit and might still print.
[[noreturn]] void exit(int status) noexcept {
  io::detail::flush_standard_streams(); // directly: an inline wrapper is not inlined into a noreturn function
  sys::exit_group(status);
}

} // namespace solo
