// What only this architecture's uapi headers name, for tests/abi (which includes them before this).
#pragma once

#define SOLO_UAPI_AUDIT_ARCH AUDIT_ARCH_I386
#define SOLO_UAPI_ELF_MACHINE EM_386
// Where a handler's ucontext holds the interrupted pc (the user-space struct sigcontext's eip).
#define SOLO_UAPI_UCONTEXT_PC_OFFSET (offsetof(struct ucontext, uc_mcontext) + offsetof(struct sigcontext, eip))
// The uapi struct sigaction and sigset_t are the old sigaction call's (a one-word mask first): rt_sigaction's
// struct is only in the kernel's own headers (handler, flags, restorer, then the 64-bit mask).
#define SOLO_UAPI_OLD_SIGACTION 1
