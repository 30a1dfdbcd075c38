// Process entry for x86-64. The kernel starts us with rsp pointing at argc and rbp undefined. Zero rbp so
// frame-pointer walkers stop here and hand the initial stack pointer to the C++ start-up. rsp is 16-byte
// aligned at process entry (the psABI says so, and Linux's ELF loader rounds the initial stack down to 16 bytes
// on every architecture), which is what the call needs: no realignment.
//
// Two entries, each in its own section so --gc-sections keeps only the one the link names with -e:
//   _start         the default: relocates a static PIE first (and does nothing more for a non-PIE binary);
//   _start_no_pie  picked by the -no-pie link flags: no relocation code at all in the smallest binaries.
	.section .text._start, "ax", @progbits
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp
	mov %rsp, %rdi
	call __solo_start_pie
	hlt
	.size _start, . - _start

	.section .text._start_no_pie, "ax", @progbits
	.globl _start_no_pie
	.type _start_no_pie, @function
_start_no_pie:
	xor %ebp, %ebp
	mov %rsp, %rdi
	call __solo_start
	hlt
	.size _start_no_pie, . - _start_no_pie
	.section .note.GNU-stack, "", @progbits
