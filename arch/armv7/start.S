// Process entry for 32-bit ARM. sp points at argc. Clear the frame pointer (r11) and link register so unwinders
// stop here, pass the initial sp to the C++ start-up and align sp down to 8 bytes, as the AAPCS requires at a
// call (the kernel gives 8 already; the alignment keeps that true whatever it gives).
//
// Two entries, each in its own section so --gc-sections keeps only the one the link names with -e:
//   _start         the default: relocates a static PIE first (and does nothing more for a non-PIE binary);
//   _start_no_pie  picked by the -no-pie link flags: no relocation code at all in the smallest binaries.
	.syntax unified
	.arm
	.section .text._start, "ax", %progbits
	.globl _start
	.type _start, %function
_start:
	mov fp, #0
	mov lr, #0
	mov r0, sp
	bic sp, sp, #7
	bl __solo_start_pie
	udf #0
	.size _start, . - _start

	.section .text._start_no_pie, "ax", %progbits
	.globl _start_no_pie
	.type _start_no_pie, %function
_start_no_pie:
	mov fp, #0
	mov lr, #0
	mov r0, sp
	bic sp, sp, #7
	bl __solo_start
	udf #0
	.size _start_no_pie, . - _start_no_pie
	.section .note.GNU-stack, "", %progbits
