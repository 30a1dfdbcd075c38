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
# The options that change the text, alone and together, on every byte value, blank runs, tabs, no final
# newline, and across files (a last line without '\n' goes on in the next; blank runs squeeze across files).
printf '%b' "$(printf '\\%03o' $(seq 0 255))" >bytes
printf '\n\n\na\tb\n\n\n\nc\n\n' >blanks
printf 'x\n\n' >tail_blank
printf '\n\nend' >lead_blank
printf 'caf\303\251 \377\200\n\t\x7f\n' >utf8
for o in -A -b -e -E -n -s -t -T -v -u -bn -nb -sn -sb -vT -ET -Ab -As -Asn -bs -et; do
  compare cat $o bytes blanks tail_blank blanks lead_blank a blanks utf8 empty b
done
compare cat -s empty blanks empty blanks
compare cat --show-all --number-nonblank --squeeze-blank --show-ends --show-tabs --show-nonprinting blanks bytes
compare cat -A big
compare cat -bs lines
compare --stdin blanks cat -s - blanks
compare cat -v missing a
compare cat "$(printf 'no\nsuch')" 'no such' "it's" "$(printf 'bad\377')" -n a
compare cat -n d a
# Numbers past six digits widen the column, as GNU's do.
seq 1 1000010 | sed 's/.*//' >many_blank
compare cat -n many_blank
compare cat -b many_blank lines
check "cat -A >/dev/full fails" bash -c "! '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cat' -A a >/dev/full 2>err && grep -qx 'cat: write error: No space left on device' <(sed 's#^.*/cat:#cat:#' err) && [ \$(wc -l <err) = 1 ]"
check "cat -n > /dev/full: one message" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cat' -n a b >/dev/full 2>err; [ \$? = 1 ] && [ \$(wc -l <err) = 1 ]"
# Cooked output is not held back while cat waits for more input: the first line is out before the second is
# written into the pipe.
check "cat -n shows each line as it comes" bash -c "{ echo one; for _ in \$(seq 100); do test -s early && break; sleep 0.1; done; test -s early || exit 3; echo two; } | '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cat' -n > early; grep -q two early"
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
