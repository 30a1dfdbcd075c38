// solo::arch::KernelSigaction (used by abort() to restore SIGABRT's default action) is the kernel's own
// struct sigaction from <asm/signal.h>: with sa_restorer on x86-64 and aarch64, without it on riscv64.
#include <asm/signal.h>
#include <stddef.h>

#include <kernel_sigaction_arch.hpp>

using solo::arch::KernelSigaction;
static_assert(sizeof(KernelSigaction) == sizeof(struct sigaction));
static_assert(offsetof(KernelSigaction, handler) == offsetof(struct sigaction, sa_handler));
static_assert(offsetof(KernelSigaction, flags) == offsetof(struct sigaction, sa_flags));
static_assert(offsetof(KernelSigaction, mask) == offsetof(struct sigaction, sa_mask));
static_assert(sizeof(KernelSigaction::mask) == sizeof(sigset_t));
#ifdef SA_RESTORER
static_assert(offsetof(KernelSigaction, restorer) == offsetof(struct sigaction, sa_restorer));
#endif
