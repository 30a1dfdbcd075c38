# mkdir: plain, several, -p (new and existing parents, files in the way), -m octal modes past the umask, -v,
# missing parents, existing names, bad modes and options. Each case runs in a fresh directory for both.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
umask 022
# Runs `mkdir ARGS` from GNU and solo each in a fresh copy of the fixture, then compares output, status and the
# resulting tree with its modes.
mk() {
  local g s
  rm -rf gnu solo && mkdir gnu solo
  for side in gnu solo; do
    (cd $side && touch f && mkdir e && chmod "${mk_dir_mode:-755}" .)
  done
  (cd gnu && umask "${mk_umask:-022}" && mkdir "$@" >../gnu.out 2>../gnu.err; echo $? >../gnu.rc)
  (cd solo && umask "${mk_umask:-022}" && solo mkdir "$@" >../solo.out 2>../solo.err; echo $? >../solo.rc)
  sed -i -E 's#^[^ :]*/mkdir:#mkdir:#' gnu.err solo.err gnu.out solo.out
  g=$(cd gnu && find . -printf '%p %m %y\n' | sort)
  s=$(cd solo && find . -printf '%p %m %y\n' | sort)
  if cmp -s gnu.out solo.out && cmp -s gnu.err solo.err && cmp -s gnu.rc solo.rc && [ "$g" = "$s" ]; then
    pass
  else
    fail "mkdir $*"
    diff <(cat gnu.out gnu.err gnu.rc; echo "$g") <(cat solo.out solo.err solo.rc; echo "$s") | head -10
  fi
}
mk a
mk a b c
mk e
mk f
mk a/b
mk -p a/b/c
mk -p e/x//y/ z
mk -p e
mk -p f
mk -p f/x
mk -m 700 a
mk -m 1777 a
mk -m 0 a
mk -m 777 a
mk -p -m 750 a/b/c
mk -m abc a
mk -m 8 a
mk -m 17777 a
mk -v a b
# Symbolic modes, as chmod's: with and without [ugoa] (then the umask decides what they add), =, copies of
# another class, X, several clauses and several actions per clause, and what is not a mode.
for m in u+rwx,go-w =rx a= u=g o=u,g-x =X u+x,+w -w + u=rx+w go= a+rwx a-w,u+w ug=rwx,o=; do
  mk -m "$m" a
  mk_umask=077 mk -m "$m" a
  mk_umask=027 mk -p -m "$m" x/y
done
# Set-ID and sticky bits: GNU's result depends on which bits the mode names, not on the umask, and a parent's
# set-group-ID bit is inherited unless the mode names it.
for m in +t g-s u+s a-x,+t =t o+t,u-w +t,go+w u+t +s +st g+s g+s,o-w u=rwx,+t g=u,+t 2755 1777; do
  mk -m "$m" a
  mk_umask=077 mk -m "$m" a
  mk_umask=000 mk -m "$m" a
  mk_dir_mode=2775 mk -m "$m" a
  mk_umask=027 mk -p -m "$m" x/y
done
for m in u+x, , u u=gx a+q 7a8 =r,,u+x 'u+x go-w' ''; do
  mk -m "$m" a
done
mk -v "$(printf 'new\nline')" "it's" 'a b'
mk "$(printf 'bad\377')/x"
# -p gives the parents it makes u+wx whatever the umask, so that it can go on inside them.
mk_umask=377 mk -p a/b/c
mk_umask=377 mk -pv a/b
mk_umask=277 mk -p a/b
mk_umask=177 mk -p a/b
mk_umask=077 mk -p a/b
mk_umask=777 mk -p -m 755 a/b/c
mk -pv a/b
mk
mk -x a
mk --bogus a
mk -m
# The same as a user who is not root, for whom a parent without u+wx is a dead end.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 .
  as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
  for who in gnu solo; do
    rm -rf $who && mkdir $who && chown 65534:65534 $who
    cmd=(mkdir) && [ $who = solo ] && cmd=("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/mkdir")
    (cd $who && umask 377 && as_nobody "${cmd[@]}" -p a/b/c >../$who.out 2>&1; echo $? >>../$who.out)
    (cd $who && find . -printf '%p %m\n' | sort >>../$who.out)
  done
  check "umask 377; mkdir -p a/b/c as nobody" cmp gnu.out solo.out
fi
check "mkdir --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/mkdir' --help >/dev/null"
finish
