// The flag that tells the runtime threads exist, and the hooks of a thread's end (solo/detail/thread_control.hpp).
// Their own object: code that only asks about them links nothing else of the thread support.
#include <solo/detail/thread_control.hpp>

namespace solo::detail {

unsigned threads_started = 0;
void (*thread_end_destructors)(ThreadControl *) noexcept = nullptr;
void (*thread_end_heap)(ThreadControl *) noexcept = nullptr;

} // namespace solo::detail
