#include <solo/signal.hpp>
#include <solo/sys/process.hpp>

namespace solo::signal {

// tgkill to this thread, not kill to the process: a process-directed signal may go to another thread.
Result<void> raise(int sig) noexcept { return sys::tgkill(sys::getpid(), sys::gettid(), sig); }

} // namespace solo::signal
