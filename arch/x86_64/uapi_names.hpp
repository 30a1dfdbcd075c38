// What only this architecture's uapi headers name, for tests/abi (which includes them before this).
#pragma once

#define SOLO_UAPI_AUDIT_ARCH AUDIT_ARCH_X86_64
#define SOLO_UAPI_ELF_MACHINE EM_X86_64
// Where a handler's ucontext holds the interrupted pc.
#define SOLO_UAPI_UCONTEXT_PC_OFFSET (offsetof(struct ucontext, uc_mcontext) + offsetof(struct sigcontext, rip))
