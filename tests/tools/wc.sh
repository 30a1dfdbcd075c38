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
# -m and -L, alone and with the others, in the C locale (a character is a byte) and in UTF-8 (valid characters
# only; wide, zero-width, non-printable, no-break spaces, a character split across reads, invalid bytes).
printf 'x\ty\rlonger line\fz\n\tab\n' >tabs
printf 'caf\303\251 na\303\257ve\n\344\270\200\344\270\201 \360\237\230\200\n\342\202 \377x\n' >u8
printf 'a\302\240b\u3000c\u2003d a\u0301 \u200b \302\205\n' >spaces
{ head -c 65535 /dev/zero | tr '\0' a; printf '\303\251\n'; } >split
for o in -m -L -mL -lwmcL -cm -wL; do
  compare wc $o a b tabs ctl u8 spaces empty
done
compare wc -L lines bin
compare wc -m bin
compare --stdin u8 wc -m
for o in -m -L -w -lwmcL; do
  LC_ALL=C.UTF-8 compare wc $o u8 spaces split tabs ctl a
done
# Random bytes hold every kind of broken and odd sequence (5- and 6-byte forms, values past U+10FFFF):
# characters counted as glibc decodes them. (Their words and widths need Unicode's full tables of assigned
# characters, which solo's wc does not carry: see examples/utf8.hpp.)
LC_ALL=C.UTF-8 compare wc -lmc bin
LC_ALL=C.UTF-8 compare wc -c u8
LANG=C.UTF-8 LC_ALL= compare wc -m u8
# Names with a newline are quoted, so each count stays one line.
printf 'x\n' >"$(printf 'new\nline')"
compare wc new*line a
# --files0-from: from a file (its names count for the width) and from a pipe (they do not), "-" in each,
# an empty name, a missing list, operands beside it, an empty list, a last name without its NUL.
printf 'a\0b\0tabs\0' >list
printf 'a\0\0missing\0b' >badlist
printf 'a\0-\0' >dashlist
: >nolist
compare wc --files0-from=list
compare wc -lm --files0-from list
compare wc --files0-from=badlist
compare --stdin b wc --files0-from=dashlist
compare --stdin list wc --files0-from=-
compare --stdin dashlist wc -L --files0-from=-
compare wc --files0-from=nolist
compare wc --files0-from=none
compare wc --files0-from=list a
compare wc --files0-=list
check "wc -m > /dev/full fails" bash -c "! '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/wc' -m a >/dev/full 2>/dev/null"
check "wc of a pipe" [ "$(seq 1 1000 | solo wc)" = "$(seq 1 1000 | wc)" ]
check "wc --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/wc' --help >/dev/null"
# Line by line, like GNU's (more lines than one buffer holds, so a block-buffered wc would split some).
long=$(printf 'n%.0s' $(seq 1 150))
for i in $(seq 1 60); do echo "$i words here" >"$long.$i"; done
one_write_per_line wc "$long".*
check "xargs -P4 wc: every line whole" bash -c "printf '%s\\n' $long.* | xargs -P4 -n 15 '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/wc' | grep -vcE '^ *[0-9]+ +[0-9]+ +[0-9]+ ($long\\.[0-9]+|total)\$' | grep -qx 0"
finish
