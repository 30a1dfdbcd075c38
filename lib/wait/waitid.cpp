#include <solo/sys/wait.hpp>

namespace solo::sys {

Result<Waited> waitid(IdType idtype, int id, WaitOptions options, Rusage *usage) noexcept {
  WaitidInfo info{}; // pid stays 0 when WNOHANG finds nothing, so it must start zeroed
  long r = raw(nr::waitid, static_cast<int>(idtype), id, &info, to_underlying(options), usage);
  if (is_error(r)) return static_cast<Errno>(-r);
  return waited_from(info);
}

Waited waited_from(const WaitidInfo &info) noexcept {
  if (info.pid == 0) return Waited{};
  using State = ChildStatus::State;
  ChildStatus status;
  switch (info.code) {
  case 1:
    status = {State::Exited, info.status};
    break;
  case 2:
    status = {State::Signaled, info.status};
    break;
  case 3:
    status = {State::Signaled, info.status, true};
    break;
  case 4: // traced child trapped: a stop as far as the parent is concerned
  case 5:
    status = {State::Stopped, info.status};
    break;
  case 6:
    status = {State::Continued, info.status};
    break;
  default:
    break;
  }
  return Waited{info.pid, status};
}

} // namespace solo::sys
