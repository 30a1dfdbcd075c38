# chmod: octal modes (3, 4 and 5 digits, directories keeping set-group-ID), symbolic clauses (each who and
# op, X, s, t, copies, several per clause and per argument, modes written like options), the umask and
# its warning, --reference, -R (through links, into unreadable directories), -c, -v, -f, --preserve-root,
# missing files, dangling links, invalid modes, a file it does not own (as nobody), usage errors.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
umask 022
# Runs `chmod ARGS` from GNU and solo each in a fresh copy of the fixture; compares output, status and the
# modes left.
chmods() {
  rm -rf gnu solo && mkdir gnu solo
  for side in gnu solo; do
    (cd $side && touch f && chmod 644 f && touch x && chmod 755 x && mkdir -p d/sub && chmod 2755 d &&
     touch d/in && ln -s f fl && ln -s nowhere dangling && ln -s d dl && touch "sp ace")
    if [ $side = gnu ]; then cmd=(chmod); else cmd=("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/chmod"); fi
    (cd $side && umask "${chmod_umask:-022}" && "${cmd[@]}" "$@" >../$side.out 2>../$side.err; echo $? >../$side.rc)
    sed -i -E 's#^[^ :]*/chmod:#chmod:#' $side.err
  done
  g=$(cd gnu && find . -printf '%p %m %y\n' | sort)
  s=$(cd solo && find . -printf '%p %m %y\n' | sort)
  if cmp -s gnu.out solo.out && cmp -s gnu.err solo.err && cmp -s gnu.rc solo.rc && [ "$g" = "$s" ]; then
    pass
  else
    fail "chmod $* (umask ${chmod_umask:-022})"
    diff <(cat gnu.out gnu.err gnu.rc; echo "$g") <(cat solo.out solo.err solo.rc; echo "$s") | head -10
  fi
}
for mode in 0 7 77 600 755 4755 7777 1777 0755 00755 02755 10000 8 u+x u-r g+w o=r a=rwx ugo-w =r +x -x +X \
  a+X u=rw,go=r u+s g+s o+s +s +t o+t a-t u=g g=o o=u u+g go-u u=rw-x+X 'u=' a= ',u+x' 'u+x,' 'u=rwg' '+' \
  u+rw,g-w,o= ug+rwx,o-rwx 'a+r,a-w,a=x' x ''; do
  chmods -v -- "$mode" f x d
done
chmods -c 644 f x
chmods -c u+w f
chmods -w f
chmods -x,+r x
chmods -rwx f
chmods -v -r f x
chmods -R -v 700 d
chmods -R u-w,a+X d
chmods -Rc go-rx .
chmods -R 600 dl
chmods -R 755 fl
chmods -v 600 fl
chmods -v 600 dangling
chmods -R -v 600 dangling
chmods 600 missing f
chmods -f 600 missing f
chmods -fv 600 missing
chmods -v --reference=x f d
chmods --reference=missing f
chmods --preserve-root -R 755 d
chmods 755 "sp ace" $'new\nline'
chmods
chmods 755
chmods -x
chmods --bogus 7 f
chmods --reference=f
chmod_umask=077 chmods -v +w f x d
chmod_umask=077 chmods =rwx f
chmod_umask=077 chmods a=rwx f
chmod_umask=002 chmods -w f
chmod_umask=222 chmods +w f
chmod_umask=022 chmods -v -w f
for arg in / /. //; do
  g=$(chmod -R --preserve-root 755 $arg 2>&1; echo $?)
  s=$(solo chmod -R --preserve-root 755 $arg 2>&1 | normalize_stderr chmod; echo "${PIPESTATUS[0]}")
  check "chmod -R --preserve-root $arg: '$s'" [ "$g" = "$s" ]
done
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 .
  touch theirs && chmod 644 theirs
  mkdir -p shut/in && touch shut/in/f && chmod 700 shut/in && chown -R 65534 shut && chown 0 shut/in
  for args in "600 theirs" "-v 600 theirs" "-f 600 theirs" "-R 755 shut"; do
    g=$(setpriv --reuid=65534 --regid=65534 --clear-groups chmod $args 2>&1; echo $?)
    s=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/chmod" $args 2>&1 | normalize_stderr chmod; echo "${PIPESTATUS[0]}")
    check "chmod $args as nobody: '$s' (GNU '$g')" [ "$g" = "$s" ]
  done
fi
touch full1 full2
g=$(chmod -v 600 full1 2>&1 >/dev/full; echo $?)
s=$(solo chmod -v 600 full2 2>&1 >/dev/full | normalize_stderr chmod; echo "${PIPESTATUS[0]}")
check "chmod -v >/dev/full: '$s' (GNU '$g')" [ "$g" = "$s" ]
check "chmod --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/chmod' --help >/dev/null"
finish
