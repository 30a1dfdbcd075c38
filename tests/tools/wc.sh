# wc: counts and column widths as GNU's, for files, stdin, pipes, several files with a total, missing files,
# directories, empty, big and binary input.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
printf 'one two\nthree\t four  \n\n  five' >a
printf 'x\n' >b
: >empty
mkdir d
head -c 2000000 /dev/urandom >bin
seq 1 300000 >lines
printf 'a\x01b c\x80d\x7fe \x00f\vg\rh\fi' >ctl
compare wc a
compare wc -l a
compare wc -w a
compare wc -c a
compare wc -lw a b
compare wc a b empty
compare wc -c a b
compare wc empty
compare wc bin
compare wc -w bin
compare wc lines bin
compare wc ctl
compare --stdin a wc
compare --stdin a wc -l
compare --stdin lines wc - a
compare wc missing
compare wc missing a
compare wc a missing
compare --first-stderr-line wc d a
compare wc -x a
compare wc --bogus
check "wc of a pipe" [ "$(seq 1 1000 | solo wc)" = "$(seq 1 1000 | wc)" ]
check "wc --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/wc' --help >/dev/null"
# Line by line, like GNU's (more lines than one buffer holds, so a block-buffered wc would split some).
long=$(printf 'n%.0s' $(seq 1 150))
for i in $(seq 1 60); do echo "$i words here" >"$long.$i"; done
one_write_per_line wc "$long".*
check "xargs -P4 wc: every line whole" bash -c "printf '%s\\n' $long.* | xargs -P4 -n 15 '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/wc' | grep -vcE '^ *[0-9]+ +[0-9]+ +[0-9]+ ($long\\.[0-9]+|total)\$' | grep -qx 0"
finish
