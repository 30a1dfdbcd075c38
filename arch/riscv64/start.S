// Process entry for riscv64. sp points at argc. gp must hold __global_pointer$ before any compiled code runs,
// because the linker may relax accesses to small data into gp-relative ones; the load itself must not be
// relaxed (it would become "mv gp, gp"), hence norelax around it. lla is PC-relative, so it is right before
// a static PIE has relocated itself. Clear fp (s0) and ra so unwinders stop. sp is already 16-byte aligned as
// the psABI wants (Linux's ELF loader rounds the initial stack down to 16 bytes).
//
// Two entries, each in its own section so --gc-sections keeps only the one the link names with -e:
//   _start         the default: relocates a static PIE first (and does nothing more for a non-PIE binary);
//   _start_no_pie  picked by the -no-pie link flags: no relocation code at all in the smallest binaries.
	.section .text._start, "ax", @progbits
	.globl _start
	.type _start, @function
_start:
	.option push
	.option norelax
	lla gp, __global_pointer$
	.option pop
	li s0, 0
	li ra, 0
	mv a0, sp
	call __solo_start_pie
	unimp
	.size _start, . - _start

	.section .text._start_no_pie, "ax", @progbits
	.globl _start_no_pie
	.type _start_no_pie, @function
_start_no_pie:
	.option push
	.option norelax
	lla gp, __global_pointer$
	.option pop
	li s0, 0
	li ra, 0
	mv a0, sp
	call __solo_start
	unimp
	.size _start_no_pie, . - _start_no_pie
	.section .note.GNU-stack, "", @progbits
