// sigaction on top of rt_sigaction with the kernel's own struct (arch/<arch>/signal_arch.hpp).
#include <solo/detail/fork_handlers.hpp>
#include <solo/detail/thread_control.hpp>
#include <solo/signal.hpp>
#include <solo/sync/mutex.hpp>

#if defined(SOLO_RESTORE_RT_ASM)
extern "C" void __solo_restore_rt();
extern "C" void __solo_restore();
#endif

namespace solo::signal {

namespace {

// Actions with `interrupts` set are installed as one of two dispatchers, which request the interrupt and then
// call the program's handler from a table: dispatch_info for an SA_SIGINFO handler, dispatch_plain for a
// plain one, each with a table of its own. Each entry is one word, written before the kernel can deliver
// through it, so whatever the kernel calls finds a handler of its own signature, also while another thread
// changes the action: until the kernel switches dispatchers, the old one still finds the old handler.
unsigned long plain_slots[last + 1];
unsigned long info_slots[last + 1];

void dispatch_plain(int sig, Info *, void *ucontext) {
  request_interrupt(ucontext);
  if (sig < 1 || sig > last) return;
  unsigned long h = __atomic_load_n(&plain_slots[sig], __ATOMIC_ACQUIRE);
  if (h > Action::ignore_handler) reinterpret_cast<Handler>(h)(sig);
}

void dispatch_info(int sig, Info *info, void *ucontext) {
  request_interrupt(ucontext);
  if (sig < 1 || sig > last) return;
  unsigned long h = __atomic_load_n(&info_slots[sig], __ATOMIC_ACQUIRE);
  if (h > Action::ignore_handler) reinterpret_cast<InfoHandler>(h)(sig, info, ucontext);
}

arch::SigactionBuffer to_kernel(int sig, const Action &a) noexcept {
  arch::SigactionBuffer buffer{};
  arch::KernelSigaction &k = buffer.k;
  k.handler = a.handler;
  k.flags = static_cast<unsigned long>(a.flags);
  k.mask = a.mask.bits();
  if (a.interrupts) {
    bool info = any(a.flags & Flags::SigInfo);
    __atomic_store_n(info ? &info_slots[sig] : &plain_slots[sig], a.handler, __ATOMIC_RELEASE);
    k.handler =
        info ? reinterpret_cast<unsigned long>(&dispatch_info) : reinterpret_cast<unsigned long>(&dispatch_plain);
    // Without SA_RESTART, or the kernel would restart the very call the program wants back.
    k.flags = (k.flags | static_cast<unsigned long>(Flags::SigInfo)) & ~static_cast<unsigned long>(Flags::Restart);
  }
#if defined(SOLO_RESTORE_RT_ASM)
  k.flags |= arch::sa_restorer;
  k.restorer = &__solo_restore_rt;
#endif
#if defined(SOLO_RESTORE_ASM)
  if (!(k.flags & static_cast<unsigned long>(Flags::SigInfo))) k.restorer = &__solo_restore;
#endif
  buffer.seal();
  return buffer;
}

Action from_kernel(int sig, const arch::KernelSigaction &k) noexcept {
  Action a;
  a.handler = k.handler;
  a.flags = static_cast<Flags>(k.flags & ~arch::sa_restorer);
  a.mask = SignalSet::from_bits(k.mask);
  if (sig >= 1 && sig <= last && k.handler == reinterpret_cast<unsigned long>(&dispatch_info)) {
    a.handler = __atomic_load_n(&info_slots[sig], __ATOMIC_ACQUIRE);
    a.interrupts = true;
  } else if (sig >= 1 && sig <= last && k.handler == reinterpret_cast<unsigned long>(&dispatch_plain)) {
    a.handler = __atomic_load_n(&plain_slots[sig], __ATOMIC_ACQUIRE);
    a.interrupts = true;
    a.flags = a.flags & ~Flags::SigInfo;
  }
  return a;
}

// Once threads exist, a change is the table entry and the kernel's action together: two threads changing the
// same signal must not interleave. The lock is held with every signal blocked, so a handler that changes an
// action cannot wait for the very code it interrupted. Before any thread exists, nothing is locked.
Mutex change_lock;
struct ChangeGuard {
  ChangeGuard() noexcept : locked(solo::detail::multithreaded()) {
    if (!locked) return;
    SignalSet all = SignalSet::all();
    (void)sys::rt_sigprocmask(sys::MaskHow::SetMask, &all, &saved);
    change_lock.lock();
  }
  ~ChangeGuard() {
    if (!locked) return;
    change_lock.unlock();
    (void)sys::rt_sigprocmask(sys::MaskHow::SetMask, &saved, nullptr);
  }
  bool locked;
  SignalSet saved;
};

} // namespace

Result<void> set_action(int sig, const Action &action, Action *old) noexcept {
  if (sig < 1 || sig > last || sig == interrupt_signal) return Errno::EINVAL;
  ChangeGuard g;
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

// proc::fork: no change is half made when the child's copy is taken (found by name, lib/thread/fork_handlers.cpp).
solo::detail::ForkHandler solo::detail::fork_handler_signal_actions{
    [](void *) { solo::signal::change_lock.lock(); }, [](void *, bool) { solo::signal::change_lock.unlock(); },
    nullptr};
