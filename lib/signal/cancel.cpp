// The cancellable system call behind solo's blocking calls, and the handler side that cancels it
// (arch/<arch>/signal_arch.hpp has the assembly and says how the window is closed).
#include <signal_arch.hpp>
#include <solo/interrupt.hpp>

__asm__(SOLO_SYSCALL_CP_ASM);

extern "C" const char __solo_cp_begin[], __solo_cp_end[], __solo_cp_cancel[];

namespace solo::signal {

void request_interrupt(void *ucontext) noexcept {
  request_interrupt();
  detail::cancel_in_window(ucontext);
}

void detail::cancel_in_window(void *ucontext) noexcept {
  if (!ucontext) return;
  auto &pc = *reinterpret_cast<unsigned long *>(static_cast<char *>(ucontext) + arch::ucontext_pc_offset);
  auto begin = reinterpret_cast<unsigned long>(__solo_cp_begin);
  auto end = reinterpret_cast<unsigned long>(__solo_cp_end);
  // Between the flag check and the system call instruction (inclusive: a call the kernel wants to restart is
  // also rewound to it): return -EINTR instead of entering the kernel.
  if (pc >= begin && pc < end) pc = reinterpret_cast<unsigned long>(__solo_cp_cancel);
}

} // namespace solo::signal
