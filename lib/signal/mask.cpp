#include <solo/signal.hpp>

namespace solo::signal {

namespace {
Result<SignalSet> change(sys::MaskHow how, const SignalSet *set) noexcept {
  SignalSet old;
  if (auto r = sys::rt_sigprocmask(how, set, &old); !r) return r.error();
  return old;
}

// solo's interrupt signal must reach every thread, also one that blocks "everything".
SignalSet without_interrupt(SignalSet set) noexcept { return set.remove(interrupt_signal); }
} // namespace

Result<SignalSet> block(SignalSet set) noexcept {
  set = without_interrupt(set);
  return change(sys::MaskHow::Block, &set);
}
Result<SignalSet> unblock(SignalSet set) noexcept { return change(sys::MaskHow::Unblock, &set); }
Result<SignalSet> set_mask(SignalSet set) noexcept {
  set = without_interrupt(set);
  return change(sys::MaskHow::SetMask, &set);
}
Result<SignalSet> current_mask() noexcept { return change(sys::MaskHow::Block, nullptr); }

Result<SignalSet> pending() noexcept {
  SignalSet set;
  if (auto r = sys::rt_sigpending(&set); !r) return r.error();
  return set;
}

void suspend(SignalSet mask) noexcept { (void)sys::rt_sigsuspend(mask); }

} // namespace solo::signal
