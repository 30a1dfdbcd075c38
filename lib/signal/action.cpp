// sigaction on top of rt_sigaction with the kernel's own struct (arch/<arch>/signal_arch.hpp).
#include <solo/signal.hpp>

#if defined(SOLO_RESTORE_RT_ASM)
extern "C" void __solo_restore_rt();
#endif

namespace solo::signal {

namespace {

// Actions with `interrupts` set are installed as `dispatch`, which requests the interrupt and then calls the
// program's handler from this table. Each slot is written before the kernel can deliver through it.
struct Slot {
  unsigned long handler;
  bool info;
};
Slot slots[last + 1];

void dispatch(int sig, Info *info, void *ucontext) {
  request_interrupt(ucontext);
  if (sig < 1 || sig > last) return;
  unsigned long h = __atomic_load_n(&slots[sig].handler, __ATOMIC_RELAXED);
  if (h <= Action::ignore_handler) return;
  if (slots[sig].info)
    reinterpret_cast<InfoHandler>(h)(sig, info, ucontext);
  else
    reinterpret_cast<Handler>(h)(sig);
}

arch::SigactionBuffer to_kernel(int sig, const Action &a) noexcept {
  arch::SigactionBuffer buffer{};
  arch::KernelSigaction &k = buffer.k;
  k.handler = a.handler;
  k.flags = static_cast<unsigned long>(a.flags);
  k.mask = a.mask.bits();
  if (a.interrupts) {
    slots[sig].info = any(a.flags & Flags::SigInfo);
    __atomic_store_n(&slots[sig].handler, a.handler, __ATOMIC_RELAXED);
    k.handler = reinterpret_cast<unsigned long>(&dispatch);
    // Without SA_RESTART, or the kernel would restart the very call the program wants back.
    k.flags = (k.flags | static_cast<unsigned long>(Flags::SigInfo)) & ~static_cast<unsigned long>(Flags::Restart);
  }
#if defined(SOLO_RESTORE_RT_ASM)
  k.flags |= arch::sa_restorer;
  k.restorer = &__solo_restore_rt;
#endif
  buffer.seal();
  return buffer;
}

Action from_kernel(int sig, const arch::KernelSigaction &k) noexcept {
  Action a;
  a.handler = k.handler;
  a.flags = static_cast<Flags>(k.flags & ~arch::sa_restorer);
  a.mask = SignalSet::from_bits(k.mask);
  if (k.handler == reinterpret_cast<unsigned long>(&dispatch) && sig >= 1 && sig <= last) {
    a.handler = slots[sig].handler;
    a.interrupts = true;
    if (!slots[sig].info) a.flags = a.flags & ~Flags::SigInfo;
  }
  return a;
}

} // namespace

Result<void> set_action(int sig, const Action &action, Action *old) noexcept {
  if (sig < 1 || sig > last || sig == interrupt_signal) return Errno::EINVAL;
  arch::SigactionBuffer previous{};
  // Read the old disposition first: to_kernel may rewrite the slot the old one refers to.
  if (old) {
    if (auto r = sys::rt_sigaction(sig, nullptr, &previous.k); !r) return r.error();
    *old = from_kernel(sig, previous.k);
  }
  arch::SigactionBuffer next = to_kernel(sig, action);
  return sys::rt_sigaction(sig, &next.k, nullptr);
}

Result<void> detail::set_runtime_action(int sig, InfoHandler handler, Flags flags) noexcept {
  arch::SigactionBuffer next = to_kernel(sig, Action::call(handler, flags, SignalSet::all()));
  return sys::rt_sigaction(sig, &next.k, nullptr);
}

Result<Action> get_action(int sig) noexcept {
  if (sig < 1 || sig > last) return Errno::EINVAL;
  arch::SigactionBuffer b{};
  if (auto r = sys::rt_sigaction(sig, nullptr, &b.k); !r) return r.error();
  return from_kernel(sig, b.k);
}

int reset_handlers() noexcept {
  int count = 0;
  for (int sig = 1; sig <= last; ++sig) {
    if (sig == KILL || sig == STOP) continue;
    arch::SigactionBuffer b{};
    if (!sys::rt_sigaction(sig, nullptr, &b.k)) continue; // numbers an emulator keeps for itself
    if (b.k.handler <= Action::ignore_handler) continue;
    arch::SigactionBuffer dfl{};
    if (sys::rt_sigaction(sig, &dfl.k, nullptr)) ++count;
  }
  return count;
}

} // namespace solo::signal
