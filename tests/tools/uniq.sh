# uniq against GNU uniq under LC_ALL=C: runs of equal lines, -c, -d, -u, -i, -f, -s, -w and their
# combinations, an output file, stdin, a last line without newline, empty lines, lines longer than the read
# buffer, bad numbers and operands; then a differential test on random inputs with random options.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
random_lines=$SOLO_ROOT/tests/tools/random-lines
printf 'a\na\nb\nB\nb\nb c\nx b c\ny  b c\n\n\nlast' >text
printf 'one\none\none' >noeol
printf '  f1 f2 tail\n\tf1  f2 tail\nf3 f2 tail\nf3 f2 TAIL\n' >fields
head -c 200000 /dev/zero | tr '\0' 'x' >long && printf '\n' >>long && cat long long >twolong
: >empty
for args in "" -c -d -u -i -ci -cd -cu -du -id -f1 "-f 2" -f9 -s1 "-s 3" -w1 -w2 "-f1 -s1" "-f1 -w3" "-s2 -w2" \
  "-c -f 1 -s 1 -w 2 -i"; do
  # shellcheck disable=SC2086 # the option words split on purpose
  compare uniq $args text
done
compare uniq fields
compare uniq -f1 fields
compare uniq -f2 fields
compare uniq -f2 -i fields
compare uniq -c -f 99999999999999999999999 fields
compare uniq -c noeol
compare uniq -c twolong
compare uniq -c long
compare uniq empty
compare --stdin text uniq -c
compare --stdin text uniq - -
compare uniq missing
compare uniq text out extra
compare uniq -f x text
compare uniq -s -1 text
compare uniq -w x text
compare uniq -x text
compare uniq --bogus
compare uniq -f
compare uniq text /nonexistent/dir/out
compare uniq .
uniq -c text gnu-out
solo uniq -c text solo-out
check "uniq INPUT OUTPUT writes the file" cmp -s gnu-out solo-out
check "uniq --help" [ "$(solo uniq --help | head -1)" = "Usage: uniq [OPTION]... [INPUT [OUTPUT]]" ]
check "uniq of a pipe" [ "$(printf 'x\nx\ny\n' | solo uniq -c)" = "$(printf 'x\nx\ny\n' | uniq -c)" ]

rounds=${SOLO_UNIQ_ROUNDS:-40}
[ "$SOLO_ARCH" != "$(uname -m)" ] && rounds=${SOLO_UNIQ_ROUNDS:-15}
options=("" -c -d -u -i -ci "-f1" "-f2 -c" "-s2" "-w3" "-f1 -s1 -w2" "-i -u" "-c -d -i -f1" "-s1 -w1 -u")
for round in $(seq 1 "$rounds"); do
  "$random_lines" "$round" $((round * 53 % 500 + 1)) >random
  # Sorted too, so that equal lines meet.
  sort random >sorted
  o=${options[$((round % ${#options[@]}))]}
  # shellcheck disable=SC2086
  compare uniq $o random
  # shellcheck disable=SC2086
  compare uniq $o sorted
done
finish
