#include <solo/auxv.hpp>
#include <solo/signal.hpp>

namespace solo::signal {

Result<void> set_alternate_stack(void *base, size_t size, sys::SignalStack *old) noexcept {
  sys::SignalStack s{base, 0, size};
  return sys::sigaltstack(&s, old);
}

Result<void> disable_alternate_stack(sys::SignalStack *old) noexcept {
  sys::SignalStack s{nullptr, sys::signal_stack::disable, 0};
  return sys::sigaltstack(&s, old);
}

size_t recommended_stack_size() noexcept {
  // The header's SIGSTKSZ, or four times the kernel's own minimum for this CPU if that is more (a handler
  // needs room of its own on top of the signal frame).
  size_t size = arch::signal_stack_size;
  if (auto min = auxv::get(auxv::Type::AT_MINSIGSTKSZ); min && *min * 4 > size) size = *min * 4;
  return size;
}

} // namespace solo::signal
