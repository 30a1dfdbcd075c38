# cat: files, stdin, pipes, -n across files, missing files, directories, big and binary input, every fast path.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
printf 'one\ntwo\n\nfour' >a
printf 'five\nsix\n' >b
: >empty
mkdir d
head -c 3000000 /dev/urandom >big
seq 1 200000 >lines
compare cat a
compare cat a b a
compare cat -n a b
compare cat -n lines
compare cat -nu b - a
compare --stdin b cat
compare --stdin b cat - a -
compare --stdin big cat
compare cat big
compare cat -n big
compare cat empty
compare cat missing
compare cat a missing b
compare cat d
compare cat -x a
compare cat --nope a
compare cat -- -n 2>/dev/null
# Output into a file (copy_file_range), into a pipe (splice), from a pipe.
solo cat big a >out
check "cat big a > file" cmp -s out <(cat big a)
check "cat big | (pipe)" cmp -s <(solo cat big lines) <(cat big lines)
check "pipe | cat > file" bash -c "cat big | '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cat' > out2 && cmp -s out2 big"
check "cat appends after earlier output" bash -c "{ echo x; '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cat' b; } > out3 && [ \"\$(cat out3)\" = \"\$(printf 'x\nfive\nsix')\" ]"
# An O_APPEND output: copy_file_range says EBADF and sendfile EINVAL; the read/write fallback takes over.
echo first >app
check "cat >> file (append)" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cat' big >> app && cmp -s app <(echo first; cat big)"
check "cat of a character device" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cat' /dev/null a | cmp -s - a"
# Its own output as input: refused (not an endless copy), other files still copied.
cp a self
solo cat b self >>self 2>self.err
check "cat f >> f is refused" [ $? -eq 1 ]
check "cat f >> f says why" grep -q "cat: self: input file is output file" self.err
check "cat f >> f leaves the rest" cmp -s self <(cat a b)
check "cat --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cat' --help >/dev/null"
finish
