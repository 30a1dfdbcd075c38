// What only this architecture's uapi headers name, for tests/abi (which includes them before this).
#pragma once

#define SOLO_UAPI_AUDIT_ARCH AUDIT_ARCH_ARM
#define SOLO_UAPI_ELF_MACHINE EM_ARM
// Where a handler's ucontext holds the interrupted pc. ARM's struct ucontext is not in uapi
// (arch/arm/include/asm/ucontext.h): uc_flags and uc_link, a stack_t, then the uapi struct sigcontext.
#define SOLO_UAPI_UCONTEXT_PC_OFFSET (2 * sizeof(unsigned long) + sizeof(stack_t) + offsetof(struct sigcontext, arm_pc))
// The uapi struct sigaction and sigset_t are the old sigaction call's (a one-word mask last): rt_sigaction's
// struct is only in the kernel's own headers (handler, flags, restorer, then the 64-bit mask).
#define SOLO_UAPI_OLD_SIGACTION 1
