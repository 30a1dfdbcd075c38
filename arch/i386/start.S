// Process entry for i386. esp points at argc; the kernel has zeroed the general registers (ELF_PLAT_INIT), but
// ebp is cleared here all the same so frame-pointer walkers stop. The initial stack pointer is the C++
// start-up's one argument, on the stack (cdecl); esp is first aligned down to 16 bytes, which is what clang
// assumes at every call (the i386 psABI as Linux uses it), whatever alignment the kernel gave.
//
// Two entries, each in its own section so --gc-sections keeps only the one the link names with -e:
//   _start         the default: relocates a static PIE first (and does nothing more for a non-PIE binary);
//   _start_no_pie  picked by the -no-pie link flags: no relocation code at all in the smallest binaries.
	.section .text._start, "ax", @progbits
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp
	mov %esp, %eax
	and $-16, %esp
	sub $12, %esp
	push %eax
	call __solo_start_pie
	hlt
	.size _start, . - _start

	.section .text._start_no_pie, "ax", @progbits
	.globl _start_no_pie
	.type _start_no_pie, @function
_start_no_pie:
	xor %ebp, %ebp
	mov %esp, %eax
	and $-16, %esp
	sub $12, %esp
	push %eax
	call __solo_start
	hlt
	.size _start_no_pie, . - _start_no_pie
	.section .note.GNU-stack, "", @progbits
