# mv: renames of files, directories and links, into directories (-t, a last operand), -T, existing
# destinations (replaced, -i yes and no, -n, -u older and newer, -b with each control and -S), the same
# file, a directory into itself, directories over files and files over directories, non-empty targets,
# missing sources and targets, --strip-trailing-slashes, odd names, across file systems (/dev/shm: data,
# modes, times, links, a tree; -v step by step), a directory it may not write (as nobody), /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
printf 'y\n' >yes
printf 'n\n' >no
# Names, types, link targets, sizes and modes, and the times of all but directories (which the moves
# themselves touch).
tree_of() {
  find . ! -type d -printf '%p %y %l %s %m %T@\n' | sort
  find . -type d -printf '%p %y %m\n' | sort
}
# Runs `mv ARGS` from GNU and solo each in a fresh copy of the fixture, then compares output, status and the
# tree left (names, types, link targets, sizes, modes and modification times).
mvs() {
  local input=/dev/null
  if [ "${1:-}" = --stdin ]; then input=$tools_tmp/$2; shift 2; fi
  rm -rf gnu solo && mkdir gnu solo
  for side in gnu solo; do
    (cd $side && echo a >a && echo bb >b && touch -d 2001-01-01 old && mkdir -p d/sub e/d f && touch e/d/x &&
     ln -s a al && ln -s d dl && chmod 751 d && touch "sp ace" && touch -d 2030-01-01 new &&
     find . ! -type d ! -name old ! -name new -exec touch -h -d 2010-10-10 {} +)
    if [ $side = gnu ]; then cmd=(mv); else cmd=("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/mv"); fi
    (cd $side && "${cmd[@]}" "$@" <"$input" >../$side.out 2>../$side.err; echo $? >../$side.rc)
    sed -i -E 's#^[^ :]*/mv:#mv:#' $side.err
  done
  g=$(cd gnu && tree_of)
  s=$(cd solo && tree_of)
  if cmp -s gnu.out solo.out && cmp -s gnu.err solo.err && cmp -s gnu.rc solo.rc && [ "$g" = "$s" ]; then
    pass
  else
    fail "mv $*"
    diff <(cat gnu.out gnu.err gnu.rc; echo "$g") <(cat solo.out solo.err solo.rc; echo "$s") | head -10
  fi
}
mvs a c
mvs -v a c
mvs a b
mvs -v a b
mvs a a
mvs a al
mvs al c
mvs d c
mvs -v d f
mvs d e
mvs d d
mvs d d/sub
mvs d dl
mvs a d
mvs a d/
mvs -v a b d
mvs a b f
mvs -t f a b
mvs -t nowhere a
mvs -t a b
mvs a b c
mvs a b al
mvs -T d f
mvs -T a d
mvs -T d a
mvs -T a b c
mvs d a
mvs a d/sub/..
mvs missing c
mvs a missing/c
mvs -n a b
mvs -nv a b
mvs -u a old
mvs -uv old a
mvs -u a new
mvs -u a c
mvs -b a b
mvs -bv a b
mvs -bv -S .bak a b
mvs --backup=numbered -v a b
mvs --backup=simple a b
mvs --backup=none a b
mvs --backup=bogus a b
mvs --backup= a b
mvs -bn a b
mvs --stdin yes -i a b
mvs --stdin no -i a b
mvs --stdin no -i a c
mvs --stdin yes -iv a b
mvs -fi a b
mvs -if a b
mvs -v --strip-trailing-slashes d/ c
mvs -v dl/ c
mvs "sp ace" $'new\nline'
mvs -v "sp ace" d
mvs
mvs a
mvs -t f -T a
mvs -x a b
mvs --bogus
# Across file systems, when /dev/shm is another one: the copy keeps data, modes, times and links.
if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(stat -c %d /dev/shm)" != "$(stat -c %d .)" ]; then
  other=$(mktemp -d /dev/shm/mv-test.XXXXXX)
  trap 'rm -rf "$tools_tmp" "$other"' EXIT
  across() {
    local gnu_result solo_result
    for side in gnu solo; do
      rm -rf $side "$other/$side" && mkdir $side "$other/$side"
      (cd $side && echo data >f && chmod 640 f && touch -d 2002-02-02 f && mkfifo p && ln -s f l &&
       mkdir -p t/u && echo x >t/u/y && chmod 750 t && touch -d 2003-03-03 t/u/y t/u t && touch -h -d 2004-04-04 l p)
      cmd=(mv) && [ $side = solo ] && cmd=("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/mv")
      (cd $side && "${cmd[@]}" "$@" "$other/$side/" 2>&1 | sed -e "s#$other/$side#OTHER#g" -e 's#^[^ :]*/mv:#mv:#' >../$side.out
       echo "${PIPESTATUS[0]}" >>../$side.out)
      (cd "$other/$side" && find . ! -path . -printf '%p %y %l %s %m %T@\n' | sort >>"$tools_tmp/$side.out")
      (cd $side && find . -printf '%p\n' | sort >>../$side.out)
    done
    if cmp -s gnu.out solo.out; then pass; else fail "mv $* to another file system"; diff gnu.out solo.out | head -10; fi
  }
  across f
  across -v f
  across -v l
  across p
  across t
  across f l p t
  across missing f
fi
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 .
  rm -rf locked && mkdir locked && touch locked/a && chmod 555 locked
  g=$(setpriv --reuid=65534 --regid=65534 --clear-groups mv locked/a locked/b 2>&1; echo $?)
  s=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/mv" locked/a locked/b 2>&1 | normalize_stderr mv; echo "${PIPESTATUS[0]}")
  check "mv in a read-only directory as nobody: '$s'" [ "$g" = "$s" ]
fi
echo x >full1 && echo x >full2
g=$(mv -v full1 full1b 2>&1 >/dev/full; echo $?)
s=$(solo mv -v full2 full2b 2>&1 >/dev/full | normalize_stderr mv; echo "${PIPESTATUS[0]}")
check "mv -v >/dev/full: '$s' (GNU '$g')" [ "$g" = "$s" ]
to_full mv --help
check "mv --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/mv' --help >/dev/null"
finish
