// The one definition of __solo_restore_rt, the return path of every handler on the architectures that take
// one (arch/<arch>/signal_arch.hpp holds the assembly and says why). riscv64 has none: the kernel returns
// through the vDSO.
#include <signal_arch.hpp>
#include <syscall_numbers.hpp>

#ifdef SOLO_RESTORE_RT_ASM
static_assert(solo::arch::nr::rt_sigreturn == SOLO_RT_SIGRETURN_NR, "the restorer's hard-coded rt_sigreturn");
__asm__(SOLO_RESTORE_RT_ASM);
#endif
// The return path of handlers without SA_SIGINFO, on the architectures whose kernel builds them a frame of
// another shape (32-bit ARM: sigreturn, not rt_sigreturn).
#ifdef SOLO_RESTORE_ASM
static_assert(solo::arch::nr::sigreturn == SOLO_SIGRETURN_NR, "the restorer's hard-coded sigreturn");
__asm__(SOLO_RESTORE_ASM);
#endif
