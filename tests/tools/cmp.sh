# cmp: equal and different files, the first difference (-b), every difference (-l, -lb), -s, one file
# ending first (empty, at a line's end, inside a line), skips (operands, -i N and N:M, suffixes), -n,
# standard input, big and binary inputs, a file with itself, directories, missing and unreadable files
# (as nobody), bad numbers and options, /dev/full (diffutils' cmp is GNU's).
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
printf 'abc\ndef\n' >a
printf 'abc\ndxf\nmore' >b
printf 'ab' >c
: >e
cp a a2
head -c 200000 /dev/urandom >big
cp big big2
printf 'x' | dd of=big2 bs=1 seek=150000 conv=notrunc 2>/dev/null
printf '\0\1\177\200\377\n\t' >bin1
printf '\0\2\176\201\376\r\v' >bin2
mkdir d
for args in "a a2" "a b" "b a" "a c" "c a" "e a" "a e" "e e" "a a" "big big2" "big big" "bin1 bin2" "a d" "a missing" \
  "missing a" "c b"; do
  read -r -a w <<<"$args"
  for opts in "" -b -l -lb -s; do
    read -r -a o <<<"$opts"
    compare cmp "${o[@]}" "${w[@]}"
  done
done
compare cmp -l big big2
compare cmp -n 5 a b
compare cmp -n 6 a b
compare cmp -n 0 a b
compare cmp -l -n 7 a b
compare cmp --bytes=3 a c
compare cmp -i 2 a b
compare cmp -i 1:2 a b
compare cmp -i 5:5 a b
compare cmp --ignore-initial=100 a b
compare cmp -i 1K a b
compare cmp -i 1kB a b
compare cmp -i 1KiB a b
compare cmp a b 1 1
compare cmp a b 4
compare cmp -l a b 1 2
compare cmp -i x a b
compare cmp -i 1:x a b
compare cmp -n -1 a b
compare cmp -n 1Q a b
compare cmp a b x
compare cmp a b 1 2 3
compare cmp -l -s a b
compare --stdin b cmp a
compare --stdin b cmp a -
compare --stdin b cmp - a
compare --stdin a cmp - -
compare cmp
compare cmp -x a b
compare cmp --bogus a b
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 .
  cp a secret && chmod 600 secret
  g=$(setpriv --reuid=65534 --regid=65534 --clear-groups cmp a secret 2>&1; echo $?)
  s=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/cmp" a secret 2>&1 | normalize_stderr cmp; echo "${PIPESTATUS[0]}")
  check "cmp of an unreadable file as nobody: '$s' (GNU '$g')" [ "$g" = "$s" ]
fi
to_full cmp a b
to_full cmp -l big big2
check "cmp --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cmp' --help >/dev/null"
finish
