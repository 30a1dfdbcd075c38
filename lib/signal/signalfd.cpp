#include <solo/signal.hpp>

namespace solo::signal {

Result<Fd> signalfd(SignalSet set, int flags) noexcept {
  auto fd = sys::signalfd4(-1, set, flags);
  if (!fd) return fd.error();
  return Fd(*fd);
}

} // namespace solo::signal
