// Process entry for riscv64. sp points at argc. gp must hold __global_pointer$ before any compiled code runs,
// because the linker may relax accesses to small data into gp-relative ones; the load itself must not be
// relaxed (it would become "mv gp, gp"), hence norelax around it. Clear fp (s0) and ra so unwinders stop.
	.text
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
	andi sp, sp, -16
	call __solo_start
	unimp
	.size _start, . - _start
	.section .note.GNU-stack, "", @progbits
