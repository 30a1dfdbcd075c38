// Calls that create a descriptor return it owned: the raw return value becomes a Result<Fd>.
#pragma once

#include <solo/fd.hpp>

namespace solo::sys {

inline Result<Fd> fd_result(long ret) noexcept {
  if (is_error(ret)) return static_cast<Errno>(-ret);
  return Fd(static_cast<int>(ret));
}

} // namespace solo::sys
