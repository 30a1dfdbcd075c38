// Process entry for aarch64. sp points at argc. Clear the frame pointer (x29) and link register (x30) so
// unwinders stop here, then pass the initial sp to the C++ start-up. sp is already 16-byte aligned (Linux's
// ELF loader rounds the initial stack down to 16 bytes; aarch64 checks sp alignment in hardware anyway).
//
// Two entries, each in its own section so --gc-sections keeps only the one the link names with -e:
//   _start         the default: relocates a static PIE first (and does nothing more for a non-PIE binary);
//   _start_no_pie  picked by the -no-pie link flags: no relocation code at all in the smallest binaries.
	.section .text._start, "ax", %progbits
	.globl _start
	.type _start, %function
_start:
	mov x29, #0
	mov x30, #0
	mov x0, sp
	bl __solo_start_pie
	brk #0
	.size _start, . - _start

	.section .text._start_no_pie, "ax", %progbits
	.globl _start_no_pie
	.type _start_no_pie, %function
_start_no_pie:
	mov x29, #0
	mov x30, #0
	mov x0, sp
	bl __solo_start
	brk #0
	.size _start_no_pie, . - _start_no_pie
	.section .note.GNU-stack, "", %progbits
