// Process entry for aarch64. sp points at argc. Clear the frame pointer (x29) and link register (x30) so
// unwinders stop here, then pass the initial sp to the C++ start-up.
	.text
	.globl _start
	.type _start, %function
_start:
	mov x29, #0
	mov x30, #0
	mov x0, sp
	and sp, x0, #-16
	bl __solo_start
	brk #0
	.size _start, . - _start
	.section .note.GNU-stack, "", %progbits
