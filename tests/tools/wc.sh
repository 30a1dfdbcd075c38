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
finish
