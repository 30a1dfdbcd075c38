# ln: hard and symbolic links, into directories (-t, a last operand, one operand into "."), -T, existing
# destinations (refused, -f, -i answered yes and no, -b with every backup control and -S), the same file,
# directories (hard links refused), -n over a link to a directory, -L/-P over a symbolic source, -v, missing
# sources and targets, odd names, usage errors, a directory it may not write (as nobody), /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
# Runs `ln ARGS` from GNU and solo each in a fresh copy of the fixture, then compares output, status and the
# tree left (names, types, link targets and link counts).
lns() {
  local input=/dev/null
  if [ "${1:-}" = --stdin ]; then input=$tools_tmp/$2; shift 2; fi
  rm -rf gnu solo && mkdir gnu solo
  for side in gnu solo; do
    (cd $side && echo a >a && echo b >b && mkdir d e && ln -s d dl && ln -s a al && ln -s nowhere dangling &&
     touch "sp ace" && echo old >d/a)
    if [ $side = gnu ]; then cmd=(ln); else cmd=("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/ln"); fi
    (cd $side && "${cmd[@]}" "$@" <"$input" >../$side.out 2>../$side.err; echo $? >../$side.rc)
    sed -i -E 's#^[^ :]*/ln:#ln:#' $side.err
  done
  g=$(cd gnu && find . -printf '%p %y %l %n\n' | sort)
  s=$(cd solo && find . -printf '%p %y %l %n\n' | sort)
  if cmp -s gnu.out solo.out && cmp -s gnu.err solo.err && cmp -s gnu.rc solo.rc && [ "$g" = "$s" ]; then
    pass
  else
    fail "ln $*"
    diff <(cat gnu.out gnu.err gnu.rc; echo "$g") <(cat solo.out solo.err solo.rc; echo "$s") | head -10
  fi
}
printf 'y\n' >yes
printf 'n\n' >no
lns a h
lns -s a s
lns -s /abs/path s
lns -s nowhere s
lns a
lns -s x/y
lns d/a
lns a b
lns -s a b
lns -f a b
lns -sf a b
lns -f a a
lns -sf a a
lns -sf ./a a
lns a a
lns -v a h
lns -sv a s
lns -fv a b
lns a b d
lns a b e
lns -v a b e
lns -t e a b
lns -t e -s a b
lns -t nowhere a
lns -t a b
lns a b c
lns a b al
lns a dl
lns -n a dl
lns -nf a dl
lns -snf a dl
lns -T a e
lns -Tf a e
lns -T a b c
lns -T a
lns -t e -T a
lns d dh
lns -d d dh
lns missing h
lns -s missing h
lns al h
lns -L al h
lns -P al h
lns -L dangling h
lns dangling h
lns -b a b
lns -bv a b
lns -bv -S .bak a b
lns --backup=simple -v a b
lns --backup=numbered -v a b
lns --backup=t a b
lns --backup=existing -v a b
lns --backup=nil a b
lns --backup=none a b
lns --backup=off -f a b
lns --backup=bogus a b
lns --backup= a b
lns --suffix=.old -v a b
lns -bf a a
lns --stdin yes -i a b
lns --stdin no -i a b
lns --stdin yes -iv a b
lns --stdin no -i a h
lns a "sp ace" e
lns -sv "sp ace" $'new\nline'
lns a x/y
lns -s a x/y
lns
lns -x a
lns --bogus
lns -t
for control in numbered simple existing; do
  rm -rf gnu solo && mkdir gnu solo
  for side in gnu solo; do
    (cd $side && echo a >a && echo b >b && ln --backup=numbered b b2 && touch b.~3~ b.~x~ b.~09~)
    cmd=(ln) && [ $side = solo ] && cmd=("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/ln")
    (cd $side && VERSION_CONTROL=$control "${cmd[@]}" -bv a b >../$side.out 2>&1; echo $? >>../$side.out; ls >>../$side.out)
  done
  check "VERSION_CONTROL=$control ln -b beside numbered backups" cmp -s gnu.out solo.out
done
check "VERSION_CONTROL=bogus ln -b" [ "$(cd gnu && VERSION_CONTROL=bogus ln -b a b 2>&1; echo $?)" = \
  "$(cd solo && VERSION_CONTROL=bogus "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/ln" -b a b 2>&1 | normalize_stderr ln; echo "${PIPESTATUS[0]}")" ]
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 .
  rm -rf locked && mkdir locked && touch locked/a && chmod 555 locked
  g=$(setpriv --reuid=65534 --regid=65534 --clear-groups ln -s x locked/l 2>&1; echo $?)
  s=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/ln" -s x locked/l 2>&1 | normalize_stderr ln; echo "${PIPESTATUS[0]}")
  check "ln -s into a read-only directory as nobody: '$s'" [ "$g" = "$s" ]
  g=$(setpriv --reuid=65534 --regid=65534 --clear-groups ln locked/a locked/b 2>&1; echo $?)
  s=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/ln" locked/a locked/b 2>&1 | normalize_stderr ln; echo "${PIPESTATUS[0]}")
  check "ln into a read-only directory as nobody: '$s'" [ "$g" = "$s" ]
fi
rm -f full1 full2
g=$(ln -sv a full1 2>&1 >/dev/full; echo $?)
s=$(solo ln -sv a full2 2>&1 >/dev/full | normalize_stderr ln; echo "${PIPESTATUS[0]}")
check "ln -v >/dev/full: '$s' (GNU '$g')" [ "$g" = "$s" ]
to_full ln --help
check "ln --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/ln' --help >/dev/null"
finish
