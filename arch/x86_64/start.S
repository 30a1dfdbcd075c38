// Process entry for x86-64. The kernel starts us with rsp pointing at argc (16-byte aligned) and rbp undefined.
// Zero rbp so frame-pointer walkers stop here, hand the initial stack pointer to the C++ start-up, and keep
// rsp 16-byte aligned at the call as the psABI requires.
	.text
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp
	mov %rsp, %rdi
	and $-16, %rsp
	call __solo_start
	hlt
	.size _start, . - _start
	.section .note.GNU-stack, "", @progbits
