# head: -n and -c, negative counts, the old -N form, headers for several inputs, stdin, pipes, missing files,
# directories, empty, big and binary input.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
seq 1 100 >a
printf 'x\ny\nno newline' >b
: >empty
mkdir d
head -c 2000000 /dev/urandom >bin
seq 1 300000 >lines
compare head a
compare head -n 3 a
compare head -n3 b
compare head -n 0 a
compare head -n 1000 a
compare head -n -95 a
compare head -n -1 b
compare head -n -5 b
compare head -c 7 b
compare head -c -3 b
compare head -3 a
compare head a b
compare head -n 2 a empty b
compare head -q a b
compare head -v a
compare head -c 100000 bin
compare head -n -1000 lines
compare head -n 200000 lines
compare --stdin lines head -n 4
compare --stdin b head - a
compare --stdin bin head -c -1000
compare head empty
compare head missing
compare head a missing b
compare head d
compare head a d
compare head -n x a
compare head -c 1q a
compare head -Y a
# POSIX: a seekable input is left just after what head used, for the next reader of the same descriptor.
rest_after() {
  local file=$1 want got
  shift
  want=$( (head "$@" >/dev/null && cat) <"$file" | md5sum)
  got=$( (solo head "$@" >/dev/null && cat) <"$file" | md5sum)
  check "(head $* >/dev/null; cat) <$file leaves the rest" [ "$want" = "$got" ]
}
rest_after a -n 1
rest_after a -n 3
rest_after a -n 0
rest_after a -n 1000
rest_after b -n 1
rest_after b -c 3
rest_after lines -n 20000
rest_after lines -n 200000
rest_after bin -c 100000
rest_after bin -n 2
rest_after a -n -2
rest_after a -c -5
rest_after b -n -1
rest_after lines -n -100000
rest_after bin -c -1000
check "head of a pipe" [ "$(seq 1 100000 | solo head -n 3)" = "$(printf '1\n2\n3')" ]
# -z, NUM's multiplier suffixes (and overflow), quoted names.
printf 'one\0two\0three' >zero
compare head -z -n 2 zero
compare head -z -n -1 zero
compare head --zero-terminated -c 5 zero
seq 1 3000 >many
for c in 1b 1k 2K 1kB 1KiB 1m 1MB 0G 1bB 1x 1Z 99999999999999999999 ' 5' 5k+ -1k -1b; do
  compare head -c "$c" many
done
compare head -n 1k many
compare head -n -1kB many
compare head --silent many many
compare head "$(printf 'no\nsuch')" many
check "head --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/head' --help >/dev/null"
finish
