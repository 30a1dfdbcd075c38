# test and [: no arguments, one to four (POSIX's rules), longer expressions with ! -a -o and parentheses,
# every file test on every file type (and as nobody for -r -w -x -O -G), string and integer comparisons
# (signs, blanks, huge numbers, -l), -nt -ot -ef, -t, malformed expressions and their messages, "[" with
# and without "]", its --help and --version.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
enable -n test [ # the programs, not the shell's builtins
echo x >f
: >empty
mkdir d
ln -s f l
ln -s nowhere dangling
mkfifo p
chmod 4755 f
mkdir -m 1777 sticky
touch -d 2000-01-01 old
touch -d 2030-01-01 new
ln f hard
for t in test [; do
  end=()
  [ "$t" = "[" ] && end=("]")
  run() { compare "$t" "$@" "${end[@]}"; }
  run
  for one in "" a - -a -o ! "(" ")" -z -n -f -eq 0; do run "$one"; done
  for op in -e -f -d -r -w -x -s -L -h -p -S -c -b -u -g -k -O -G -N -z -n; do
    for file in f empty d l dangling p /dev/null sticky missing ""; do run $op "$file"; done
  done
  run -t 0
  run -t 1
  run -t x
  run -t
  for expr in "a = a" "a = b" "a != b" "a == a" "a \< b" "b \< a" "a \> b" "a \< a" "= = =" "! = !" "-n = -n" \
    "1 -eq 1" "1 -eq 2" " 3 -lt 10 " "-5 -lt +3" "007 -eq 7" "-0 -eq 0" "99999999999999999999 -gt 1" \
    "-99999999999999999999 -lt -9" "12 -ge 12" "12 -le 11" "1 -ne 1" "1 -eq x" "x -eq 1" "1 -eq 1x" "1 -eq ''" \
    "-l abc -eq 3" "-l abc -gt -l ab" "abc -eq -l abc" "-l a = b" "f -nt old" "old -nt f" "f -ot new" \
    "missing -nt f" "f -nt missing" "f -ef hard" "f -ef l" "f -ef empty" "missing -ef f" \
    "! a" "! ''" "! -z a" "! ! a" "\( a \)" "\( '' \)" "a -a b" "a -a ''" "'' -o a" "'' -o ''" \
    "! a = b" "\( a = b \)" "a = b -o c = c" "a = a -a b = c" "! \( a = b \) -a ! ''" "\( \( a \) \)" \
    "-f f -a -d d" "-f d -o -d f" "a -a" "a -o" "-a -a -a" "\( a" "a \)" "\( a b \)" "\( ! \)" "a b" "a b c" \
    "a b c d" "a = b c" "a -foo b" "-q a" "! a b" "1 -eq" "-z a b" "-t 1 2" "\( a \) \)" "! \( a \) b" \
    "a -a b -o c -a d" "-l a -eq" "x -nt"; do
    eval "run $expr"
  done
done
compare [ a
compare [ ]
compare [ a ] ]
check "[ --help" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/[' --help | grep -q Usage"
check "[ --version" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/[' --version | grep -q '\\['"
compare test --help
compare test --version
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 .
  touch mine && chown 65534:65534 mine && chmod 600 mine
  touch root_only && chmod 600 root_only
  for expr in "-r root_only" "-w root_only" "-x f" "-r mine" "-O mine" "-G mine" "-O f" "-G f"; do
    g=$(setpriv --reuid=65534 --regid=65534 --clear-groups test $expr 2>&1; echo $?)
    s=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/test" $expr 2>&1; echo $?)
    check "test $expr as nobody: '$s' (GNU '$g')" [ "$g" = "$s" ]
  done
fi
finish
