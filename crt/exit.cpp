#include <solo/exit.hpp>
#include <solo/sys/process.hpp>

namespace solo {

[[noreturn]] void exit(int status) noexcept { sys::exit_group(status); }

} // namespace solo
